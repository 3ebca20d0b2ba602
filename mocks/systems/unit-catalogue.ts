/**
 * Fake of the provincial integration platform's shared-catalogue service (LGSP "danh mục dùng chung"):
 *   GET {base}/danh-muc/don-vi-hanh-chinh?maTinh=42
 * camelCase fields, dd/MM/yyyy dates, tiers as numbers (1 tỉnh, 2 huyện, 3 xã), the unit type as its
 * Vietnamese label, and an envelope { status, code, message, ngayCapNhat, data: { tongSo, danhSach } }.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { CATALOGUE_TYPE_LABEL, UNIT_CATALOGUE_UPDATED_AT, unitCatalogue } from '../data/unit-catalogue';
import { endpoint } from './endpoint';

export const UNIT_CATALOGUE_PATH = 'danh-muc/don-vi-hanh-chinh';

/** "2024-12-31" → "31/12/2024". */
const vnDate = (iso: string) => iso.split('-').toReversed().join('/');

/** "2024-12-20T08:30:00+07:00" → "20/12/2024 08:30:00", the platform's local-time stamp. */
function vnTimestamp(isoWithOffset: string): string {
  const [date = '', time = ''] = isoWithOffset.split('T');
  return `${vnDate(date)} ${time.slice(0, 8)}`;
}

const failure = (code: number, message: string) =>
  HttpResponse.json({ status: 'error', code, message, ngayCapNhat: null, data: null }, { status: code });

export function unitCatalogueHandlers(baseUrl: string): HttpHandler[] {
  return [
    http.get(endpoint(baseUrl, UNIT_CATALOGUE_PATH), ({ request }) => {
      const provinceCode = new URL(request.url).searchParams.get('maTinh');
      if (!provinceCode) return failure(400, 'Thiếu tham số maTinh');
      const units = unitCatalogue(provinceCode);
      if (!units) return failure(404, `Không tìm thấy đơn vị hành chính cấp tỉnh có mã ${provinceCode}`);
      return HttpResponse.json({
        status: 'success',
        code: 200,
        message: 'Lấy dữ liệu thành công',
        ngayCapNhat: vnTimestamp(UNIT_CATALOGUE_UPDATED_AT),
        data: {
          tongSo: units.length,
          danhSach: units.map((u) => ({
            ma: u.code,
            ten: u.name,
            loai: CATALOGUE_TYPE_LABEL[u.type],
            cap: u.tier,
            maCha: u.parentCode,
            hieuLucTu: vnDate(u.validFrom),
            hieuLucDen: u.validTo === null ? null : vnDate(u.validTo),
          })),
        },
      });
    }),
  ];
}
