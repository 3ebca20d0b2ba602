/**
 * How each system's records are carried across unit sets (see `rebaseRecords`): which unit a record is about, the
 * day that decides its unit set, what is summed together, and how. Only counts are summed — numerators and
 * denominators — so every rate is recomputed from the sums, never averaged.
 */
import type { ComplaintMonth } from './complaints';
import type { DistrictDisclosureQuarter } from './disclosure';
import type { CaseFileMonth } from './procedures';
import type { EmulationModel } from './emulation';
import { heldApartCode, placeOnSet, type RecordKeying, type UnitHistory, type UnitSet } from './unit-history';

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Adds the numeric fields of same-shaped records, nested ones included; other fields are taken from the first. */
export function sumNumericFields<T extends object>(rows: readonly T[]): T {
  const [head, ...rest] = rows;
  if (!head) throw new Error('Nothing to sum');
  const add = (a: unknown, b: unknown): unknown => {
    if (typeof a === 'number' && typeof b === 'number') return a + b;
    if (isPlain(a) && isPlain(b)) return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, add(v, b[k])]));
    return a;
  };
  return rest.reduce<unknown>((total, row) => add(total, row), head) as T;
}

const firstOfMonth = (month: string) => `${month}-01`;

export const COMPLAINT_KEYING: RecordKeying<ComplaintMonth> = {
  unitCode: (r) => r.unitCode,
  date: (r) => firstOfMonth(r.month),
  groupKey: (r) => r.month,
  withUnit: (r, unitCode) => ({ ...r, unitCode }),
  merge: (rs, unitCode) => ({ ...sumNumericFields(rs), unitCode }),
};

/** A department's case files are about no unit: they stay as they are. */
export const CASE_FILE_KEYING: RecordKeying<CaseFileMonth> = {
  unitCode: (r) => (r.ownerKind === 'department' ? null : r.ownerCode),
  date: (r) => firstOfMonth(r.month),
  groupKey: (r) => r.month,
  withUnit: (r, ownerCode) => ({ ...r, ownerCode }),
  merge: (rs, ownerCode) => ({ ...sumNumericFields(rs), ownerCode }),
};

const quarterStart = (quarter: string) => `${quarter.slice(0, 4)}-${String(Number(quarter.slice(6)) * 3 - 2).padStart(2, '0')}-01`;

/** Quarters under different legal bases (11 vs 14 contents) are never summed together: the basis is part of the group. */
export const DISCLOSURE_KEYING: RecordKeying<DistrictDisclosureQuarter> = {
  unitCode: (r) => r.districtCode,
  date: (r) => quarterStart(r.quarter),
  groupKey: (r) => `${r.quarter}|${r.basis}`,
  withUnit: (r, districtCode) => ({ ...r, districtCode }),
  merge: (rs, districtCode) => ({ ...sumNumericFields(rs), districtCode }),
};

/**
 * The registry's models on a unit set: a model of a unit of the set stays; one of an earlier unit moves to the unit
 * its commune (or district) went into whole; one whose commune or district was split is held apart (it still counts
 * in the province, but on no unit). Unchanged until the catalogue is loaded.
 */
export function modelsOnSet(models: readonly EmulationModel[], history: UnitHistory | null, set: UnitSet | null): readonly EmulationModel[] {
  if (!history || !set) return models;
  const placed = new Map<string, string>();
  return models.map((m) => {
    const key = `${m.unitCode}|${m.communeCode ?? ''}`;
    let to = placed.get(key);
    if (to === undefined) {
      to = placeOnSet(history, set, m.unitCode, m.communeCode) ?? heldApartCode(m.unitCode, set.id);
      placed.set(key, to);
    }
    return to === m.unitCode ? m : { ...m, unitCode: to };
  });
}
