import type { ComplaintMonth } from '../complaints';
import { complaintTotals } from '../complaints-metrics';
import type { DistrictDisclosureQuarter } from '../disclosure';
import type { EmulationModel } from '../emulation';
import { summariseModels } from '../emulation-metrics';
import { monthsOf, periodEndDate, periodStartDate, quartersOf, type Period } from '../period';
import type { CaseFileMonth } from '../procedures';
import { caseFileTotals } from '../procedures-metrics';
import { ratio, rateOf, type Ratio } from '../ratio';
import { unitValidDuring, type AdminUnit } from '../units';
import { indicatorDef, type IndicatorId, type ThemeId } from './indicators';

/**
 * The indicator values a ranking needs, per unit, for one period: computed with the same domain functions the theme
 * pages use (complaintTotals, caseFileTotals, summariseModels, the disclosure roll-up), numerators and denominators
 * kept so the province figure pools them instead of averaging rates.
 */
export interface IndicatorValue {
  /** A share in [0, 1], or a count per 10,000 residents. */
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
}

export type IndicatorValues = Partial<Record<IndicatorId, IndicatorValue>>;

export interface UnitInputs {
  readonly code: string;
  /** An indicator absent here has no data for the unit in the period: the unit is not ranked on it. */
  readonly values: IndicatorValues;
}

export interface PeriodInputs {
  readonly period: Period;
  /** The units in force during the period, in the order given. */
  readonly units: readonly UnitInputs[];
  /** Province figures pooled over those units (Σ numerators / Σ denominators). */
  readonly province: IndicatorValues;
}

/** What the upstream systems gave; null for a source that failed or has not answered: its theme is then missing. */
export interface RankingSourceData {
  readonly disclosureRows: readonly DistrictDisclosureQuarter[] | null;
  readonly complaintsByYear: ReadonlyMap<number, readonly ComplaintMonth[]> | null;
  readonly caseFilesByYear: ReadonlyMap<number, readonly CaseFileMonth[]> | null;
  readonly models: readonly EmulationModel[] | null;
  readonly population: (code: string) => number | null;
}

/** Model counts are stocks at the end of a year: a period shorter than a year shows the stock at the end of the year before. */
export const emulationStockYear = (p: Period) => (p.kind === 'year' ? p.year : p.year - 1);

const share = (r: Ratio): IndicatorValue | null => {
  const value = rateOf(r);
  return value === null ? null : { value, numerator: r.numerator, denominator: r.denominator };
};

const perTenThousand = (count: number, population: number | null): IndicatorValue | null =>
  population && population > 0 ? { value: (count * 10_000) / population, numerator: count, denominator: population } : null;

type Entries = Array<[IndicatorId, IndicatorValue | null]>;

/** Disclosure is reported by quarter; a period pools the quarters it touches, and a quarter the unit did not report makes it "no data". */
function disclosureEntries(rows: readonly DistrictDisclosureQuarter[], code: string, p: Period): Entries {
  let required = 0, onTime = 0, reports = 0, lists = 0;
  for (const q of quartersOf(p)) {
    const row = rows.find((r) => r.districtCode === code && r.quarter === q);
    if (!row) return [];
    required += row.required;
    onTime += row.publishedOnTime;
    reports += row.reports;
    lists += row.listsPosted;
  }
  return [
    ['disclosure.onTime', share(ratio(onTime, required))],
    ['disclosure.listPosted', share(ratio(lists, reports))],
  ];
}

/** A period with a month the unit did not report has no complaint figures: a partial sum would rank it unfairly. */
function complaintEntries(byYear: ReadonlyMap<number, readonly ComplaintMonth[]>, code: string, p: Period, population: number | null): Entries {
  const records = byYear.get(p.year);
  if (!records) return [];
  const months = monthsOf(p);
  const t = complaintTotals(records, months, new Set([code]));
  if (t.monthsReported !== months.length) return [];
  return [
    ['complaints.resolution', share(t.resolution)],
    ['complaints.overdue', share(ratio(t.overdue, t.withinJurisdiction))],
    ['complaints.per10k', perTenThousand(t.received, population)],
    ['complaints.reception', share(t.receptionCompliance)],
  ];
}

