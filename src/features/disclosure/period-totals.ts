import type { DistrictDisclosureQuarter } from '../../domain/disclosure';
import type { DisclosureCounts } from '../../domain/disclosure-metrics';
import type { ValueOf } from '../../domain/kpi';
import { quartersOf, type Period, type QuarterKey } from '../../domain/period';
import { rateOf, ratio, type Ratio } from '../../domain/ratio';

/**
 * The counts behind every disclosure rate, as the reporting app's district roll-up gives them and as commune
 * reports add up to. `required` already follows the list in force in each quarter (11 contents under Ordinance
 * 34/2007, 14 under Law 10/2022), so pooling quarters across the 2023-07 switch weighs each by its own list.
 */
export interface DisclosureTotals {
  readonly reports: number;
  readonly filed: number;
  /** Commune-quarters under Law 10/2022, which asks for the quarterly list (Art. 13(2)); none before 1 Jul 2023. */
  readonly listsRequired: number;
  readonly listsPosted: number;
  readonly required: number;
  readonly published: number;
  readonly publishedOnTime: number;
  readonly postedLongEnough: number;
}

export type DisclosureMeasure = 'onTime' | 'published' | 'postedLongEnough' | 'listPosted' | 'filed';

export const DISCLOSURE_MEASURES: readonly DisclosureMeasure[] = ['onTime', 'published', 'postedLongEnough', 'listPosted', 'filed'];

export const ZERO_TOTALS: DisclosureTotals = { reports: 0, filed: 0, listsRequired: 0, listsPosted: 0, required: 0, published: 0, publishedOnTime: 0, postedLongEnough: 0 };

export function addTotals(a: DisclosureTotals, b: DisclosureTotals): DisclosureTotals {
  return {
    reports: a.reports + b.reports,
    filed: a.filed + b.filed,
    listsRequired: a.listsRequired + b.listsRequired,
    listsPosted: a.listsPosted + b.listsPosted,
    required: a.required + b.required,
    published: a.published + b.published,
    publishedOnTime: a.publishedOnTime + b.publishedOnTime,
    postedLongEnough: a.postedLongEnough + b.postedLongEnough,
  };
}

export const sumTotals = (all: Iterable<DisclosureTotals>): DisclosureTotals => [...all].reduce(addTotals, ZERO_TOTALS);

/** A summary row's counts (the roll-up row also names district, quarter and basis). */
export const totalsOfRow = (r: DistrictDisclosureQuarter): DisclosureTotals => ({
  reports: r.reports,
  filed: r.filed,
  listsRequired: r.basis === 'LUAT10_2022' ? r.reports : 0,
  listsPosted: r.basis === 'LUAT10_2022' ? r.listsPosted : 0,
  required: r.required,
  published: r.published,
  publishedOnTime: r.publishedOnTime,
  postedLongEnough: r.postedLongEnough,
});

/** Counts of a commune-report tally (summariseDisclosure), without the channel breakdown the roll-up lacks. */
export const totalsOfCounts = (c: DisclosureCounts): DisclosureTotals => ({
  reports: c.reports,
  filed: c.filed,
  listsRequired: c.listsRequired,
  listsPosted: c.listsPosted,
  required: c.required,
  published: c.published,
  publishedOnTime: c.publishedOnTime,
  postedLongEnough: c.postedLongEnough,
});

/** Each measure as numerator / denominator: content measures over required contents, report measures over reports. */
export function measureRatio(t: DisclosureTotals, measure: DisclosureMeasure): Ratio {
  switch (measure) {
    case 'onTime':
      return ratio(t.publishedOnTime, t.required);
    case 'published':
      return ratio(t.published, t.required);
    case 'postedLongEnough':
      return ratio(t.postedLongEnough, t.required);
    case 'listPosted':
      return ratio(t.listsPosted, t.listsRequired);
    case 'filed':
      return ratio(t.filed, t.reports);
  }
}

export const measureRate = (t: DisclosureTotals | null, measure: DisclosureMeasure): number | null =>
  t === null ? null : rateOf(measureRatio(t, measure));

/** Summary rows by quarter, then by district: every look-up below is one map read. */
export type SummaryIndex = ReadonlyMap<QuarterKey, ReadonlyMap<string, DistrictDisclosureQuarter>>;

export function indexSummary(rows: readonly DistrictDisclosureQuarter[]): SummaryIndex {
  const index = new Map<QuarterKey, Map<string, DistrictDisclosureQuarter>>();
  for (const r of rows) {
    let byDistrict = index.get(r.quarter);
    if (!byDistrict) {
      byDistrict = new Map();
      index.set(r.quarter, byDistrict);
    }
    byDistrict.set(r.districtCode, r);
  }
  return index;
}

/** One quarter's totals for the scope (all districts when no codes are given); null when the scope has no row. */
export function quarterTotals(index: SummaryIndex, quarter: QuarterKey, unitCodes?: ReadonlySet<string>): DisclosureTotals | null {
  const byDistrict = index.get(quarter);
  if (!byDistrict) return null;
  const rows = unitCodes ? [...byDistrict.values()].filter((r) => unitCodes.has(r.districtCode)) : [...byDistrict.values()];
  return rows.length > 0 ? sumTotals(rows.map(totalsOfRow)) : null;
}

/**
 * Pooled totals of the quarters a period touches (a month shows its quarter), as the Overview computes its KPI.
 * Null when any of those quarters has no row for the scope: a partial sum would pass for the whole period.
 */
export function periodTotals(index: SummaryIndex, period: Period, unitCodes?: ReadonlySet<string>): DisclosureTotals | null {
  let total = ZERO_TOTALS;
  for (const q of quartersOf(period)) {
    const t = quarterTotals(index, q, unitCodes);
    if (t === null) return null;
    total = addTotals(total, t);
  }
  return total;
}

/** Each district's pooled totals for the period, for the map, the ranking and their tables. */
export function districtPeriodTotals(index: SummaryIndex, period: Period, districtCodes: readonly string[]): Map<string, DisclosureTotals | null> {
  return new Map(districtCodes.map((code) => [code, periodTotals(index, period, new Set([code]))]));
}

/** A measure of the scope as a function of the period, for kpiFigure (value, comparisons, trend). */
export function scopeValueOf(index: SummaryIndex, measure: DisclosureMeasure, unitCodes?: ReadonlySet<string>): ValueOf {
  return (p) => measureRate(periodTotals(index, p, unitCodes), measure);
}
