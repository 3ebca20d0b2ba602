import { compareVietnamese } from '../../domain/units';
import { THEMES, type IndicatorId, type PeerGroups, type PeriodRanking, type SameTerritory, type ThemeId, type TierId } from '../../domain/ranking';
import { comparableRankHistory, comparableRankMove, groupRanks, rankChange, rankHistory, unitIn } from '../../domain/ranking';

/** One line of the league table: everything the row shows, computed once from the rankings. */
export interface LeagueRow {
  readonly code: string;
  readonly name: string;
  readonly rank: number | null;
  readonly score: number | null;
  readonly tier: TierId | null;
  /** Places gained since the previous period; null when there is no rank to compare with. */
  readonly change: number | null;
  /** Ranked now but not in the previous period (e.g. no data then, or the unit did not exist). */
  readonly isNew: boolean;
  readonly themes: Readonly<Record<ThemeId, { readonly rank: number | null; readonly score: number | null }>>;
  /** Overall rank in each period of the rankings, oldest first; null where withheld (see `historyComparable`). */
  readonly history: readonly (number | null)[];
  /** Per period: false where that period ranked another unit set and this unit's territory differed. */
  readonly historyComparable: readonly boolean[];
  /** The previous period ranked another unit set in which this unit's territory differed: no move is shown. */
  readonly changeNotComparable: boolean;
  /** The unit's peer group (`type:xa`, `district:436`), null without a grouping. */
  readonly group: string | null;
  /** Rank within the peer group, from the same scores. */
  readonly groupRank: number | null;
  readonly missing: readonly IndicatorId[];
}

export interface LeagueOptions {
  /** The unit set of each ranking, same order: comparisons then follow the rule of domain/ranking/continuity. */
  readonly setIds?: readonly string[];
  readonly sameTerritory?: SameTerritory;
  readonly groups?: PeerGroups | null;
}

/**
 * Rows of the last ranking given, compared with the one before it. With the unit set of each ranking, a rank of
 * another set is compared only where the unit's territory is the same (never a silent mix of unit sets).
 */
export function leagueRows(rankings: readonly PeriodRanking[], names: ReadonlyMap<string, string>, options: LeagueOptions = {}): LeagueRow[] {
  const current = rankings.at(-1);
  if (!current) return [];
  const previous = rankings.length > 1 ? rankings.at(-2) : undefined;
  const { setIds, groups } = options;
  const same = options.sameTerritory ?? ((_code: string, a: string, b: string) => a === b);
  const series = setIds && setIds.length === rankings.length ? rankings.map((ranking, i) => ({ setId: setIds[i] ?? '', ranking })) : null;
  const within = groups ? groupRanks(current, groups) : null;
  return current.units.map((u) => {
    const themes = {} as Record<ThemeId, { rank: number | null; score: number | null }>;
    for (const t of THEMES) themes[t] = { rank: u.themes[t].rank, score: u.themes[t].score };
    const shared = {
      code: u.code,
      name: names.get(u.code) ?? u.code,
      rank: u.rank,
      score: u.score,
      tier: u.tier,
      themes,
      group: groups?.groupOf.get(u.code) ?? null,
      groupRank: within?.get(u.code) ?? null,
      missing: u.missing,
    };
    if (series) {
      const now = series.at(-1)!;
      const move = comparableRankMove(now, series.length > 1 ? (series.at(-2) ?? null) : null, u.code, same);
      const points = comparableRankHistory(series, u.code, same);
      return {
        ...shared,
        change: move.kind === 'moved' ? move.places : null,
        isNew: move.kind === 'new',
        changeNotComparable: move.kind === 'not-comparable',
        history: points.map((p) => p.rank),
        historyComparable: points.map((p) => p.comparable),
      };
    }
    const before = previous ? unitIn(previous, u.code) : null;
    return {
      ...shared,
      change: rankChange(u.rank, before?.rank ?? null),
      isNew: previous !== undefined && u.rank !== null && (before?.rank ?? null) === null,
      changeNotComparable: false,
      history: rankHistory(rankings, u.code),
      historyComparable: rankings.map(() => true),
    };
  });
}

/** Rows of one peer group (all rows when `group` is null or unknown). */
export function rowsOfGroup(rows: readonly LeagueRow[], group: string | null): readonly LeagueRow[] {
  if (!group || !rows.some((r) => r.group === group)) return rows;
  return rows.filter((r) => r.group === group);
}

export type SortColumn = 'rank' | 'groupRank' | 'unit' | 'score' | 'tier' | 'change' | ThemeId;
export type SortDirection = 'asc' | 'desc';

/** The direction a column sorts in on its first click: best first for every figure, A–Z for names. */
export const FIRST_DIRECTION: Readonly<Record<SortColumn, SortDirection>> = {
  rank: 'asc',
  groupRank: 'asc',
  unit: 'asc',
  score: 'desc',
  tier: 'desc',
  change: 'desc',
  disclosure: 'desc',
  complaints: 'desc',
  services: 'desc',
  emulation: 'desc',
};

function sortValue(row: LeagueRow, column: SortColumn): number | string | null {
  switch (column) {
    case 'rank':
      return row.rank;
    case 'groupRank':
      // Group by group, best first within each: the group's key orders the groups.
      return row.group === null || row.groupRank === null ? null : `${row.group}\u0000${String(row.groupRank).padStart(4, '0')}`;
    case 'unit':
      return row.name;
    case 'score':
    case 'tier':
      return row.score;
    case 'change':
      return row.change;
    default:
      return row.themes[column].score;
  }
}

/** Sorted copy; missing values last in either direction, then by overall rank so ties keep a stable order. */
export function sortRows(rows: readonly LeagueRow[], column: SortColumn, direction: SortDirection): LeagueRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byRank = (a: LeagueRow, b: LeagueRow) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.code.localeCompare(b.code);
  return rows.toSorted((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) return x === y ? byRank(a, b) : x === null ? 1 : -1;
    const c = typeof x === 'string' && typeof y === 'string' ? compareVietnamese(x, y) : (x as number) - (y as number);
    return c * sign || byRank(a, b);
  });
}

/** Units ranked best and worst, for the Overview: ties at the edge are cut by input order. */
export function topAndBottom(rows: readonly LeagueRow[], n: number): { top: LeagueRow[]; bottom: LeagueRow[] } {
  const ranked = sortRows(rows.filter((r) => r.rank !== null), 'rank', 'asc');
  const top = ranked.slice(0, n);
  const bottom = ranked.slice(Math.max(n, ranked.length - n));
  return { top, bottom };
}
