import type { LegalBasis } from '../../domain/disclosure';
import { PERMANENT_POSTING_DAYS, type ContentsByBasis } from '../../domain/disclosure-contents';

/** The legal minimum posting time of a list, grouped: "30 days: items 1–3, 5–12, 14; permanently: items 4, 13". */
export interface PostingThreshold {
  readonly basis: LegalBasis;
  readonly days: number;
  /** Contents posted permanently (Law 10/2022 items 4 and 13), checked as "up the whole quarter". */
  readonly permanent: boolean;
  /** Item numbers in the article, ascending. */
  readonly items: readonly number[];
}

/** Read from the contents list the reporting system serves, so the threshold shown is the one the counts used. */
export function postingThresholds(contentsByBasis: ContentsByBasis, bases: readonly LegalBasis[]): PostingThreshold[] {
  return bases.flatMap((basis) => {
    const byDays = new Map<number, number[]>();
    contentsByBasis[basis].forEach((c, i) => {
      const list = byDays.get(c.minDaysPosted);
      if (list) list.push(i + 1);
      else byDays.set(c.minDaysPosted, [i + 1]);
    });
    return [...byDays]
      .sort(([a], [b]) => a - b)
      .map(([days, items]) => ({ basis, days, permanent: days >= PERMANENT_POSTING_DAYS, items }));
  });
}

/** [1, 2, 3, 5, 6, 7, 14] → "1–3, 5–7, 14". */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (n === previous + 1) {
      previous = n;
      continue;
    }
    parts.push(start === previous ? String(start) : previous === start + 1 ? `${start}, ${previous}` : `${start}–${previous}`);
    start = n;
    previous = n;
  }
  return parts.join(', ');
}
