/**
 * Comparisons across a change of units (1 Jan 2025: Lộc Hà merged into Thạch Hà; 1 Jul 2025: districts abolished,
 * 69 communes and wards). One rule for every comparison a ranking makes (rank change, rank history, bump chart):
 * a rank of another unit set is shown next to today's only for a unit whose territory is the same in both sets.
 * Otherwise it is "not comparable": never a made-up history, never a silent mix of unit sets in one series.
 */
import { crosswalkBetween, groupByFormerDistrict, type Crosswalk, type FormerDistrictGrouping, type UnitSet } from '../unit-history';
import { unitIn } from './history';
import type { PeriodRanking } from './score';

/** The unit sets and the crosswalks between them, as the unit catalogue serves them. */
export interface UnitHistory {
  readonly sets: readonly UnitSet[];
  readonly crosswalks: readonly Crosswalk[];
}

/** A period's ranking with the unit set it ranked. */
export interface SetRanking {
  readonly setId: string;
  readonly ranking: PeriodRanking;
}

/** Is unit `code` of `toSetId` the same territory as unit `code` of `fromSetId`? */
export type SameTerritory = (code: string, fromSetId: string, toSetId: string) => boolean;

function unitOf(set: UnitSet, code: string) {
  return set.districts.find((u) => u.code === code) ?? set.communes.find((u) => u.code === code) ?? null;
}

/** The communes a unit is made of in its set: a district's communes, or the commune itself. */
function baseCommunes(set: UnitSet, code: string): ReadonlySet<string> {
  const unit = unitOf(set, code);
  if (!unit) return new Set();
  return unit.level === 'district' ? new Set(set.communes.filter((c) => c.parentCode === code).map((c) => c.code)) : new Set([code]);
}

/**
 * True when the unit exists at the same level in both sets and the crosswalk carries exactly its old communes,
 * each whole, onto exactly its new communes. A code reused for a larger unit (Thành Sen 18073 took the code of one
 * of the four wards it was made of) is not the same territory; nor is a district that gained or lost communes.
 */
export function territoryUnchanged(history: UnitHistory, code: string, fromSetId: string, toSetId: string): boolean {
  if (fromSetId === toSetId) return true;
  const from = history.sets.find((s) => s.id === fromSetId);
  const to = history.sets.find((s) => s.id === toSetId);
  const before = from && unitOf(from, code);
  const after = to && unitOf(to, code);
  if (!from || !to || !before || !after || before.level !== after.level) return false;
  let crosswalk: Crosswalk | null;
  try {
    crosswalk = crosswalkBetween(history.crosswalks, fromSetId, toSetId);
  } catch {
    return false; // backwards in time, or no chain: nothing to compare with
  }
  if (!crosswalk) return true;
  const oldBase = baseCommunes(from, code);
  const newBase = baseCommunes(to, code);
  const reached = new Set<string>();
  for (const link of crosswalk.links) {
    const fromInside = oldBase.has(link.from);
    const toInside = newBase.has(link.to);
    if (fromInside !== toInside || (fromInside && link.relation !== 'full')) return false;
    if (toInside) reached.add(link.to);
  }
  return reached.size === newBase.size;
}

/** The rule with a unit history; without one, only rankings of the same set compare. */
export const sameTerritoryRule = (history: UnitHistory | null): SameTerritory =>
  history ? (code, a, b) => territoryUnchanged(history, code, a, b) : (_code, a, b) => a === b;

export interface HistoryPoint {
  readonly rank: number | null;
  /** False: that period ranked another unit set in which this unit's territory differed; its rank is withheld. */
  readonly comparable: boolean;
}

/** A unit's rank in each period (oldest first), comparable with the last period's, or withheld and marked. */
export function comparableRankHistory(series: readonly SetRanking[], code: string, same: SameTerritory): HistoryPoint[] {
  const target = series.at(-1)?.setId;
  if (target === undefined) return [];
  return series.map((s) =>
    s.setId === target || same(code, s.setId, target) ? { rank: unitIn(s.ranking, code)?.rank ?? null, comparable: true } : { rank: null, comparable: false },
  );
}

