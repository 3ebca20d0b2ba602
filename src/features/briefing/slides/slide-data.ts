import type { ComplaintMonth } from '../../../domain/complaints';
import type { DistrictDisclosureQuarter, LegalBasis } from '../../../domain/disclosure';
import type { EmulationModel } from '../../../domain/emulation';
import {
  shortfalls,
  type ComparisonBasis,
  type Figure,
  type IndicatorId,
  type IndicatorSnapshot,
  type Measure,
  type OverviewFigures,
  type Shortfall,
  type ShortfallCheck,
} from '../../../domain/highlights';
import { measure as measureIndicator, provinceScope, registryCovers, serviceCatalogueYear, unitsScope, type IndicatorData } from '../../../domain/indicators';
import { kpiFigure } from '../../../domain/kpi';
import { quartersOf, samePeriodLastYear, type Period, type QuarterKey } from '../../../domain/period';
import type { CaseFileMonth, ServiceLevelRecord } from '../../../domain/procedures';
import { countServiceLevels } from '../../../domain/procedures-metrics';
import type { AdminUnit } from '../../../domain/units';
import { disclosureValues } from '../../../domain/indicators/disclosure-values';
import { caseFileValues, complaintValues, emulationValues, valueFunction } from '../../../domain/indicators/value-functions';

/**
 * The data object of each slide, built once from the fetched records with the same value functions the Overview
 * uses (a unit's figure is the Overview's figure with that unit chosen). The chart, the table and the highlights of
 * a slide are all derived from this object and from nothing else.
 */
export interface SlideScope {
  readonly period: Period;
  /** Whole periods the upstream systems cover: nothing is compared with a period that has no data. */
  readonly isAvailable: (p: Period) => boolean;
  readonly districts: readonly Pick<AdminUnit, 'code' | 'fullName'>[];
}

export type ThemeId = 'disclosure' | 'complaints' | 'services' | 'emulation';

/** Legal minimums checked per unit, with the rows the table prints (province total included). */
export interface ShortfallData {
  readonly check: ShortfallCheck;
  readonly rows: readonly Shortfall[];
  readonly province: { readonly actual: number; readonly required: number };
}

export interface ThemeSlideData {
  readonly theme: ThemeId;
  /** Charted as a ranking of units, the province as a reference line. */
  readonly primary: IndicatorSnapshot;
  /** Further columns of the table, each with one sentence. */
  readonly secondary: readonly IndicatorSnapshot[];
  readonly shortfall: ShortfallData | null;
  /** Disclosure: the period and its comparison were measured against different legal lists. */
  readonly basisChanged: boolean;
  /** Disclosure of a month period: the quarter whose data are shown. */
  readonly quarterShown: QuarterKey | null;
  /** Emulation: the stocks are those at the end of this year. */
  readonly stockYear: number | null;
  /** Services: online services by level in the catalogue that applies to the period (1.190 level-3 services in 2017). */
  readonly serviceLevels?: ServiceLevelFigures | null;
}

/** The catalogue's level counts for the period, through the indicator catalogue (Decree 43 levels or Decree 42 kinds). */
export interface ServiceLevelFigures {
  readonly year: number;
  readonly scheme: 'decree43' | 'decree42';
  /** Level-3 services (Decree 43) or full-process services (Decree 42). */
  readonly headline: number;
  /** Level-4 services (Decree 43) or partial services (Decree 42). */
  readonly other: number;
}

/** The level counts of the catalogue in force for the period, or null without a catalogue. */
export function serviceLevelFigures(services: readonly ServiceLevelRecord[] | null, period: Period): ServiceLevelFigures | null {
  if (!services) return null;
  const year = serviceCatalogueYear(period);
  const data: IndicatorData = { ...NO_SOURCES, serviceCatalogues: new Map([[year, services]]) };
  const level3 = measureIndicator('services.level3', data, provinceScope([]), period);
  if (level3.value !== null) {
    const counts = countServiceLevels(services);
    return { year, scheme: 'decree43', headline: level3.value, other: counts?.scheme === 'decree43' ? counts.byLevel[4] : 0 };
  }
  const full = measureIndicator('services.fullProcess', data, provinceScope([]), period);
  if (full.value === null) return null;
  const counts = countServiceLevels(services);
  return { year, scheme: 'decree42', headline: full.value, other: counts?.scheme === 'decree42' ? counts.byLevel.partial : 0 };
}

