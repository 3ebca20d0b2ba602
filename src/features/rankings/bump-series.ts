import { comparablePeriods, groupRanks, type PeerGroups, type SameTerritory, type SetRanking } from '../../domain/ranking';
import type { BumpSeries } from './build-bump-option';
import type { LeagueRow } from './league-rows';

export interface BumpData {
  readonly categories: readonly string[];
  readonly series: readonly BumpSeries[];
  /** The bottom of the rank axis. */
  readonly unitCount: number;
  /** Periods left out because they ranked another unit set (no unit of the chart comparable in them). */
  readonly hiddenPeriods: number;
  /** `group`: ranks within the chosen peer group; `top`: the top ten (and the selection) of a long table; `all`. */
  readonly mode: 'all' | 'top' | 'group';
}

/** More lines than this cannot be told apart, on a phone or from the back of a room. */
export const MAX_BUMP_LINES = 15;
const TOP = 10;

/**
 * What the bump chart draws. Only periods in which its units have comparable ranks (same unit set, or same
 * territory) are drawn, so one line never joins a district's rank to a commune's. With a peer group chosen, the
 * lines are ranks within the group, each period ranked among the group's members; in a long table without a group,
 * the top ten and the selected unit.
 */
export function bumpData(o: {
  readonly rows: readonly LeagueRow[];
  readonly series: readonly SetRanking[];
  readonly labels: readonly string[];
  readonly same: SameTerritory;
  readonly groups: PeerGroups | null;
  readonly group: string | null;
  readonly selectedCode: string | null;
}): BumpData {
  const inGroup = o.groups && o.group ? o.groups.groups.find((g) => g.key === o.group) : undefined;
  const ranked = o.rows.filter((r) => r.rank !== null).toSorted((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  let mode: BumpData['mode'] = 'all';
  let chosen = ranked;
  if (inGroup) {
    mode = 'group';
    chosen = ranked.filter((r) => inGroup.codes.includes(r.code));
  } else if (ranked.length > MAX_BUMP_LINES) {
    mode = 'top';
    chosen = ranked.filter((r, i) => i < TOP || r.code === o.selectedCode);
  }
  const codes = chosen.map((r) => r.code);
  const keep = comparablePeriods(o.series, codes, o.same);
  const groupOnly = inGroup && o.groups ? { ...o.groups, groups: [inGroup] } : null;
  const perPeriodGroupRanks = groupOnly ? keep.map((i) => groupRanks(o.series[i]!.ranking, groupOnly)) : null;
  const series = chosen.map((row): BumpSeries => ({
    code: row.code,
    name: row.name,
    ranks: keep.map((i, k) => (row.historyComparable[i] === false ? null : perPeriodGroupRanks ? (perPeriodGroupRanks[k]?.get(row.code) ?? null) : (row.history[i] ?? null))),
  }));
  const unitCount = mode === 'group' ? chosen.length : Math.max(1, ...series.flatMap((s) => s.ranks.filter((r): r is number => r !== null)));
  return { categories: keep.map((i) => o.labels[i] ?? ''), series, unitCount, hiddenPeriods: o.series.length - keep.length, mode };
}
