import type { EmulationField, EmulationModel, ModelLevel } from '../../domain/emulation';
import type { WireField, WireModel } from './wire-schema';

/** Wire → domain for the "Dân vận khéo" registry. Pure: the wire schema has already checked every field. */

const LEVEL: Readonly<Record<WireModel['cap'], ModelLevel>> = { XA: 'xa', HUYEN: 'huyen', TINH: 'tinh', CO_QUAN: 'co_quan' };

const yearOf = (text: string | null) => (text === null ? null : Number(text));

/** The registry stamps its data in epoch milliseconds. */
export const adaptAsOf = (epochMs: number): string => new Date(epochMs).toISOString();

/** In the registry's display order. */
export function adaptFields(wire: readonly WireField[]): EmulationField[] {
  return [...wire].sort((a, b) => a.thu_tu - b.thu_tu).map((f) => ({ code: f.ma_linh_vuc, name: f.ten_linh_vuc }));
}

export function adaptModel(m: WireModel): EmulationModel {
  return {
    id: m.ma_mo_hinh,
    name: m.ten_mo_hinh,
    unitCode: m.ma_don_vi,
    communeCode: m.ma_xa,
    fieldCode: m.ma_linh_vuc,
    level: LEVEL[m.cap],
    yearRegistered: Number(m.nam_dang_ky),
    yearRecognised: yearOf(m.nam_cong_nhan),
    yearExemplary: yearOf(m.nam_tieu_bieu),
    timesReplicated: Number(m.so_lan_nhan_rong),
    commendation: m.khen_thuong,
  };
}

/** Pages may overlap if the registry changes while they are read: keep the first copy of each model. */
export function adaptModels(pages: readonly (readonly WireModel[])[]): EmulationModel[] {
  const seen = new Set<string>();
  const out: EmulationModel[] = [];
  for (const page of pages) {
    for (const m of page) {
      if (seen.has(m.ma_mo_hinh)) continue;
      seen.add(m.ma_mo_hinh);
      out.push(adaptModel(m));
    }
  }
  return out;
}