type ValueFn = (p: Period) => number | null;

function snapshot(
  indicator: IndicatorId,
  measure: Measure,
  basis: ComparisonBasis,
  scope: SlideScope,
  current: Period,
  comparison: Period,
  comparable: boolean,
  province: ValueFn,
  unitValue: (code: string) => ValueFn,
): IndicatorSnapshot {
  const figure = (value: ValueFn): Figure => ({ value: value(current), comparison: comparable ? value(comparison) : null });
  return {
    indicator,
    measure,
    better: 'higher',
    comparisonBasis: basis,
    province: figure(province),
    units: scope.districts.map((d) => ({ code: d.code, name: d.fullName, ...figure(unitValue(d.code)) })),
  };
}

const only = (code: string) => new Set([code]);

const NO_SOURCES: IndicatorData = { disclosureRows: null, complaintsByYear: null, caseFilesByYear: null, models: null, population: () => null };

function comparisonOf(scope: SlideScope): { period: Period; comparable: boolean } {
  const period = samePeriodLastYear(scope.period);
  return { period, comparable: scope.isAvailable(period) };
}

export function complaintsSlideData(byYear: ReadonlyMap<number, readonly ComplaintMonth[]>, scope: SlideScope): ThemeSlideData {
  const { period: cmp, comparable } = comparisonOf(scope);
  const province = complaintValues(byYear);
  const perUnit = new Map(scope.districts.map((d) => [d.code, complaintValues(byYear, only(d.code))]));
  const unit = (code: string) => perUnit.get(code) ?? complaintValues(byYear, only(code));
  const make = (indicator: IndicatorId, measure: Measure, provinceFn: ValueFn, unitFn: (code: string) => ValueFn) =>
    snapshot(indicator, measure, 'samePeriodLastYear', scope, scope.period, cmp, comparable, provinceFn, unitFn);
  const overLevel = (codes?: ReadonlySet<string>): ValueFn => valueFunction('complaints.overLevel', { complaintsByYear: byYear }, codes);

  // Sessions meeting the monthly minimum / the minimum: the catalogue's reception indicator, judged month by month.
  const sessions = (codes?: ReadonlySet<string>) =>
    measureIndicator('complaints.reception', { ...NO_SOURCES, complaintsByYear: byYear }, codes ? unitsScope([...codes]) : provinceScope([]), scope.period);
  const sessionRow = (code: string, name: string): Shortfall | null => {
    const m = sessions(only(code));
    return m.numerator !== null && m.denominator !== null ? { code, name, actual: m.numerator, required: m.denominator } : null;
  };
  const rows = scope.districts.map((d) => sessionRow(d.code, d.fullName)).filter((r): r is Shortfall => r !== null);
  const provinceSessions = sessions();

  return {
    theme: 'complaints',
    primary: make('complaintResolution', 'rate', province.resolutionRate, (code) => unit(code).resolutionRate),
    secondary: [
      make('received', 'count', province.received, (code) => unit(code).received),
      make('overLevel', 'count', overLevel(), (code) => overLevel(only(code))),
    ],
    shortfall: {
      check: shortfalls('receptionSessions', rows),
      rows,
      province: { actual: provinceSessions.numerator ?? 0, required: provinceSessions.denominator ?? 0 },
    },
    basisChanged: false,
    quarterShown: null,
    stockYear: null,
  };
}

