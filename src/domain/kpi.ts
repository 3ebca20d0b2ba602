import { periodKey, previousPeriod, samePeriodLastYear, trailingPeriods, type Period } from './period';
import { change } from './ratio';

/** A headline figure with what a briefing asks of it: the value, the two comparisons and a short trend. */
export interface KpiFigure {
  readonly current: number | null;
  readonly previous: number | null;
  readonly lastYear: number | null;
  readonly changeVsPrevious: number | null;
  readonly changeVsLastYear: number | null;
  readonly trend: ReadonlyArray<{ readonly period: Period; readonly key: string; readonly value: number | null }>;
}

export type ValueOf = (p: Period) => number | null;

/**
 * Builds a KPI from a value function. `isAvailable` tells which periods the upstream systems cover: the trend never
 * reaches before the first month of data, so it does not draw a misleading drop to zero.
 */
export function kpiFigure(period: Period, valueOf: ValueOf, isAvailable: (p: Period) => boolean, trendLength = 8): KpiFigure {
  const safe: ValueOf = (p) => (isAvailable(p) ? valueOf(p) : null);
  const current = safe(period);
  const previous = safe(previousPeriod(period));
  const lastYear = safe(samePeriodLastYear(period));
  const trend = trailingPeriods(period, trendLength)
    .filter(isAvailable)
    .map((p) => ({ period: p, key: periodKey(p), value: valueOf(p) }));
  return {
    current,
    previous,
    lastYear,
    changeVsPrevious: change(current, previous),
    changeVsLastYear: change(current, lastYear),
    trend,
  };
}

/** Calendar years a KPI of this period needs: the period, its comparisons and its trend. */
export function yearsForKpi(period: Period, isAvailable: (p: Period) => boolean, trendLength = 8): number[] {
  const periods = [...trailingPeriods(period, trendLength), previousPeriod(period), samePeriodLastYear(period)].filter(isAvailable);
  return [...new Set(periods.map((p) => p.year))].sort((a, b) => a - b);
}
