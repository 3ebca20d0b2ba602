/**
 * Fake of the Ban Dân vận Tỉnh ủy's "Dân vận khéo" model registry, in its own wire format: snake_case Vietnamese
 * keys, a `{ code: "00", message, ngay_cap_nhat, du_lieu }` envelope with the timestamp in epoch milliseconds,
 * years and counts as strings, level codes in capitals, and paged model lists.
 *
 *   GET danh-muc/linh-vuc                     the field lookup
 *   GET mo-hinh?trang=1&so_dong=500            models, page by page (so_dong at most 500, default 100)
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { EmulationModel, ModelLevel } from '../../src/domain/emulation';
import { EMULATION_AS_OF, EMULATION_FIELDS, emulationModels } from '../data/emulation';
import { endpoint } from './endpoint';

export interface WireEnvelope<T> {
  code: string;
  message: string;
  ngay_cap_nhat: number;
  du_lieu: T;
}

export interface WireField {
  ma_linh_vuc: string;
  ten_linh_vuc: string;
  thu_tu: number;
}

export interface WirePaging {
  trang: number;
  so_dong: number;
  tong_so_dong: number;
  tong_so_trang: number;
}

export interface WireModel {
  id: number;
  ma_mo_hinh: string;
  ten_mo_hinh: string;
  ma_don_vi: string;
  ma_xa: string | null;
  ma_linh_vuc: string;
  cap: 'XA' | 'HUYEN' | 'TINH' | 'CO_QUAN';
  nam_dang_ky: string;
  nam_cong_nhan: string | null;
  nam_tieu_bieu: string | null;
  so_lan_nhan_rong: string;
  khen_thuong: string | null;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

const LEVEL_CODE: Readonly<Record<ModelLevel, WireModel['cap']>> = { xa: 'XA', huyen: 'HUYEN', tinh: 'TINH', co_quan: 'CO_QUAN' };

const stamp = () => Date.parse(EMULATION_AS_OF);

const ok = <T>(du_lieu: T): WireEnvelope<T> => ({ code: '00', message: 'Thành công', ngay_cap_nhat: stamp(), du_lieu });

const yearText = (year: number | null) => (year === null ? null : String(year));

export const wireModel = (m: EmulationModel, index: number): WireModel => ({
  id: index + 1,
  ma_mo_hinh: m.id,
  ten_mo_hinh: m.name,
  ma_don_vi: m.unitCode,
  ma_xa: m.communeCode,
  ma_linh_vuc: m.fieldCode,
  cap: LEVEL_CODE[m.level],
  nam_dang_ky: String(m.yearRegistered),
  nam_cong_nhan: yearText(m.yearRecognised),
  nam_tieu_bieu: yearText(m.yearExemplary),
  so_lan_nhan_rong: String(m.timesReplicated),
  khen_thuong: m.commendation,
});

/** A positive integer parameter, its default when absent, or null when malformed. */
function positiveInt(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

export function emulationRegistryHandlers(baseUrl: string): HttpHandler[] {
  return [
    http.get(endpoint(baseUrl, 'danh-muc/linh-vuc'), () =>
      HttpResponse.json(
        ok<WireField[]>(EMULATION_FIELDS.map((f, i) => ({ ma_linh_vuc: f.code, ten_linh_vuc: f.name, thu_tu: i + 1 }))),
      ),
    ),
    http.get(endpoint(baseUrl, 'mo-hinh'), ({ request }) => {
      const params = new URL(request.url).searchParams;
      const page = positiveInt(params.get('trang'), 1);
      const size = positiveInt(params.get('so_dong'), DEFAULT_PAGE_SIZE);
      if (page === null || size === null) {
        return HttpResponse.json({ code: 'E400', message: 'Tham số phân trang không hợp lệ', ngay_cap_nhat: stamp(), du_lieu: null }, { status: 400 });
      }
      const pageSize = Math.min(size, MAX_PAGE_SIZE);
      const models = emulationModels();
      const start = (page - 1) * pageSize;
      const du_lieu = models.slice(start, start + pageSize).map((m, i) => wireModel(m, start + i));
      const phan_trang: WirePaging = {
        trang: page,
        so_dong: pageSize,
        tong_so_dong: models.length,
        tong_so_trang: Math.ceil(models.length / pageSize),
      };
      return HttpResponse.json({ ...ok(du_lieu), phan_trang });
    }),
  ];
}
