/**
 * Records of earlier unit sets, carried onto the set a period is shown on. A record reported for an old unit is
 * summed into the new unit only when every old unit of that new unit came to it whole and reported; otherwise the
 * new unit is "not comparable" for that month and the old records are held apart under a set-qualified code
 * (`18073@2025-01`), so that no per-unit figure picks them up, while province-wide pools still count them.
 * Codes are never matched across sets by themselves: 18073 is Phường Nam Hà until 30 Jun 2025, Thành Sen after.
 */
import type { UnitHistory } from './catalogue';
import { crosswalkBetween } from './crosswalk';
import { liftLinks, type LiftedLink } from './in-force';
import type { UnitSet } from './types';
import { unitSetAt } from './unit-sets';

export interface RecordKeying<R> {
  /** The unit the record is about; null when it is about no unit (a provincial department): kept as it is. */
  unitCode(r: R): string | null;
  /** The record's first day (ISO): decides the unit set it was reported in. */
  date(r: R): string;
  /** Records summed together share this key besides their unit (the month; the quarter and content…). */
  groupKey(r: R): string;
  withUnit(r: R, code: string): R;
  /** Sums records of one group onto one unit: counts, numerators and denominators, never rates. */
  merge(rs: readonly R[], code: string): R;
}

export interface Rebased<R> {
  readonly records: readonly R[];
  /** Record first day (ISO) → units of the target set that the records of that day could not be carried onto whole. */
  readonly notComparable: ReadonlyMap<string, ReadonlySet<string>>;
  /** Record first days whose records were re-aggregated from an earlier set. */
  readonly reaggregatedDays: ReadonlySet<string>;
}

/** The code under which records that cannot be placed on a unit of the target set are kept. */
export const heldApartCode = (code: string, setId: string) => `${code}@${setId}`;

/** The unit code a held-apart code was made from, or null for any other code. */
export function heldApartUnit(code: string): string | null {
  const at = code.indexOf('@');
  return at > 0 ? code.slice(0, at) : null;
}

/**
 * The name a reader knows a held-apart unit by: its last catalogue version (the one that ended when the units
 * changed), or null when the catalogue has none.
 */
export function heldApartName(history: UnitHistory | null, code: string): string | null {
  const unit = heldApartUnit(code);
  if (!unit || !history) return null;
  return history.versions.filter((v) => v.code === unit).at(-1)?.fullName ?? null;
}

const setOf = (history: UnitHistory, date: string): UnitSet | null => unitSetAt(history.sets, date) ?? (date < (history.sets[0]?.validFrom ?? '') ? (history.sets[0] ?? null) : null);

/** Lifted links per catalogue and (from, to, level): rebasing a year asks for them once per month and group. */
const linksMemo = new WeakMap<UnitHistory, Map<string, LiftedLink[] | null>>();

function linksFor(history: UnitHistory, from: UnitSet, to: UnitSet, level: 'district' | 'commune'): LiftedLink[] | null {
  let byPair = linksMemo.get(history);
  if (!byPair) {
    byPair = new Map();
    linksMemo.set(history, byPair);
  }
  const key = `${from.id}|${from.validFrom}|${to.id}|${to.validFrom}|${level}`;
  if (byPair.has(key)) return byPair.get(key) ?? null;
  const links = liftedLinks(history, from, to, level);
  byPair.set(key, links);
  return links;
}

function liftedLinks(history: UnitHistory, from: UnitSet, to: UnitSet, level: 'district' | 'commune'): LiftedLink[] | null {
  try {
    const walk = crosswalkBetween(history.crosswalks, from.id, to.id);
    return walk ? liftLinks(from, to, walk.links, level) : null;
  } catch {
    // No chain (e.g. a later set's records for an earlier period): nothing can be placed.
    return [];
  }
}

