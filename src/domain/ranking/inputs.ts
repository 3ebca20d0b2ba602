import { appliesDuring, indicator, measure, provinceScope, stockYearOf, unitsScope, type IndicatorData, type Measurement } from '../indicators';
import { periodEndDate, periodStartDate, type Period } from '../period';
import { unitValidDuring, type AdminUnit } from '../units';
import { indicatorDef, INDICATOR_IDS, type IndicatorId, type ThemeId } from './indicators';

/**
 * The indicator values a ranking needs, per unit, for one period: the catalogue's `measure()`, the function every
 * page uses, numerators and denominators kept so pooled figures never average rates.
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
export type RankingSourceData = IndicatorData;

/** Model counts are stocks at the end of a year: a period shorter than a year shows the stock at the end of the year before. */
export const emulationStockYear = stockYearOf;

const asValue = (m: Measurement): IndicatorValue | null =>
  m.value === null || m.numerator === null ? null : { value: m.value, numerator: m.numerator, denominator: m.denominator ?? 0 };

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

/**
 * Every unit's indicator values for the period, and the province's figures, all from the catalogue's `measure()`.
 * The province is the whole province ("Toàn tỉnh" on the unit page means what it means everywhere else: for case
 * files every owner, departments included), not a pool of the ranked units.
 */
export function periodInputs(period: Period, unitCodes: readonly string[], data: RankingSourceData): PeriodInputs {
  const units = unitCodes.map((code): UnitInputs => {
    const values: IndicatorValues = {};
    for (const id of INDICATOR_IDS) {
      const v = asValue(measure(id, data, unitsScope([code]), period));
      if (v) values[id] = v;
    }
    return { code, values };
  });
  const province: IndicatorValues = {};
  for (const id of INDICATOR_IDS) {
    const v = asValue(measure(id, data, provinceScope(unitCodes), period));
    if (v) province[id] = v;
  }
  return { period, units, province };
}

/**
 * Inputs for groups of units ranked as if each group were one unit (the former-district view after 1 Jul 2025):
 * each group's values are the catalogue's `measure()` over its members, pooled as for any set of units (Σ
 * numerators / Σ denominators), never an average of its members' rates. A group is keyed by `code`.
 */
export function groupedPeriodInputs(period: Period, groups: ReadonlyArray<{ readonly code: string; readonly unitCodes: readonly string[] }>, data: RankingSourceData): PeriodInputs {
  const units = groups.map((g): UnitInputs => {
    const values: IndicatorValues = {};
    for (const id of INDICATOR_IDS) {
      const v = asValue(measure(id, data, unitsScope(g.unitCodes), period));
      if (v) values[id] = v;
    }
    return { code: g.code, values };
  });
  const all = groups.flatMap((g) => g.unitCodes);
  const province: IndicatorValues = {};
  for (const id of INDICATOR_IDS) {
    const v = asValue(measure(id, data, provinceScope(all), period));
    if (v) province[id] = v;
  }
  return { period, units, province };
}

/** Indicators of the method that do not apply to the period at all (their legal basis is not yet in force). */
export function notApplicableIndicators(period: Period): IndicatorId[] {
  return INDICATOR_IDS.filter((id) => !appliesDuring(indicator(id), periodStartDate(period), periodEndDate(period)));
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
