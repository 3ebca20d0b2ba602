/**
 * Which units a period is shown on: the unit set in force on its last day, the level that set maps and ranks
 * (districts while they exist, communes and wards after 1 Jul 2025), and which of those units have no comparable
 * history inside the period.
 */
import { compareVietnamese, type AdminUnit } from '../units';
import type { UnitHistory } from './catalogue';
import { crosswalkBetween } from './crosswalk';
import type { UnitSet } from './types';
import { unitSetForPeriod } from './unit-sets';

export type MappedLevel = 'district' | 'commune';

/** Districts while a set has them; the communes once districts are abolished. */
export const mappedLevel = (set: UnitSet): MappedLevel => (set.districts.length > 0 ? 'district' : 'commune');

const inForceOn = (u: AdminUnit, iso: string) => u.validFrom <= iso && (u.validTo === null || iso <= u.validTo);

/*
 * Both lists below are asked for by every page hook and every checked query, and sorting a few thousand unit
 * versions with the Vietnamese collator is not free on a phone: they are kept per catalogue (its history object,
 * which a new answer replaces).
 */
const setUnitsMemo = new WeakMap<UnitHistory, WeakMap<UnitSet, Map<MappedLevel, readonly AdminUnit[]>>>();
const scopeUnitsMemo = new WeakMap<UnitHistory, readonly AdminUnit[]>();

/** The catalogue versions of a set's units at one level, sorted the Vietnamese way. */
export function unitsOfSet(history: UnitHistory, set: UnitSet, level: MappedLevel): readonly AdminUnit[] {
  let ofHistory = setUnitsMemo.get(history);
  if (!ofHistory) {
    ofHistory = new WeakMap();
    setUnitsMemo.set(history, ofHistory);
  }
  let byLevel = ofHistory.get(set);
  if (!byLevel) {
    byLevel = new Map();
    ofHistory.set(set, byLevel);
  }
  let units = byLevel.get(level);
  if (!units) {
    const codes = new Set((level === 'district' ? set.districts : set.communes).map((u) => u.code));
    units = history.versions
      .filter((u) => u.level === level && codes.has(u.code) && inForceOn(u, set.validFrom))
      .toSorted((a, b) => compareVietnamese(a.fullName, b.fullName));
    byLevel.set(level, units);
  }
  return units;
}

/**
 * The unit versions records may be reported for: each set's mapped level, with its own validity. A record of an
 * old district after 1 Jul 2025, or of a new commune before, is out of scope; so is a commune code in a
 * district-era month (the systems report by district then).
 */
export function scopeUnits(history: UnitHistory): readonly AdminUnit[] {
  let units = scopeUnitsMemo.get(history);
  if (!units) {
    const seen = new Set<AdminUnit>();
    for (const set of history.sets) for (const u of unitsOfSet(history, set, mappedLevel(set))) seen.add(u);
    units = [...seen];
    scopeUnitsMemo.set(history, units);
  }
  return units;
}

export interface PeriodUnitSet {
  /** The set the period is shown on: the one in force on its last day (the first set for periods before it). */
  readonly set: UnitSet;
  /** Sets in force on earlier days of the period, oldest first: their months are re-aggregated onto `set`. */
  readonly earlierSets: readonly UnitSet[];
  /** The period ends before the catalogue's commune history begins (2017–2019): shown on the first set's units. */
  readonly beforeHistory: boolean;
  readonly level: MappedLevel;
  /** What is mapped, ranked and listed, sorted the Vietnamese way. */
  readonly units: readonly AdminUnit[];
  /**
   * Units of `set` that an earlier set's commune was split into (crosswalk `partial`): even figures kept by commune
   * cannot be re-aggregated onto them, so for this period they are "not comparable". Empty within one set.
   * (Figures kept by district are coarser: see `rebaseRecords`, which says which units they reach whole.)
   */
  readonly notComparable: ReadonlySet<string>;
}

/** The units a period (ISO first and last day) is shown on; null when the catalogue has no set at all. */
export function periodUnitSet(history: UnitHistory, fromIso: string, toIso: string): PeriodUnitSet | null {
  const found = unitSetForPeriod(history.sets, fromIso, toIso);
  const first = history.sets[0];
  const { set, earlierSets } = found ?? { set: first, earlierSets: [] };
  if (!set) return null;
  const level = mappedLevel(set);
  const notComparable = new Set<string>();
  for (const earlier of earlierSets) {
    const walk = crosswalkBetween(history.crosswalks, earlier.id, set.id);
    const lifted = walk ? liftLinks(earlier, set, walk.links, 'commune') : [];
    for (const link of lifted) if (link.relation === 'partial') notComparable.add(link.to);
  }
  return { set, earlierSets, beforeHistory: found === null, level, units: unitsOfSet(history, set, level), notComparable };
}

export interface LiftedLink {
  readonly from: string;
  readonly to: string;
  readonly relation: 'full' | 'partial';
}

/**
 * A commune crosswalk lifted to the levels records are kept at: each old unit (a commune, or a district of the old
 * set) → each unit of the new set's mapped level that received part of it. `full` only when the whole old unit
 * went into that one new unit: a district that was shared out between several new units is `partial` towards
 * each, so its figures are never apportioned.
 */
export function liftLinks(
  fromSet: UnitSet,
  toSet: UnitSet,
  links: readonly { from: string; to: string; relation: 'full' | 'partial' }[],
  fromLevel: MappedLevel | 'both' = 'both',
): LiftedLink[] {
  const districtOfOld = new Map(fromSet.communes.map((c) => [c.code, c.parentCode ?? '']));
  const districtOfNew = new Map(toSet.communes.map((c) => [c.code, c.parentCode ?? '']));
  const toLevel = mappedLevel(toSet);
  const up = (code: string) => (toLevel === 'district' ? (districtOfNew.get(code) ?? code) : code);
  const targets = new Map<string, Map<string, boolean>>();
  const add = (from: string, to: string, whole: boolean) => {
    const byTarget = targets.get(from) ?? new Map<string, boolean>();
    byTarget.set(to, (byTarget.get(to) ?? true) && whole);
    targets.set(from, byTarget);
  };
  for (const link of links) {
    if (fromLevel !== 'district') add(link.from, up(link.to), link.relation === 'full');
    if (fromLevel !== 'commune' && fromSet.districts.length > 0) add(`d:${districtOfOld.get(link.from) ?? ''}`, up(link.to), link.relation === 'full');
  }
  const lifted: LiftedLink[] = [];
  for (const [from, byTarget] of targets) {
    const whole = byTarget.size === 1;
    for (const [to, allFull] of byTarget) lifted.push({ from: from.replace(/^d:/, ''), to, relation: whole && allFull ? 'full' : 'partial' });
  }
  return lifted;
}