/** The chair's reception sessions as a rate of the legal minimum, per unit: for unit slides. */
export function receptionSnapshot(byYear: ReadonlyMap<number, readonly ComplaintMonth[]>, scope: SlideScope): IndicatorSnapshot {
  const { period: cmp, comparable } = comparisonOf(scope);
  const rate = (codes?: ReadonlySet<string>): ValueFn => valueFunction('complaints.reception', { complaintsByYear: byYear }, codes);
  return snapshot('receptionCompliance', 'rate', 'samePeriodLastYear', scope, scope.period, cmp, comparable, rate(), (code) => rate(only(code)));
}

export function servicesSlideData(byYear: ReadonlyMap<number, readonly CaseFileMonth[]>, scope: SlideScope, services: readonly ServiceLevelRecord[] | null = null): ThemeSlideData {
  const { period: cmp, comparable } = comparisonOf(scope);
  // The province figure is every owner's (departments included), exactly the Overview's; units are the districts.
  const province = caseFileValues(byYear);
  const perUnit = new Map(scope.districts.map((d) => [d.code, caseFileValues(byYear, only(d.code))]));
  const unit = (code: string) => perUnit.get(code) ?? caseFileValues(byYear, only(code));
  const make = (indicator: IndicatorId, provinceFn: ValueFn, unitFn: (code: string) => ValueFn) =>
    snapshot(indicator, 'rate', 'samePeriodLastYear', scope, scope.period, cmp, comparable, provinceFn, unitFn);
  return {
    theme: 'services',
    primary: make('onlineShare', province.onlineShare, (code) => unit(code).onlineShare),
    secondary: [make('onTimeHandling', province.onTimeRate, (code) => unit(code).onTimeRate)],
    shortfall: null,
    basisChanged: false,
    quarterShown: null,
    stockYear: null,
    serviceLevels: serviceLevelFigures(services, scope.period),
  };
}

function basesOf(rows: readonly DistrictDisclosureQuarter[], p: Period): Set<LegalBasis> {
  const quarters = new Set(quartersOf(p));
  return new Set(rows.filter((r) => quarters.has(r.quarter)).map((r) => r.basis));
}

export function disclosureSlideData(rows: readonly DistrictDisclosureQuarter[], scope: SlideScope): ThemeSlideData {
  const { period: cmp, comparable } = comparisonOf(scope);
  const province = disclosureValues(rows);
  const primary = snapshot('disclosureOnTime', 'rate', 'samePeriodLastYear', scope, scope.period, cmp, comparable, province.onTimeRate, (code) =>
    disclosureValues(rows, only(code)).onTimeRate,
  );
  const quarters = new Set(quartersOf(scope.period));
  const inPeriod = rows.filter((r) => quarters.has(r.quarter));
  const reportRows: Shortfall[] = scope.districts
    .map((d) => {
      const own = inPeriod.filter((r) => r.districtCode === d.code);
      return own.length ? { code: d.code, name: d.fullName, actual: own.reduce((s, r) => s + r.filed, 0), required: own.reduce((s, r) => s + r.reports, 0) } : null;
    })
    .filter((r): r is Shortfall => r !== null);
  const now = basesOf(rows, scope.period);
  const then = comparable ? basesOf(rows, cmp) : new Set<LegalBasis>();
  const basisChanged = then.size > 0 && now.size > 0 && [...now].some((b) => !then.has(b));
  return {
    theme: 'disclosure',
    primary,
    secondary: [],
    shortfall: {
      check: shortfalls('disclosureReports', reportRows),
      rows: reportRows,
      province: { actual: inPeriod.reduce((s, r) => s + r.filed, 0), required: inPeriod.reduce((s, r) => s + r.reports, 0) },
    },
    basisChanged,
    quarterShown: scope.period.kind === 'month' ? (quartersOf(scope.period)[0] ?? null) : null,
    stockYear: null,
  };
}

/**
 * Model counts are annual stocks: a year shows its own year-end, a shorter period the end of the year before (as the
 * Overview does). Compared with the year-end before that, when the systems cover it.
 */
