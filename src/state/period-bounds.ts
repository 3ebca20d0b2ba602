import { monthsOf, parsePeriod, periodKey, type Period } from '../domain/period';
import type { AppConfig } from '../config/schema';

export interface PeriodBounds {
  readonly firstMonth: string;
  readonly lastMonth: string;
}

export const boundsOf = (config: AppConfig): PeriodBounds => config.periods;

/** A period is offered when every month of it has data. */
export function periodAvailable(p: Period, bounds: PeriodBounds): boolean {
  const months = monthsOf(p);
  return (months[0] ?? '') >= bounds.firstMonth && (months[months.length - 1] ?? '') <= bounds.lastMonth;
}

/**
 * The view a link without `?period=` opens on: the latest *full* period with data. When the data reach December
 * that is the year (what a year-end briefing starts from). Otherwise it is the latest complete quarter (2026-Q3
 * when data reach 2026-11): the province reports by quarter (TT 02/2021), a quarter is long enough not to be
 * noise, and a year or quarter cut off part-way would be compared as if it were whole. Only when no complete
 * quarter lies within the bounds does it fall back to the last month.
 */
export function defaultPeriod(bounds: PeriodBounds): Period {
  const [lastYear, lastMonth] = bounds.lastMonth.split('-').map(Number) as [number, number];
  if (lastMonth === 12) return { kind: 'year', year: lastYear };
  const quarter = Math.floor(lastMonth / 3);
  const complete: Period = quarter > 0 ? { kind: 'quarter', year: lastYear, index: quarter } : { kind: 'quarter', year: lastYear - 1, index: 4 };
  return periodAvailable(complete, bounds) ? complete : { kind: 'month', year: lastYear, index: lastMonth };
}

/** Reads the period from the URL; anything unknown or out of range falls back to the default rather than an empty page. */
export function resolvePeriod(text: string | null, bounds: PeriodBounds): Period {
  return checkPeriod(text, bounds).period;
}

/**
 * Like resolvePeriod, and also says whether a given text had to be replaced: the page then tells the reader, since a
 * link that silently shows another period than the one its sender meant is a wrong figure shown as fact.
 */
export function checkPeriod(text: string | null, bounds: PeriodBounds): { period: Period; replaced: boolean } {
  const parsed = parsePeriod(text);
  if (parsed && periodAvailable(parsed, bounds)) return { period: parsed, replaced: false };
  return { period: defaultPeriod(bounds), replaced: text !== null };
}

export function yearsAvailable(bounds: PeriodBounds): number[] {
  const first = Number(bounds.firstMonth.slice(0, 4));
  const last = Number(bounds.lastMonth.slice(0, 4));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

export { periodKey };
