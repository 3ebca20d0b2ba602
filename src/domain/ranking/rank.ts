/**
 * Standard competition ranking ("1, 2, 2, 4"): units with the same sort key share a rank and the next rank skips.
 * Units without a key (no data) get no rank. Scores are compared at one decimal, the precision they are shown
 * with, so two units shown with the same score always share a rank.
 */
export const scoreKey = (score: number) => Math.round(score * 10);

export function competitionRanks<K>(items: ReadonlyArray<{ readonly key: K; readonly sortKey: number | null }>, better: 'higher' | 'lower'): Map<K, number | null> {
  const ranked = items.filter((i): i is { key: K; sortKey: number } => i.sortKey !== null);
  const ranks = new Map<K, number | null>(items.map((i) => [i.key, null]));
  for (const item of ranked) {
    const ahead = ranked.filter((o) => (better === 'higher' ? o.sortKey > item.sortKey : o.sortKey < item.sortKey)).length;
    ranks.set(item.key, ahead + 1);
  }
  return ranks;
}

/** Places gained since the previous period (positive = moved up); null when either rank is missing. */
export function rankChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : previous - current;
}
