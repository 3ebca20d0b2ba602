import * as z from 'zod/mini';

/**
 * Wire format of the provincial grassroots-democracy steering committee's reporting app (Ban Chỉ đạo QCDC tỉnh).
 * camelCase Vietnamese keys; envelope `{ trangThai, thongDiep, thoiGianCapNhat, duLieu }`; dates dd/MM/yyyy in
 * Hà Tĩnh time; periods "quý/năm"; legal bases by document number; compact report items with short keys.
 * Only the shape is checked here; meaning (item numbers, calendar dates) is checked by the adapter.
 */

const viDate = z.string().check(z.regex(/^\d{2}\/\d{2}\/\d{4}$/));
const viDateTime = z.string().check(z.regex(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/));
const flag = z.literal([0, 1]);

export const BASIS_DOCUMENTS = ['34/2007/PL-UBTVQH11', '10/2022/QH15'] as const;
export type BasisDocument = (typeof BASIS_DOCUMENTS)[number];

/** Channel codes: NY niêm yết, LD loa đài, TTDT cổng thông tin điện tử, HNT hội nghị thôn, VB văn bản. */
export const CHANNEL_CODES = ['NY', 'LD', 'TTDT', 'HNT', 'VB'] as const;
export type ChannelCode = (typeof CHANNEL_CODES)[number];
const channelList = new RegExp(`^(${CHANNEL_CODES.join('|')})(;(${CHANNEL_CODES.join('|')}))*$`);

const envelope = <T extends z.ZodMiniType>(data: T) =>
  z.object({
    trangThai: z.boolean(),
    thongDiep: z.string(),
    thoiGianCapNhat: viDateTime,
    /** Null when trangThai is false. */
    duLieu: z.nullable(data),
  });

export const wireContentSchema = z.object({
  canCu: z.enum(BASIS_DOCUMENTS),
  stt: z.int().check(z.minimum(1)),
  maNoiDung: z.string().check(z.minLength(1)),
  tenNoiDung: z.string().check(z.minLength(1)),
  soNgayNiemYet: z.int().check(z.minimum(0)),
});

export const contentsResponseSchema = envelope(z.array(wireContentSchema));

export const wireReportItemSchema = z.object({
  /** Item number in the article of the report's legal basis. */
  stt: z.int().check(z.minimum(1)),
  /** Ngày công khai. */
  ngay: viDate,
  /** Hình thức công khai, ";"-separated channel codes, at least one. */
  ht: z.string().check(z.regex(channelList)),
  /** Số ngày niêm yết; null when not posted on the notice board. */
  sn: z.nullable(z.int().check(z.minimum(0))),
  /** Đúng hạn. */
  dh: flag,
});

export const wireReportSchema = z.object({
  maXa: z.string().check(z.regex(/^\d{5}$/)),
  /** The commune's district; null from 1 Jul 2025, when communes and wards report to the province directly. */
  maHuyen: z.nullable(z.string().check(z.regex(/^\d{3}$/))),
  /** "quý/năm". */
  ky: z.string().check(z.regex(/^[1-4]\/\d{4}$/)),
  canCu: z.enum(BASIS_DOCUMENTS),
  daNop: flag,
  ngayNop: z.nullable(viDate),
  /** The quarterly list of disclosed contents was posted. */
  dmNiemYet: flag,
  /** Only the contents disclosed; the rest were not. */
  noiDung: z.array(wireReportItemSchema),
});

export const reportsResponseSchema = envelope(
  z.object({
    tongSo: z.int().check(z.minimum(0)),
    baoCao: z.array(wireReportSchema),
  }),
);

/** Báo cáo tổng hợp: the app's own district roll-up per quarter (counts only). */
export const wireSummaryRowSchema = z.object({
  /**
   * The roll-up unit: a district up to 30 Jun 2025. From 1 Jul 2025 the system rolls up by commune or ward:
   * `maHuyen` is null and `maXa` names the unit (a 5-digit code in `maHuyen` is accepted too).
   */
  maHuyen: z.nullable(z.string().check(z.regex(/^(\d{3}|\d{5})$/))),
  maXa: z.optional(z.nullable(z.string().check(z.regex(/^\d{5}$/)))),
  ky: z.string().check(z.regex(/^[1-4]\/\d{4}$/)),
  canCu: z.enum(BASIS_DOCUMENTS),
  soXa: z.int().check(z.minimum(0)),
  soXaDaNop: z.int().check(z.minimum(0)),
  soXaNiemYetDanhMuc: z.int().check(z.minimum(0)),
  soNoiDungPhaiCongKhai: z.int().check(z.minimum(0)),
  soNoiDungDaCongKhai: z.int().check(z.minimum(0)),
  soNoiDungDungHan: z.int().check(z.minimum(0)),
  soNoiDungDuThoiGian: z.int().check(z.minimum(0)),
});

export const summaryResponseSchema = envelope(z.object({ tongHop: z.array(wireSummaryRowSchema) }));

export type WireSummaryRow = z.infer<typeof wireSummaryRowSchema>;
export type WireContent = z.infer<typeof wireContentSchema>;
export type WireReportItem = z.infer<typeof wireReportItemSchema>;
export type WireReport = z.infer<typeof wireReportSchema>;
export type ContentsResponse = z.infer<typeof contentsResponseSchema>;
export type ReportsResponse = z.infer<typeof reportsResponseSchema>;
