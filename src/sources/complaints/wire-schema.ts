/**
 * Wire format of the complaints-and-denunciations reporting software (Government Inspectorate report forms of
 * TT 02/2021/TT-TTCP), monthly roll-up per district:
 *   GET {base}/bao-cao/tong-hop-thang?tu_ky=YYYYMM&den_ky=YYYYMM
 * Envelope { error_code: 0, message, thoi_diem_tong_hop: "dd/MM/yyyy HH:mm:ss" (UTC+7), data: [...] }.
 */
import * as z from 'zod/mini';

export const COMPLAINT_MONTHS_PATH = 'bao-cao/tong-hop-thang';

const count = z.int().check(z.nonnegative());

const monthRow = z.object({
  /** A district code (3 digits) up to 30 Jun 2025; a commune or ward code (5 digits) from 1 Jul 2025. */
  ma_don_vi: z.string().check(z.regex(/^(\d{3}|\d{5})$/)),
  ten_don_vi: z.string(),
  ky_bao_cao: z.string().check(z.regex(/^(0[1-9]|1[0-2])\/\d{4}$/)),
  /** Form 01/TCD: reception sessions held by the chair of the People's Committee. */
  tiep_cong_dan: z.object({ chu_tich_dinh_ky: count, chu_tich_dot_xuat: count }),
  /** Petitions received, by type. */
  tiep_nhan_don: z.object({ tong_so: count, khieu_nai: count, to_cao: count, kien_nghi: count, phan_anh: count }),
  /** Form 01/XLD: petition handling. */
  xu_ly_don: z.object({ du_dieu_kien: count, thuoc_tham_quyen: count, trung_lap: count, vuot_cap: count }),
  /** Resolution results within the unit's jurisdiction. */
  ket_qua_giai_quyet: z.object({ da_giai_quyet: count, qua_han: count }),
});

export const complaintMonthsResponse = z.object({
  error_code: z.literal(0),
  message: z.optional(z.nullable(z.string())),
  thoi_diem_tong_hop: z.string().check(z.regex(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/)),
  data: z.array(monthRow),
});

export type ComplaintMonthsResponse = z.infer<typeof complaintMonthsResponse>;
export type ComplaintMonthRow = ComplaintMonthsResponse['data'][number];