/** The district People's Committee's own case files (owner = the district), not the departments'. */
function caseFileEntries(byYear: ReadonlyMap<number, readonly CaseFileMonth[]>, code: string, p: Period): Entries {
  const records = byYear.get(p.year);
  if (!records) return [];
  const months = monthsOf(p);
  const own = records.filter((r) => r.ownerKind === 'district' && r.ownerCode === code);
  const t = caseFileTotals(own, months);
  if (t.monthsReported !== months.length) return [];
  return [
    ['services.online', share(t.onlineShare)],
    ['services.onTime', share(t.onTime)],
  ];
}

function emulationEntries(counts: { models: number; exemplary: number } | undefined, population: number | null): Entries {
  if (!counts) return [];
  return [
    ['emulation.modelsPer10k', perTenThousand(counts.models, population)],
    ['emulation.exemplaryShare', share(ratio(counts.exemplary, counts.models))],
  ];
}

/** Which themes each source feeds: a failed source leaves its theme without data for every unit. */
export const THEME_SOURCE: Readonly<Record<ThemeId, 'disclosure' | 'complaints' | 'procedures' | 'emulation'>> = {
  disclosure: 'disclosure',
  complaints: 'complaints',
  services: 'procedures',
  emulation: 'emulation',
};

/**
 * The units a period ranks: those the catalogue has in force on any day of it. Lộc Hà (448), merged into Thạch Hà
 * on 1 Jan 2025, is ranked up to 2024 and not after; a unit created mid-period is ranked with whatever it reported.
 */
export function unitsInForce(districts: readonly AdminUnit[], period: Period): string[] {
  const from = periodStartDate(period);
  const to = periodEndDate(period);
  return districts.filter((d) => unitValidDuring(d, from, to)).map((d) => d.code);
}

/** Every unit's indicator values for the period, and the province's pooled figures. */
export function periodInputs(period: Period, unitCodes: readonly string[], data: RankingSourceData): PeriodInputs {
  const stock = data.models ? summariseModels(data.models, emulationStockYear(period), unitCodes) : null;
  const stockByUnit = new Map(stock?.districts.map((d) => [d.unitCode, d]));
  const units = unitCodes.map((code): UnitInputs => {
    const population = data.population(code);
    const entries: Entries = [
      ...(data.disclosureRows ? disclosureEntries(data.disclosureRows, code, period) : []),
      ...(data.complaintsByYear ? complaintEntries(data.complaintsByYear, code, period, population) : []),
      ...(data.caseFilesByYear ? caseFileEntries(data.caseFilesByYear, code, period) : []),
      ...(stock ? emulationEntries(stockByUnit.get(code), population) : []),
    ];
    const values: IndicatorValues = {};
    for (const [id, v] of entries) if (v) values[id] = v;
    return { code, values };
  });
  return { period, units, province: pooledProvince(units) };
}

/** Σ numerators / Σ denominators over the units that have the indicator: never an average of rates. */
export function pooledProvince(units: readonly UnitInputs[]): IndicatorValues {
  const sums = new Map<IndicatorId, { n: number; d: number }>();
  for (const u of units) {
    for (const [id, v] of Object.entries(u.values) as Array<[IndicatorId, IndicatorValue]>) {
      const s = sums.get(id) ?? { n: 0, d: 0 };
      s.n += v.numerator;
      s.d += v.denominator;
      sums.set(id, s);
    }
  }
  const out: IndicatorValues = {};
  for (const [id, s] of sums) {
    const scale = indicatorDef(id).unit === 'per10k' ? 10_000 : 1;
    if (s.d > 0) out[id] = { value: (s.n * scale) / s.d, numerator: s.n, denominator: s.d };
  }
  return out;
}
