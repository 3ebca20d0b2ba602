import { PETITION_TYPES, type ComplaintMonth, type PetitionType } from '../../domain/complaints';
import { belowReceptionMinimum, complaintTotals, type ComplaintTotals } from '../../domain/complaints-metrics';
import { monthKey, monthsOf, type MonthKey, type Period } from '../../domain/period';
import { per10k, populationOf } from '../../domain/population';
import { rateOf, ratio } from '../../domain/ratio';

/**
 * What the complaints page derives from the monthly reports. Every figure goes through `complaintTotals`, the
 * function behind the Overview's KPIs, with the Overview's rule for incomplete periods (a month without a report
 * gives "no data", never a partial sum), so the map, the rankings, the tables and the KPI cannot drift apart.
 */

export interface UnitLabel {
  readonly code: string;
  readonly name: string;
}

/** One unit's (or the province's) figures for the period. */
export interface ScopeFigures extends UnitLabel {
  /** Null when a month of the period has no report. */
  readonly totals: ComplaintTotals | null;
  /** Residents, for rates per 10,000; null when unknown. */
  readonly population: number | null;
}

/** The period's totals for the units given (all units when undefined), or null when a month has no report. */
export function periodTotals(records: readonly ComplaintMonth[], months: readonly MonthKey[], unitCodes?: ReadonlySet<string>): ComplaintTotals | null {
  const totals = complaintTotals(records, months, unitCodes);
  return totals.monthsReported === months.length ? totals : null;
}

/** One row per district in force, in the order given. */
export function districtFigures(records: readonly ComplaintMonth[], period: Period, districts: readonly UnitLabel[]): ScopeFigures[] {
  const months = monthsOf(period);
  return districts.map((d) => ({
    code: d.code,
    name: d.name,
    totals: periodTotals(records, months, new Set([d.code])),
    population: populationOf(d.code)?.population ?? null,
  }));
}

/**
 * The province: counts pooled over every report, residents summed over the districts in force. A rate per
 * 10,000 over a partly known population would mislead, so one unknown population gives "no data".
 */
export function provinceFigures(records: readonly ComplaintMonth[], period: Period, districts: readonly UnitLabel[], name: string, code: string): ScopeFigures {
  const populations = districts.map((d) => populationOf(d.code)?.population ?? null);
  const population = populations.some((p) => p === null) ? null : populations.reduce<number>((s, p) => s + (p ?? 0), 0);
  return { code, name, totals: periodTotals(records, monthsOf(period)), population };
}

// Indicators of one scope. Shares pool counts (never average rates); a share of nothing is "no data".
export const receivedOf = (f: ScopeFigures) => f.totals?.received ?? null;
export const per10kOf = (f: ScopeFigures) => (f.totals ? per10k(f.totals.received, f.population) : null);
export const resolutionOf = (f: ScopeFigures) => (f.totals ? rateOf(f.totals.resolution) : null);
export const overdueShareOf = (f: ScopeFigures) => (f.totals ? rateOf(ratio(f.totals.overdue, f.totals.withinJurisdiction)) : null);
export const repeatShareOf = (f: ScopeFigures) => (f.totals ? rateOf(ratio(f.totals.repeat, f.totals.received)) : null);
export const overLevelShareOf = (f: ScopeFigures) => (f.totals ? rateOf(ratio(f.totals.overLevel, f.totals.received)) : null);
/** Within jurisdiction, neither resolved nor past the deadline: still being handled in time. */
export const pendingInTime = (t: ComplaintTotals) => t.withinJurisdiction - t.resolved - t.overdue;

/** The indicator the map and the ranking show; the page offers the other as a switch. */
export type Headline = 'per10k' | 'resolution';
export const HEADLINES: readonly Headline[] = ['per10k', 'resolution'];
export const headlineValue = (f: ScopeFigures, h: Headline) => (h === 'per10k' ? per10kOf(f) : resolutionOf(f));

/** Counts per type, absolute or per 10,000 residents (null without a population). */
export type CountScale = 'absolute' | 'per10k';
export function typeCounts(f: ScopeFigures, scale: CountScale): Record<PetitionType, number | null> {
  const out = {} as Record<PetitionType, number | null>;
  for (const type of PETITION_TYPES) {
    const count = f.totals?.receivedByType[type] ?? null;
    out[type] = count === null ? null : scale === 'absolute' ? count : per10k(count, f.population);
  }
  return out;
}

export interface MonthByType {
  readonly month: MonthKey;
  /** Null when no unit in scope reported for the month. */
  readonly byType: Readonly<Record<PetitionType, number>> | null;
  readonly total: number | null;
}

/** The twelve months of a year for the units given (all when undefined). */
export function monthlyByType(records: readonly ComplaintMonth[], year: number, unitCodes?: ReadonlySet<string>): MonthByType[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = monthKey(year, i + 1);
    const t = periodTotals(records, [month], unitCodes);
    return { month, byType: t ? t.receivedByType : null, total: t ? t.received : null };
  });
}

/** Months of the period in which the chair held fewer regular sessions than the legal minimum. */
export function monthsBelowMinimum(records: readonly ComplaintMonth[], months: readonly MonthKey[], unitCode: string): number {
  const wanted = new Set(months);
  return records.filter((r) => r.unitCode === unitCode && wanted.has(r.month) && r.chairSessions.regular < r.chairSessionsRequired).length;
}

/** Units whose chair missed the monthly minimum in some month of the period (judged month by month, as the law does). */
export const unitsBelowMinimum = (figures: readonly ScopeFigures[]): ScopeFigures[] =>
  figures.filter((f) => f.totals !== null && belowReceptionMinimum(f.totals));

/** The legal minimum for the period as the reports state it (the same for every district-level unit); null without data. */
export function requiredSessions(figures: readonly ScopeFigures[]): number | null {
  const counts = new Map<number, number>();
  for (const f of figures) if (f.totals) counts.set(f.totals.chairSessionsRequired, (counts.get(f.totals.chairSessionsRequired) ?? 0) + 1);
  let best: number | null = null;
  for (const [value, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = value;
  return best;
}

/** Units by an indicator, highest first; units without a value last, in the order given. */
export function byValueDescending<F>(figures: readonly F[], valueOf: (f: F) => number | null): F[] {
  const withValue = figures.filter((f) => valueOf(f) !== null).toSorted((a, b) => (valueOf(b) as number) - (valueOf(a) as number));
  return [...withValue, ...figures.filter((f) => valueOf(f) === null)];
}
