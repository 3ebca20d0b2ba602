import type { EmulationModel } from '../../domain/emulation';
import { summariseModels, type ModelCounts, type ModelSummary } from '../../domain/emulation-metrics';
import type { Period } from '../../domain/period';
import { per10k } from '../../domain/population';
import { rateOf, ratio, type Ratio } from '../../domain/ratio';

/**
 * What the "Dân vận khéo" page derives from the registry. The registry records years, not dates, so every count is
 * a stock at the end of a calendar year: all figures go through `summariseModels`, the same function the Overview's
 * KPI agrees with, so the map, the ranking, the tables and the KPI cannot drift apart.
 */

/**
 * The year whose year-end stock a period shows. A whole year shows its own year-end; a quarter, a month or a
 * 6- or 9-month period ends before the year does, so the last stock known at its end is the previous year's.
 */
export function stockYearOf(period: Period): number {
  return period.kind === 'year' ? period.year : period.year - 1;
}

/** The indicator the map and the ranking show; the page offers the others as a switch. */
export type UnitMetric = 'exemplaryShare' | 'per10k' | 'models' | 'exemplary';
export const UNIT_METRICS: readonly UnitMetric[] = ['exemplaryShare', 'per10k', 'models', 'exemplary'];

export const exemplaryShare = (c: ModelCounts): Ratio => ratio(c.exemplary, c.models);
export const recognisedShare = (c: ModelCounts): Ratio => ratio(c.recognised, c.models);

/** Resident population of a unit, or null when the dashboard has none. */
export type PopulationOf = (code: string) => number | null;

/**
 * A unit's value of the indicator. A share of a unit without models is "no data", never 0 %; so is a rate per
 * 10,000 residents of a unit whose population is unknown.
 */
export function metricValue(c: ModelCounts, metric: UnitMetric, population: number | null = null): number | null {
  switch (metric) {
    case 'exemplaryShare':
      return rateOf(exemplaryShare(c));
    case 'per10k':
      return per10k(c.models, population);
    case 'models':
      return c.models;
    case 'exemplary':
      return c.exemplary;
  }
}

export const isShare = (metric: UnitMetric) => metric === 'exemplaryShare';
export const isCount = (metric: UnitMetric) => metric === 'models' || metric === 'exemplary';

/** Value per district code, in the order of the summary's districts. */
export function unitMetricValues(summary: ModelSummary, metric: UnitMetric, populationOf: PopulationOf = () => null): Map<string, number | null> {
  return new Map(summary.districts.map((d) => [d.unitCode, metricValue(d, metric, populationOf(d.unitCode))]));
}

/**
 * The province's value of the indicator, pooled, never an average of the units' rates. Per 10,000 residents pools
 * the units whose population is known (models of the others have no denominator to go with).
 */
export function provinceMetricValue(summary: ModelSummary, metric: UnitMetric, populationOf: PopulationOf = () => null): number | null {
  if (metric !== 'per10k') return metricValue(summary.province, metric);
  let models = 0;
  let residents = 0;
  for (const d of summary.districts) {
    const population = populationOf(d.unitCode);
    if (population === null || population <= 0) continue;
    models += d.models;
    residents += population;
  }
  return per10k(models, residents);
}

/** First and last year the registry speaks of: registrations, recognitions and exemplary titles. */
export function registryYears(models: readonly EmulationModel[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const m of models) {
    first = Math.min(first, m.yearRegistered);
    last = Math.max(last, m.yearRegistered, m.yearRecognised ?? -Infinity, m.yearExemplary ?? -Infinity);
  }
  return Number.isFinite(first) ? { first, last } : null;
}

export interface GrowthRow {
  readonly year: number;
  /** Null where the unit did not exist yet: a gap, not a misleading zero. */
  readonly models: number | null;
  readonly recognised: number | null;
  readonly exemplary: number | null;
  readonly registeredInYear: number | null;
}

/**
 * Year-end stocks and the year's registrations, year by year, for the whole province or the units given.
 * `existsFrom` is the first year of a unit founded later (Thị xã Kỳ Anh, April 2015): earlier years without models
 * are gaps.
 */
export function growthByYear(
  models: readonly EmulationModel[],
  firstYear: number,
  lastYear: number,
  unitCodes?: readonly string[],
  existsFrom?: number | null,
): GrowthRow[] {
  const rows: GrowthRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const s = summariseModels(models, year, unitCodes).selection;
    // A model the registry dates before the unit existed is data to show, not to hide: only empty years become gaps.
    if (existsFrom !== undefined && existsFrom !== null && year < existsFrom && s.models === 0) {
      rows.push({ year, models: null, recognised: null, exemplary: null, registeredInYear: null });
    } else {
      rows.push({ year, models: s.models, recognised: s.recognised, exemplary: s.exemplary, registeredInYear: s.registeredInYear });
    }
  }
  return rows;
}

export interface Extremes {
  readonly highest: { readonly code: string; readonly value: number };
  readonly lowest: { readonly code: string; readonly value: number };
}

/** The units at both ends of an indicator (first in the order given on ties), or null with fewer than two values. */
export function extremesOf(values: ReadonlyMap<string, number | null>): Extremes | null {
  let highest: Extremes['highest'] | null = null;
  let lowest: Extremes['lowest'] | null = null;
  let count = 0;
  for (const [code, value] of values) {
    if (value === null) continue;
    count++;
    if (!highest || value > highest.value) highest = { code, value };
    if (!lowest || value < lowest.value) lowest = { code, value };
  }
  return highest && lowest && count >= 2 ? { highest, lowest } : null;
}

/** Models of units the catalogue does not list for the period: counted in the province, shown in no district. */
export function unlistedModels(summary: ModelSummary): number {
  return summary.province.models - summary.districts.reduce((sum, d) => sum + d.models, 0);
}
