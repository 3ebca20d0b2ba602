/**
 * Fake of the provincial integration platform's shared-catalogue service (LGSP "danh mục dùng chung"):
 *   GET {base}/danh-muc/don-vi-hanh-chinh?maTinh=42            every version of every unit, with its validity
 *   GET {base}/danh-muc/don-vi-hanh-chinh/chuyen-doi?maTinh=42  the crosswalk: { maCu, maMoi, quanHe, ngayHieuLuc }
 * camelCase fields, dd/MM/yyyy dates, tiers as numbers (1 tỉnh, 2 huyện, 3 xã), the unit type as its
 * Vietnamese label, and an envelope { status, code, message, ngayCapNhat, data: { tongSo, danhSach } }
 * (the records: mocks/demo-tables.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { UNIT_CATALOGUE_UPDATED_AT } from '../data/unit-catalogue';
import { jsonArray, spliceJson, type DemoStore } from '../demo-store';
import { endpoint } from './endpoint';

export const UNIT_CATALOGUE_PATH = 'danh-muc/don-vi-hanh-chinh';
export const UNIT_CROSSWALK_PATH = 'danh-muc/don-vi-hanh-chinh/chuyen-doi';

/** "2024-12-20T08:30:00+07:00" → "20/12/2024 08:30:00", the platform's local-time stamp. */
function vnTimestamp(isoWithOffset: string): string {
  const [date = '', time = ''] = isoWithOffset.split('T');
  return `${date.split('-').toReversed().join('/')} ${time.slice(0, 8)}`;
}

const failure = (code: number, message: string) =>
  HttpResponse.json({ status: 'error', code, message, ngayCapNhat: null, data: null }, { status: code });

function listHandler(baseUrl: string, store: DemoStore, path: string, table: 'unit-catalogue' | 'unit-crosswalks'): HttpHandler {
  return http.get(endpoint(baseUrl, path), async ({ request }) => {
    const provinceCode = new URL(request.url).searchParams.get('maTinh');
    if (!provinceCode) return failure(400, 'Thiếu tham số maTinh');
    const rows = /^\d{2}$/.test(provinceCode) ? await store.records(table, provinceCode) : null;
    if (!rows) return failure(404, `Không tìm thấy đơn vị hành chính cấp tỉnh có mã ${provinceCode}`);
    const danhSach = '@danhSach';
    return spliceJson(
      {
        status: 'success',
        code: 200,
        message: 'Lấy dữ liệu thành công',
        ngayCapNhat: vnTimestamp(UNIT_CATALOGUE_UPDATED_AT),
        data: { tongSo: rows.length, danhSach },
      },
      { [danhSach]: jsonArray(rows) },
    );
  });
}

export function unitCatalogueHandlers(baseUrl: string, store: DemoStore): HttpHandler[] {
  return [listHandler(baseUrl, store, UNIT_CATALOGUE_PATH, 'unit-catalogue'), listHandler(baseUrl, store, UNIT_CROSSWALK_PATH, 'unit-crosswalks')];
}
