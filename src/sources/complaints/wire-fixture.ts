/** A small, hand-written payload in the complaints reporting system's wire format, for the adapter and client tests. */
import type { ComplaintMonthsResponse } from './wire-schema';

export function complaintMonthsFixture(): ComplaintMonthsResponse {
  return {
    error_code: 0,
    message: 'Thành công',
    thoi_diem_tong_hop: '15/01/2025 16:45:00',
    data: [
      {
        ma_don_vi: '449',
        ten_don_vi: 'UBND thị xã Kỳ Anh',
        ky_bao_cao: '07/2019',
        tiep_cong_dan: { chu_tich_dinh_ky: 2, chu_tich_dot_xuat: 3 },
        tiep_nhan_don: { tong_so: 94, khieu_nai: 46, to_cao: 5, kien_nghi: 32, phan_anh: 11 },
        xu_ly_don: { du_dieu_kien: 63, thuoc_tham_quyen: 35, trung_lap: 21, vuot_cap: 33 },
        ket_qua_giai_quyet: { da_giai_quyet: 20, qua_han: 11 },
      },
      {
        ma_don_vi: '441',
        ten_don_vi: 'UBND huyện Vũ Quang',
        ky_bao_cao: '07/2019',
        tiep_cong_dan: { chu_tich_dinh_ky: 1, chu_tich_dot_xuat: 0 },
        tiep_nhan_don: { tong_so: 9, khieu_nai: 2, to_cao: 1, kien_nghi: 4, phan_anh: 2 },
        xu_ly_don: { du_dieu_kien: 6, thuoc_tham_quyen: 3, trung_lap: 1, vuot_cap: 0 },
        ket_qua_giai_quyet: { da_giai_quyet: 3, qua_han: 0 },
      },
    ],
  };
}