export type RankMove =
  /** Places gained (negative: lost) since the previous period, same territory. */
  | { readonly kind: 'moved'; readonly places: number }
  /** Ranked now, not then (no data then, or the unit did not exist in a comparable form). */
  | { readonly kind: 'new' }
  /** The previous period ranked another unit set and this unit's territory changed. */
  | { readonly kind: 'not-comparable' }
  /** No previous period, or no rank now. */
  | { readonly kind: 'none' };

export function comparableRankMove(now: SetRanking, before: SetRanking | null, code: string, same: SameTerritory): RankMove {
  const rank = unitIn(now.ranking, code)?.rank ?? null;
  if (!before || rank === null) return { kind: 'none' };
  if (before.setId !== now.setId && !same(code, before.setId, now.setId)) return { kind: 'not-comparable' };
  const previous = unitIn(before.ranking, code)?.rank ?? null;
  return previous === null ? { kind: 'new' } : { kind: 'moved', places: previous - rank };
}

/** Indexes of the periods in which at least one of the units has a comparable rank: what a bump chart draws. */
export function comparablePeriods(series: readonly SetRanking[], codes: readonly string[], same: SameTerritory): number[] {
  const target = series.at(-1)?.setId;
  return series.flatMap((s, i) => (s.setId === target || codes.some((code) => same(code, s.setId, target ?? '')) ? [i] : []));
}

export interface FormerDistricts {
  /** The last set that had districts, e.g. "2025-01". */
  readonly fromSetId: string;
  readonly grouping: FormerDistrictGrouping;
  /**
   * Former districts whose group covers exactly their territory (every commune whole, no unit straddling a
   * border): only these continue the district's own rank line; the others are a new series, "not comparable".
   */
  readonly sameTerritory: ReadonlySet<string>;
}

/**
 * The former-district grouping of a set without districts (2025-07): its units grouped by the district of the set
 * before it that they came from. Null for a set that still has districts, or without a crosswalk into it.
 */
export function formerDistrictsOf(history: UnitHistory, setId: string): FormerDistricts | null {
  const set = history.sets.find((s) => s.id === setId);
  const crosswalk = history.crosswalks.find((c) => c.toSet === setId);
  const before = crosswalk && history.sets.find((s) => s.id === crosswalk.fromSet);
  if (!set || set.districts.length > 0 || !crosswalk || !before || before.districts.length === 0) return null;
  const districtOf = new Map(before.communes.flatMap((c) => (c.parentCode ? [[c.code, c.parentCode] as const] : [])));
  const grouping = groupByFormerDistrict(crosswalk, districtOf);
  const sameTerritory = new Set<string>();
  for (const group of grouping.groups) {
    const members = new Set(group.unitCodes);
    const exact = crosswalk.links.every((l) => {
      const fromInside = districtOf.get(l.from) === group.districtCode;
      const toInside = members.has(l.to);
      return fromInside === toInside && (!fromInside || l.relation === 'full');
    });
    if (exact) sameTerritory.add(group.districtCode);
  }
  return { fromSetId: before.id, grouping, sameTerritory };
}

export interface UnitLineage {
  /** The set the unit's predecessors belonged to. */
  readonly fromSetId: string;
  /** Old units that went into this one whole. */
  readonly whole: readonly { readonly code: string; readonly name: string }[];
  /** Old units of which only a part went into this one: its history cannot be rebuilt from their figures. */
  readonly part: readonly { readonly code: string; readonly name: string }[];
}

/** What a unit of `setId` was made of, from the crosswalk into that set; null for a set no crosswalk leads into. */
export function unitLineage(history: UnitHistory, setId: string, code: string): UnitLineage | null {
  const crosswalk = history.crosswalks.find((c) => c.toSet === setId);
  const before = crosswalk && history.sets.find((s) => s.id === crosswalk.fromSet);
  if (!crosswalk || !before) return null;
  const nameOf = (c: string) => before.communes.find((u) => u.code === c)?.name ?? c;
  const links = crosswalk.links.filter((l) => l.to === code);
  if (!links.length) return null;
  const pick = (relation: 'full' | 'partial') => links.filter((l) => l.relation === relation).map((l) => ({ code: l.from, name: nameOf(l.from) }));
  return { fromSetId: before.id, whole: pick('full'), part: pick('partial') };
}
