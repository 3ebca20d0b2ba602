import type { LegalBasis } from '../../domain/disclosure';
import { postingRuleOf, type ContentsByBasis } from '../../domain/disclosure-contents';

/** The legal posting time of a list, grouped: "30 days: items 1–3, 5–12; permanently: items 4, 13; no minimum: 14". */
export interface PostingThreshold {
  readonly basis: LegalBasis;
  /** The minimum in days; null for permanent posting and for contents without a minimum. */
  readonly days: number | null;
  /** Contents posted permanently (Law 10/2022 items 4 and 13), checked as "still up at the quarter's end". */
  readonly permanent: boolean;
  /** Item numbers in the article, ascending. */
  readonly items: readonly number[];
}

/** Read from the contents list the reporting system serves, so the threshold shown is the one the counts used. */
export function postingThresholds(contentsByBasis: ContentsByBasis, bases: readonly LegalBasis[]): PostingThreshold[] {
  return bases.flatMap((basis) => {
    // Keyed "30", "permanent", "none"; minimums first, then permanent posting, then contents without a minimum.
    const byRule = new Map<string, number[]>();
    contentsByBasis[basis].forEach((c, i) => {
      const rule = postingRuleOf(c);
      const key = rule.kind === 'minimumDays' ? String(rule.days) : rule.kind;
      const list = byRule.get(key);
      if (list) list.push(i + 1);
      else byRule.set(key, [i + 1]);
    });
    const order = (key: string) => (key === 'permanent' ? 1e9 : key === 'none' ? 2e9 : Number(key));
    return [...byRule]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([key, items]) => ({ basis, days: key === 'permanent' || key === 'none' ? null : Number(key), permanent: key === 'permanent', items }));
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
