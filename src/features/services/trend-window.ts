import { monthKey, monthsOf, type MonthKey, type Period } from '../../domain/period';

/**
 * The twelve months ending with the period's last month, clipped to the months with data: one window for every
 * kind of period, so a quarter or a month is seen in the year around it, with its own months shaded.
 */
export function trendMonths(period: Period, isAvailable: (month: Period) => boolean, length = 12): Period[] {
  const last = monthsOf(period).at(-1) as MonthKey;
  let year = Number(last.slice(0, 4));
  let month = Number(last.slice(5, 7));
  const out: Period[] = [];
  for (let i = 0; i < length; i++) {
    const p: Period = { kind: 'month', year, index: month };
    if (isAvailable(p)) out.unshift(p);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out;
}

/** Calendar years the window and its "same months last year" comparison need. */
export function yearsForWindow(window: readonly Period[], isYearAvailable: (year: number) => boolean): number[] {
  const years = new Set<number>();
  for (const p of window) {
    years.add(p.year);
    years.add(p.year - 1);
  }
  return [...years].filter(isYearAvailable).toSorted((a, b) => a - b);
}

export const monthKeyOf = (p: Period): MonthKey => monthKey(p.year, p.index ?? 1);