export function stockYearOf(period: Period): number {
  return period.kind === 'year' ? period.year : period.year - 1;
}

export function emulationSlideData(models: readonly EmulationModel[], scope: SlideScope): ThemeSlideData {
  const year = stockYearOf(scope.period);
  const current: Period = { kind: 'year', year };
  const before: Period = { kind: 'year', year: year - 1 };
  // One stock rule everywhere: a year end is compared with the year end before wherever the registry reaches back.
  const comparable = registryCovers(models, before.year);
  const province = emulationValues(models);
  const perUnit = new Map(scope.districts.map((d) => [d.code, emulationValues(models, only(d.code))]));
  const unit = (code: string) => perUnit.get(code) ?? emulationValues(models, only(code));
  const make = (indicator: IndicatorId, provinceFn: ValueFn, unitFn: (code: string) => ValueFn) =>
    snapshot(indicator, 'count', 'previousYearEnd', scope, current, before, comparable, provinceFn, unitFn);
  return {
    theme: 'emulation',
    primary: make('models', province.models, (code) => unit(code).models),
    secondary: [make('exemplary', province.exemplary, (code) => unit(code).exemplary)],
    shortfall: null,
    basisChanged: false,
    quarterShown: null,
    stockYear: year,
  };
}

export interface OverviewSources {
  readonly complaints: ReadonlyMap<number, readonly ComplaintMonth[]> | null;
  readonly caseFiles: ReadonlyMap<number, readonly CaseFileMonth[]> | null;
  readonly disclosure: readonly DistrictDisclosureQuarter[] | null;
  readonly models: readonly EmulationModel[] | null;
}

export interface OverviewSlideData {
  readonly figures: OverviewFigures;
  readonly stockYear: number;
}

const NONE: Figure = { value: null, comparison: null };

/** The Overview's headline figures, through the Overview's own value functions and KPI builder. */
export function overviewSlideData(sources: OverviewSources, scope: SlideScope): OverviewSlideData {
  const kpi = (valueOf: ValueFn, period: Period = scope.period, isAvailable = scope.isAvailable): Figure => {
    const f = kpiFigure(period, valueOf, isAvailable, 1);
    return { value: f.current, comparison: f.lastYear };
  };
  const year = stockYearOf(scope.period);
  const stockAvailable = (p: Period) => sources.models !== null && registryCovers(sources.models, p.year);
  const complaints = sources.complaints ? complaintValues(sources.complaints) : null;
  const caseFiles = sources.caseFiles ? caseFileValues(sources.caseFiles) : null;
  const disclosure = sources.disclosure ? disclosureValues(sources.disclosure) : null;
  const models = sources.models ? emulationValues(sources.models) : null;
  return {
    stockYear: year,
    figures: {
      disclosureOnTime: disclosure ? kpi(disclosure.onTimeRate) : NONE,
      received: complaints ? kpi(complaints.received) : NONE,
      complaintResolution: complaints ? kpi(complaints.resolutionRate) : NONE,
      onlineShare: caseFiles ? kpi(caseFiles.onlineShare) : NONE,
      onTimeHandling: caseFiles ? kpi(caseFiles.onTimeRate) : NONE,
      models: models ? kpi(models.models, { kind: 'year', year }, stockAvailable) : NONE,
      exemplary: models ? kpi(models.exemplary, { kind: 'year', year }, stockAvailable) : NONE,
    },
  };
}

export interface UnitSlideData {
  readonly code: string;
  readonly name: string;
  /** The unit's rates, each taken from the theme slide's own snapshot so the two slides cannot disagree. */
  readonly snapshots: readonly IndicatorSnapshot[];
}

export function unitSlideData(code: string, name: string, snapshots: readonly (IndicatorSnapshot | null)[]): UnitSlideData {
  return { code, name, snapshots: snapshots.filter((s): s is IndicatorSnapshot => s !== null && s.measure === 'rate') };
}
