import type { EmulationModel } from '../../domain/emulation';
import { countModels, type ModelSummary } from '../../domain/emulation-metrics';
import { indicatorDataOf, measureAll, provinceScope, stockYearOf as catalogueStockYear, unitsScope, type Figures, type IndicatorData } from '../../domain/indicators';
import type { Period } from '../../domain/period';

/**
 * What the "Dân vận khéo" page shows of the registry. The registry records years, not dates, so every count is a
 * stock at the end of a calendar year; every indicator (models, exemplary, per 10,000 residents, the shares) is the
 * catalogue's `measure()`, the function the Overview, the league table and the slides read.
 */

/**
 * The year whose year-end stock a period shows. A whole year shows its own year-end; a quarter, a month or a
 * 6- or 9-month period ends before the year does, so the last stock known at its end is the previous year's.
 */
export const stockYearOf = (period: Period): number => catalogueStockYear(period);

/** The indicator the map and the ranking show; the page offers the others as a switch. */
export type UnitMetric = 'exemplaryShare' | 'per10k' | 'models' | 'exemplary';
export const UNIT_METRICS: readonly UnitMetric[] = ['exemplaryShare', 'per10k', 'models', 'exemplary'];

const EMULATION_IDS = [
  'emulation.models',
  'emulation.exemplary',
  'emulation.modelsPer10k',
  'emulation.exemplaryShare',
  'emulation.recognisedShare',
  'emulation.replicatedShare',
] as const;
export type EmulationIndicator = (typeof EMULATION_IDS)[number];
export type EmulationFigures = Figures<EmulationIndicator>;

/** The catalogue indicator behind each switchable metric. */
export const METRIC_INDICATOR: Readonly<Record<UnitMetric, EmulationIndicator>> = {
  exemplaryShare: 'emulation.exemplaryShare',
  per10k: 'emulation.modelsPer10k',
  models: 'emulation.models',
  exemplary: 'emulation.exemplary',
};

/** Resident population of a unit, or null when the dashboard has none. */
export type PopulationOf = (code: string) => number | null;

/** What `measure()` reads for this page: the registry and the residents of each unit. */
export const emulationData = (models: readonly EmulationModel[], population: PopulationOf): IndicatorData => indicatorDataOf({ models, population });

const yearEnd = (year: number): Period => ({ kind: 'year', year });

/** Each unit's figures at the end of `year`, by code, in the order given. */
export function unitFigures(data: IndicatorData, year: number, codes: readonly string[]): Map<string, EmulationFigures> {
  return new Map(codes.map((code) => [code, measureAll(EMULATION_IDS, data, unitsScope([code]), yearEnd(year))]));
}

/**
 * "Toàn tỉnh": every model of the registry, residents those of the units in force; pooled, never an average of the
 * units' rates. One unit with no population gives no rate per 10,000 (the catalogue's rule).
 */
export const provinceFigures = (data: IndicatorData, year: number, codes: readonly string[]): EmulationFigures =>
  measureAll(EMULATION_IDS, data, provinceScope(codes), yearEnd(year));

/** A metric's value in a set of figures; null when missing (a share of a unit without models is "no data"). */
export const metricOf = (f: EmulationFigures | null | undefined, metric: UnitMetric): number | null => f?.[METRIC_INDICATOR[metric]].value ?? null;
export const valueIn = (f: EmulationFigures | null | undefined, id: EmulationIndicator): number | null => f?.[id].value ?? null;

export const isShare = (metric: UnitMetric) => metric === 'exemplaryShare';
export const isCount = (metric: UnitMetric) => metric === 'models' || metric === 'exemplary';

/** Value of a metric per unit code, in the map's order. */
export function metricValues(figures: ReadonlyMap<string, EmulationFigures>, metric: UnitMetric): Map<string, number | null> {
  return new Map([...figures].map(([code, f]) => [code, metricOf(f, metric)]));
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
    const s = countModels(models, year, unitCodes);
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