/** Carries every record of an earlier set onto `target` (see the module comment); records of `target` stay as they are. */
export function rebaseRecords<R>(records: readonly R[], keying: RecordKeying<R>, history: UnitHistory, target: UnitSet): Rebased<R> {
  const kept: R[] = [];
  const groups = new Map<string, { set: UnitSet; date: string; records: R[] }>();
  for (const r of records) {
    const code = keying.unitCode(r);
    const set = code === null ? null : setOf(history, keying.date(r));
    if (code === null || (set !== null && set.id === target.id)) {
      kept.push(r);
      continue;
    }
    if (!set) {
      kept.push(keying.withUnit(r, heldApartCode(code, 'none')));
      continue;
    }
    const key = `${set.id}|${keying.date(r)}|${keying.groupKey(r)}`;
    const group = groups.get(key) ?? { set, date: keying.date(r), records: [] };
    group.records.push(r);
    groups.set(key, group);
  }
  const notComparable = new Map<string, Set<string>>();
  const reaggregatedDays = new Set<string>();
  for (const { set, date, records: rs } of groups.values()) {
    reaggregatedDays.add(date);
    const districtCodes = new Set(set.districts.map((d) => d.code));
    const level = rs.some((r) => districtCodes.has(keying.unitCode(r) ?? '')) ? 'district' : 'commune';
    const links = linksFor(history, set, target, level) ?? [];
    const byCode = new Map<string, R[]>();
    for (const r of rs) {
      const code = keying.unitCode(r) ?? '';
      byCode.set(code, [...(byCode.get(code) ?? []), r]);
    }
    const inputsOf = new Map<string, LiftedLink[]>();
    for (const link of links) inputsOf.set(link.to, [...(inputsOf.get(link.to) ?? []), link]);
    const placed = new Set<string>();
    const lost = notComparable.get(date) ?? new Set<string>();
    for (const [to, inputs] of inputsOf) {
      const whole = inputs.every((l) => l.relation === 'full');
      const reported = inputs.every((l) => byCode.has(l.from));
      if (!whole || !reported) {
        if (inputs.some((l) => byCode.has(l.from))) lost.add(to);
        continue;
      }
      kept.push(keying.merge(inputs.flatMap((l) => byCode.get(l.from) ?? []), to));
      for (const l of inputs) placed.add(l.from);
    }
    if (lost.size > 0) notComparable.set(date, lost);
    for (const [code, list] of byCode) if (!placed.has(code)) for (const r of list) kept.push(keying.withUnit(r, heldApartCode(code, set.id)));
  }
  return { records: kept, notComparable, reaggregatedDays };
}

export interface PeriodRebase<R> {
  readonly records: readonly R[];
  /** Units of the target set without a comparable figure for the period. */
  readonly notComparable: ReadonlySet<string>;
  /** Did any month of the period come from an earlier set? */
  readonly reaggregated: boolean;
}

/**
 * The records as a period shown on `target` reads them: earlier sets carried onto it, and, for the units not
 * comparable on some day of [fromIso, toIso], their records of the whole period held apart too, so that no unit is
 * given a figure for part of the period as if it were the whole.
 */
export function rebaseForPeriod<R>(records: readonly R[], keying: RecordKeying<R>, history: UnitHistory, target: UnitSet, fromIso: string, toIso: string): PeriodRebase<R> {
  const rebased = rebaseRecords(records, keying, history, target);
  const within = (date: string) => date >= fromIso && date <= toIso;
  const notComparable = new Set<string>();
  for (const [date, units] of rebased.notComparable) if (within(date)) for (const u of units) notComparable.add(u);
  const reaggregated = [...rebased.reaggregatedDays].some(within);
  if (notComparable.size === 0) return { records: rebased.records, notComparable, reaggregated };
  const out = rebased.records.map((r) => {
    const code = keying.unitCode(r);
    return code !== null && notComparable.has(code) && within(keying.date(r)) ? keying.withUnit(r, heldApartCode(code, target.id)) : r;
  });
  return { records: out, notComparable, reaggregated };
}

/**
 * Where a thing that belongs to one unit (a "Dân vận khéo" model) sits on `target`: its own unit when that unit is
 * of the target set; else the unit of the target set that its commune (or, without a commune, its district) went
 * into whole; null when that commune or district was split, so it cannot be placed on one new unit.
 */
export function placeOnSet(history: UnitHistory, target: UnitSet, unitCode: string, communeCode: string | null): string | null {
  const mapped = target.districts.length > 0 ? target.districts : target.communes;
  if (mapped.some((u) => u.code === unitCode)) return unitCode;
  const older = history.sets.filter((s) => s.validFrom < target.validFrom).toSorted((a, b) => b.validFrom.localeCompare(a.validFrom));
  for (const set of older) {
    const viaCommune = communeCode !== null && set.communes.some((c) => c.code === communeCode && c.parentCode === unitCode);
    const viaDistrict = communeCode === null && set.districts.some((d) => d.code === unitCode);
    if (!viaCommune && !viaDistrict) continue;
    const links = linksFor(history, set, target, viaCommune ? 'commune' : 'district') ?? [];
    const from = viaCommune ? communeCode : unitCode;
    const out = links.filter((l) => l.from === from);
    const [only] = out;
    return out.length === 1 && only?.relation === 'full' ? only.to : null;
  }
  return null;
}
