import { compareVietnamese } from '../../domain/units';
import { THEMES, type IndicatorId, type PeriodRanking, type ThemeId, type TierId } from '../../domain/ranking';
import { rankChange, rankHistory, unitIn } from '../../domain/ranking';

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
  /** Overall rank in each period of the rankings, oldest first. */
  readonly history: readonly (number | null)[];
  readonly missing: readonly IndicatorId[];
}

/** Rows of the last ranking given, compared with the one before it. */
export function leagueRows(rankings: readonly PeriodRanking[], names: ReadonlyMap<string, string>): LeagueRow[] {
  const current = rankings.at(-1);
  if (!current) return [];
  const previous = rankings.length > 1 ? rankings.at(-2) : undefined;
  return current.units.map((u) => {
    const before = previous ? unitIn(previous, u.code) : null;
    const change = rankChange(u.rank, before?.rank ?? null);
    const themes = {} as Record<ThemeId, { rank: number | null; score: number | null }>;
    for (const t of THEMES) themes[t] = { rank: u.themes[t].rank, score: u.themes[t].score };
    return {
      code: u.code,
      name: names.get(u.code) ?? u.code,
      rank: u.rank,
      score: u.score,
      tier: u.tier,
      change,
      isNew: previous !== undefined && u.rank !== null && (before?.rank ?? null) === null,
      themes,
      history: rankHistory(rankings, u.code),
      missing: u.missing,
    };
  });
}

export type SortColumn = 'rank' | 'unit' | 'score' | 'tier' | 'change' | ThemeId;
export type SortDirection = 'asc' | 'desc';

/** The direction a column sorts in on its first click: best first for every figure, A–Z for names. */
export const FIRST_DIRECTION: Readonly<Record<SortColumn, SortDirection>> = {
  rank: 'asc',
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
