import type { EmulationModel } from '../emulation';
import { atLeast, atMost, nonNegativeCount, type Breach, type PlausibilityRule } from './rules';
import type { RecordIdentity } from './types';

/**
 * The registry's history starts in 2009: the movement was launched in Hà Tĩnh in 2008 and the Ban Dân vận's registry
 * holds models from the first year of registration, 2009. A year before that is a typing error.
 */
export const REGISTRY_FIRST_YEAR = 2009;

const rule = (id: string, field: string, vi: string, en: string, check: (m: EmulationModel) => Breach | null): PlausibilityRule<EmulationModel> => ({
  id: `emulation.${id}`,
  system: 'emulation',
  field,
  description: { vi, en },
  check,
});

/**
 * Beside the "Dân vận khéo" indicators (models, exemplary share, replicated share). `lastYear` is the year of the
 * registry's "as of" stamp: no event can be dated after it.
 */
export function emulationRules(lastYear: number): readonly PlausibilityRule<EmulationModel>[] {
  const withinHistory = (year: number | null): Breach | null =>
    year === null ? null : (atLeast(year, REGISTRY_FIRST_YEAR) ?? atMost(year, lastYear));
  return [
    rule('registered-in-history', 'nam_dang_ky', `Năm đăng ký trong lịch sử sổ theo dõi (${REGISTRY_FIRST_YEAR} – ${lastYear})`, `Year registered within the registry’s history (${REGISTRY_FIRST_YEAR} – ${lastYear})`, (m) =>
      withinHistory(m.yearRegistered),
    ),
    rule('recognised-in-history', 'nam_cong_nhan', `Năm công nhận trong lịch sử sổ theo dõi (${REGISTRY_FIRST_YEAR} – ${lastYear})`, `Year recognised within the registry’s history (${REGISTRY_FIRST_YEAR} – ${lastYear})`, (m) =>
      withinHistory(m.yearRecognised),
    ),
    rule('exemplary-in-history', 'nam_tieu_bieu', `Năm tiêu biểu trong lịch sử sổ theo dõi (${REGISTRY_FIRST_YEAR} – ${lastYear})`, `Year named exemplary within the registry’s history (${REGISTRY_FIRST_YEAR} – ${lastYear})`, (m) =>
      withinHistory(m.yearExemplary),
    ),
    rule('recognised-after-registered', 'nam_cong_nhan', 'Công nhận không trước năm đăng ký', 'Recognised no earlier than registered', (m) =>
      m.yearRecognised === null ? null : atLeast(m.yearRecognised, m.yearRegistered),
    ),
    rule('exemplary-needs-recognition', 'nam_tieu_bieu', 'Mô hình tiêu biểu phải đã được công nhận, không trước năm công nhận', 'An exemplary model must have been recognised, no later than named exemplary', (m) => {
      if (m.yearExemplary === null) return null;
      if (m.yearRecognised === null) return { value: m.yearExemplary, relation: 'present', bound: 'nam_cong_nhan' };
      return atLeast(m.yearExemplary, m.yearRecognised);
    }),
    rule('replications-non-negative', 'so_lan_nhan_rong', 'Số lần nhân rộng là số nguyên ≥ 0', 'Times replicated is a whole number ≥ 0', (m) =>
      nonNegativeCount(m.timesReplicated),
    ),
  ];
}

export const MODEL_IDENTITY: RecordIdentity<EmulationModel> = {
  system: 'emulation',
  unitCode: (m) => m.unitCode,
  period: (m) => String(m.yearRegistered),
  recordId: (m) => m.id,
};
