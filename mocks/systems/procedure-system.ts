/**
 * Fake of the province's procedure-handling system (one-stop-shop software), its reporting API:
 *   GET {base}/dvc/danh-muc-dich-vu?nam=2017                    service catalogue with online levels for a year
 *   GET {base}/thong-ke/ho-so?tuThang=01/2024&denThang=12/2024  monthly case-file statistics (≤ 12 months)
 * Bearer token required. Envelope { success, message, result }; camelCase; counts as numeric strings (the
 * reports are exported from a spreadsheet-like layer); months as MM/yyyy; Decree 43 levels as numbers 1–4,
 * Decree 42 levels as "TOAN_TRINH" / "MOT_PHAN", with the basis named once per response. Agencies are "SO"
 * (departments), "HUYEN" (district People's Committees, to 2025-06) and "XA" (commune and ward People's Committees,
 * from 2025-07), the last two with the unit's code in `maDVHC` (the records: mocks/demo-tables.ts).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DECREE_42_FIRST_YEAR, PROCEDURE_DATA_AS_OF } from '../data/procedures';
import { jsonArray, spliceJson, type DemoStore, type WireRecord } from '../demo-store';
import { endpoint } from './endpoint';

export const SERVICE_CATALOGUE_PATH = 'dvc/danh-muc-dich-vu';
export const CASE_FILES_PATH = 'thong-ke/ho-so';
/** The system refuses longer ranges to keep its reports fast. */
export const MAX_CASE_FILE_MONTHS = 12;

const failure = (status: number, message: string) => HttpResponse.json({ success: false, message, result: null }, { status });

/** "01/2024" → "2024-01"; null when malformed. */
function monthFromQuery(text: string | null): string | null {
  const match = text ? /^(0[1-9]|1[0-2])\/(\d{4})$/.exec(text) : null;
  return match ? `${match[2]}-${match[1]}` : null;
}
const monthToWire = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

function monthsSpanned(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ((ty ?? 0) - (fy ?? 0)) * 12 + ((tm ?? 0) - (fm ?? 0)) + 1;
}

export function procedureSystemHandlers(baseUrl: string, store: DemoStore): HttpHandler[] {
  return [
    http.get(endpoint(baseUrl, SERVICE_CATALOGUE_PATH), async ({ request }) => {
      if (!request.headers.get('Authorization')?.startsWith('Bearer ')) return failure(401, 'Chưa xác thực');
      const yearText = new URL(request.url).searchParams.get('nam');
      const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
      if (year === null) return failure(400, 'Tham số nam không hợp lệ');
      const catalogue = await store.records('service-catalogue', String(year));
      if (!catalogue) return failure(404, `Không có dữ liệu danh mục năm ${year}`);
      const [coQuan, dichVu] = ['@coQuan', '@dichVu'];
      return spliceJson(
        {
          success: true,
          message: null,
          result: { nam: year, canCu: year >= DECREE_42_FIRST_YEAR ? 'ND42/2022' : 'ND43/2011', capNhatLuc: PROCEDURE_DATA_AS_OF, coQuan, dichVu },
        },
        { [coQuan]: jsonArray(catalogue.filter((r) => r.key === 'coQuan')), [dichVu]: jsonArray(catalogue.filter((r) => r.key === 'dichVu')) },
      );
    }),

    http.get(endpoint(baseUrl, CASE_FILES_PATH), async ({ request }) => {
      if (!request.headers.get('Authorization')?.startsWith('Bearer ')) return failure(401, 'Chưa xác thực');
      const params = new URL(request.url).searchParams;
      const from = monthFromQuery(params.get('tuThang'));
      const to = monthFromQuery(params.get('denThang'));
      if (!from || !to) return failure(400, 'Tham số tuThang/denThang phải có dạng MM/yyyy');
      if (from > to) return failure(400, 'tuThang phải trước denThang');
      if (monthsSpanned(from, to) > MAX_CASE_FILE_MONTHS) {
        return failure(400, `Mỗi lần chỉ lấy tối đa ${MAX_CASE_FILE_MONTHS} tháng`);
      }
      const rows: WireRecord[] = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const r of (await store.records('case-file-months', String(year))) ?? []) if (r.key >= from && r.key <= to) rows.push(r);
      }
      const duLieu = '@duLieu';
      return spliceJson(
        {
          success: true,
          message: null,
          result: { capNhatLuc: PROCEDURE_DATA_AS_OF, tuThang: monthToWire(from), denThang: monthToWire(to), soBanGhi: rows.length, duLieu },
        },
        { [duLieu]: jsonArray(rows) },
      );
    }),
  ];
}
