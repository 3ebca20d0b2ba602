import { rankChange } from './rank';
import type { PeriodRanking, UnitRanking } from './score';

/** A unit's overall rank in each period given (oldest first); null where it was not ranked or did not exist. */
export function rankHistory(rankings: readonly PeriodRanking[], code: string): (number | null)[] {
  return rankings.map((r) => r.units.find((u) => u.code === code)?.rank ?? null);
}

export const unitIn = (ranking: PeriodRanking | null | undefined, code: string): UnitRanking | null =>
  ranking?.units.find((u) => u.code === code) ?? null;

/**
 * Places gained since the previous ranking. Null when the unit has no rank in either period, e.g. a unit that did
 * not exist then: the page says "mới" (new) rather than inventing a move.
 */
export function overallRankChange(now: PeriodRanking, before: PeriodRanking | null | undefined, code: string): number | null {
  return rankChange(unitIn(now, code)?.rank ?? null, unitIn(before, code)?.rank ?? null);
}

/** Units ordered by overall rank (unranked last, in input order): the league table's default order. */
export function byRank(ranking: PeriodRanking): UnitRanking[] {
  const order = (r: number | null) => r ?? Number.MAX_SAFE_INTEGER;
  return ranking.units.toSorted((a, b) => order(a.rank) - order(b.rank));
}
