/** Small, hand-written payloads in the procedure system's wire format, for the adapter and client tests. */
import type { CaseFilesResponse, ServiceCatalogueResponse } from './wire-schema';

export function serviceCatalogueFixture(): ServiceCatalogueResponse {
  return {
    success: true,
    message: null,
    result: {
      nam: 2017,
      canCu: 'ND43/2011',
      capNhatLuc: '2025-01-06T07:30:00+07:00',
      coQuan: [
        { maCoQuan: '000.00.03.H23', tenCoQuan: 'Sở Kế hoạch và Đầu tư', capCoQuan: 'SO', maDVHC: null },
        { maCoQuan: '000.00.36.H23', tenCoQuan: 'UBND thành phố Hà Tĩnh', capCoQuan: 'HUYEN', maDVHC: '436' },
      ],
      dichVu: [
        {
          maTTHC: '1.001612',
          tenTTHC: 'Đăng ký thành lập công ty cổ phần',
          linhVuc: 'Thành lập và hoạt động của doanh nghiệp',
          maCoQuan: '000.00.03.H23',
          mucDo: 4,
        },
        {
          maTTHC: '2.000575',
          tenTTHC: 'Đăng ký thành lập hộ kinh doanh',
          linhVuc: 'Thành lập và hoạt động của hộ kinh doanh',
          maCoQuan: '000.00.36.H23',
          mucDo: 3,
        },
        {
          maTTHC: '1.004227',
          tenTTHC: 'Giải quyết khiếu nại lần đầu tại cấp huyện',
          linhVuc: 'Giải quyết khiếu nại, tố cáo',
          maCoQuan: '000.00.36.H23',
          mucDo: 2,
        },
      ],
    },
  };
}

export function caseFilesFixture(): CaseFilesResponse {
  return {
    success: true,
    message: null,
    result: {
      capNhatLuc: '2025-01-06T07:30:00+07:00',
      tuThang: '01/2024',
      denThang: '01/2024',
      soBanGhi: '2',
      duLieu: [
        {
          thang: '01/2024',
          maCoQuan: '000.00.36.H23',
          capCoQuan: 'HUYEN',
          maDVHC: '436',
          tonKyTruoc: '380',
          tiepNhanTrucTuyen: '1532',
          tiepNhanTrucTiep: '301',
          tiepNhanBuuChinh: '17',
          giaiQuyetTruocHan: '1104',
          giaiQuyetDungHan: '399',
          giaiQuyetTreHan: '12',
          dangXuLyTrongHan: '640',
          dangXuLyQuaHan: '35',
          thanhToanTrucTuyen: '598',
          soHoa: '1420',
        },
        {
          thang: '01/2024',
          maCoQuan: '000.00.09.H23',
          capCoQuan: 'SO',
          maDVHC: null,
          tonKyTruoc: 1210,
          tiepNhanTrucTuyen: 1650,
          tiepNhanTrucTiep: '1188',
          tiepNhanBuuChinh: '40',
          giaiQuyetTruocHan: '1220',
          giaiQuyetDungHan: '930',
          giaiQuyetTreHan: '61',
          dangXuLyTrongHan: '1700',
          dangXuLyQuaHan: '177',
          thanhToanTrucTuyen: '702',
          soHoa: '2105',
        },
      ],
    },
  };
}
