import { PETITION_TYPES, type ComplaintMonth, type PetitionType } from '../../domain/complaints';
import { belowReceptionMinimum, complaintTotals, type ComplaintTotals } from '../../domain/complaints-metrics';
import { indicatorDataOf, measureAll, provinceScope, unitsScope, type Figures, type IndicatorData, type UnitScope } from '../../domain/indicators';
import { monthKey, monthsOf, type MonthKey, type Period } from '../../domain/period';
import { per10k, populationOf, type PopulationLookup } from '../../domain/population';

/**
 * What the complaints page shows of the monthly reports. Every indicator (per 10,000 residents, resolution,
 * overdue, repeat and over-level shares, reception) is the catalogue's `measure()` for the unit or the province,
 * the function the Overview, the league table, the unit page and the slides read; the counts by type and the
 * reception details beside them are the domain's `complaintTotals` of the same months.
 */

export interface UnitLabel {
  readonly code: string;
  readonly name: string;
}

const COMPLAINT_IDS = [
  'complaints.received',
  'complaints.per10k',
  'complaints.resolution',
  'complaints.overdue',
  'complaints.overLevelShare',
  'complaints.repeatShare',
  'complaints.sessionsHeld',
  'complaints.reception',
] as const;
export type ComplaintIndicator = (typeof COMPLAINT_IDS)[number];

/** One unit's (or the province's) figures for the period. */
export interface ScopeFigures extends UnitLabel {
  /** The catalogue's measurements. */
  readonly measures: Figures<ComplaintIndicator>;
  /** The counts behind them, for the breakdowns; null when a month of the period has no report. */
  readonly totals: ComplaintTotals | null;
  /** Residents, for rates per 10,000 (the denominator `measure()` used); null when unknown. */
  readonly population: number | null;
}

/** The period's counts for the units given (all units when undefined), or null when a month has no report. */
function periodTotals(records: readonly ComplaintMonth[], months: readonly MonthKey[], unitCodes?: ReadonlySet<string>): ComplaintTotals | null {
  const totals = complaintTotals(records, months, unitCodes);
  return totals.monthsReported === months.length ? totals : null;
}

/** What `measure()` reads for this page: the petitions by year and the residents of each unit. */
export function complaintData(byYear: ReadonlyMap<number, readonly ComplaintMonth[]>, population: PopulationLookup): IndicatorData {
  return indicatorDataOf({ complaintsByYear: byYear, population: (code) => population(code)?.population ?? null });
}

/** The same from a list of monthly reports of any years (the districts' population: tests and slides' checks). */
export function complaintDataOf(records: readonly ComplaintMonth[], population: PopulationLookup = populationOf): IndicatorData {
  const byYear = new Map<number, ComplaintMonth[]>();
  for (const r of records) {
    const year = Number(r.month.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), r]);
  }
  return complaintData(byYear, population);
}

function scopeFigures(data: IndicatorData, scope: UnitScope, period: Period, label: UnitLabel): ScopeFigures {
  const measures = measureAll(COMPLAINT_IDS, data, scope, period);
  const records = data.complaintsByYear?.get(period.year) ?? [];
  const per10kMeasure = measures['complaints.per10k'];
  return {
    ...label,
    measures,
    totals: periodTotals(records, monthsOf(period), scope.kind === 'units' ? new Set(scope.codes) : undefined),
    population: per10kMeasure.reason === 'noPopulation' ? null : per10kMeasure.denominator,
  };
}

/** One row per district in force, in the order given. */
export function districtFigures(data: IndicatorData, period: Period, districts: readonly UnitLabel[]): ScopeFigures[] {
  return districts.map((d) => scopeFigures(data, unitsScope([d.code]), period, d));
}

/**
 * "Toàn tỉnh": every report of the province, its residents those of the units in force. A rate per 10,000 over a
 * partly known population would mislead, so one unknown population gives "no data" (the catalogue's rule).
 */
export function provinceFigures(data: IndicatorData, period: Period, districts: readonly UnitLabel[], name: string, code: string): ScopeFigures {
  return scopeFigures(data, provinceScope(districts.map((d) => d.code)), period, { code, name });
}

// The catalogue's values, by name.
const catalogueValue = (id: ComplaintIndicator) => (f: ScopeFigures) => f.measures[id].value;
export const receivedOf = catalogueValue('complaints.received');
export const per10kOf = catalogueValue('complaints.per10k');
export const resolutionOf = catalogueValue('complaints.resolution');
export const overdueShareOf = catalogueValue('complaints.overdue');
export const repeatShareOf = catalogueValue('complaints.repeatShare');
export const overLevelShareOf = catalogueValue('complaints.overLevelShare');
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
