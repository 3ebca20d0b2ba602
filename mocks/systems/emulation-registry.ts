/**
 * Fake of the Ban Dân vận Tỉnh ủy's "Dân vận khéo" model registry, in its own wire format: snake_case Vietnamese
 * keys, a `{ code: "00", message, ngay_cap_nhat, du_lieu }` envelope with the timestamp in epoch milliseconds,
 * years and counts as strings, level codes in capitals, and paged model lists. A model registered from 2025-07 belongs
 * to one of the 69 communes and wards (`ma_don_vi` a five-digit commune code; no "HUYEN" level any more); earlier models
 * keep the unit they were registered with (the records: mocks/demo-tables.ts).
 *
 *   GET danh-muc/linh-vuc                     the field lookup
 *   GET mo-hinh?trang=1&so_dong=500            models, page by page (so_dong at most 500, default 100)
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { EMULATION_AS_OF } from '../data/emulation';
import { jsonArray, spliceJson, type DemoStore } from '../demo-store';
import { endpoint } from './endpoint';

export interface WirePaging {
  trang: number;
  so_dong: number;
  tong_so_dong: number;
  tong_so_trang: number;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

const stamp = () => Date.parse(EMULATION_AS_OF);

const ok = (du_lieu: unknown) => ({ code: '00', message: 'Thành công', ngay_cap_nhat: stamp(), du_lieu });

/** A positive integer parameter, its default when absent, or null when malformed. */
function positiveInt(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

export function emulationRegistryHandlers(baseUrl: string, store: DemoStore): HttpHandler[] {
  const list = '@list';
  return [
    http.get(endpoint(baseUrl, 'danh-muc/linh-vuc'), async () =>
      spliceJson(ok(list), { [list]: jsonArray((await store.records('emulation-fields', 'all')) ?? []) }),
    ),
    http.get(endpoint(baseUrl, 'mo-hinh'), async ({ request }) => {
      const params = new URL(request.url).searchParams;
      const page = positiveInt(params.get('trang'), 1);
      const size = positiveInt(params.get('so_dong'), DEFAULT_PAGE_SIZE);
      if (page === null || size === null) {
        return HttpResponse.json({ code: 'E400', message: 'Tham số phân trang không hợp lệ', ngay_cap_nhat: stamp(), du_lieu: null }, { status: 400 });
      }
      const pageSize = Math.min(size, MAX_PAGE_SIZE);
      const models = (await store.records('emulation-models', 'all')) ?? [];
      const start = (page - 1) * pageSize;
      const phan_trang: WirePaging = {
        trang: page,
        so_dong: pageSize,
        tong_so_dong: models.length,
        tong_so_trang: Math.ceil(models.length / pageSize),
      };
      return spliceJson({ ...ok(list), phan_trang }, { [list]: jsonArray(models.slice(start, start + pageSize)) });
    }),
  ];
}
