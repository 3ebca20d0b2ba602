/** A small, hand-written catalogue payload in the service's wire format, for the adapter and client tests. */
import type { UnitCatalogueResponse } from './wire-schema';

export function unitCatalogueFixture(): UnitCatalogueResponse {
  return {
    status: 'success',
    code: 200,
    message: 'Lấy dữ liệu thành công',
    ngayCapNhat: '20/12/2024 08:30:00',
    data: {
      tongSo: 7,
      danhSach: [
        { ma: '42', ten: 'Hà Tĩnh', loai: 'Tỉnh', cap: 1, maCha: null, hieuLucTu: '01/01/1991', hieuLucDen: null },
        { ma: '449', ten: 'Kỳ Anh', loai: 'Thị xã', cap: 2, maCha: '42', hieuLucTu: '10/04/2015', hieuLucDen: null },
        { ma: '439', ten: 'Hương Sơn', loai: 'Huyện', cap: 2, maCha: '42', hieuLucTu: '01/01/1991', hieuLucDen: null },
        { ma: '448', ten: 'Lộc Hà', loai: 'Huyện', cap: 2, maCha: '42', hieuLucTu: '28/05/2007', hieuLucDen: '31/12/2024' },
        { ma: '18409', ten: 'Tân Lộc', loai: 'Xã', cap: 3, maCha: '448', hieuLucTu: '28/05/2007', hieuLucDen: '31/12/2024' },
        { ma: '18133', ten: 'Phố Châu', loai: 'Thị trấn', cap: 3, maCha: '439', hieuLucTu: '01/01/1991', hieuLucDen: null },
        // A neighbouring province's district: the mirror of the national list may carry it; it must be dropped.
        { ma: '412', ten: 'Quỳnh Lưu', loai: 'Huyện', cap: 2, maCha: '40', hieuLucTu: '01/01/1991', hieuLucDen: null },
      ],
    },
  };
}
