/**
 * `measure()`: the one function that computes a catalogue indicator for any set of units and any period, from the
 * records the upstream systems gave. Shares pool counts (Σ numerators / Σ denominators, never an average of rates);
 * flows add up the months (or quarters) of the period and give no value when one is missing; stocks are read at a
 * year end. Every page, table, export, ranking, slide and PDF asks this function, so two places cannot disagree.
 */
import type { ComplaintMonth } from '../complaints';
import { complaintTotals, type ComplaintTotals } from '../complaints-metrics';
import type { DistrictDisclosureQuarter } from '../disclosure';
import { quarterStartDate } from '../disclosure-contents';
import type { EmulationModel } from '../emulation';
import { monthsOf, periodEndDate, periodStartDate, previousPeriod, quartersOf, samePeriodLastYear, type Period, type QuarterKey } from '../period';
import type { CaseFileMonth, ServiceLevelRecord } from '../procedures';
import { caseFileTotals, countServiceLevels, type CaseFileTotals, type LevelCounts } from '../procedures-metrics';
import { groupBy, memoOf, onceOf, recordsOfUnits } from './dataset-memo';
import { appliesDuring, indicator, type IndicatorId, type SourceSystem } from './definitions';
import { serviceCatalogueYear } from './catalogue-year';

export { serviceCatalogueYear };

/** What the upstream systems gave; null for a source that failed or has not answered. */
export interface IndicatorData {
  readonly disclosureRows: readonly DistrictDisclosureQuarter[] | null;
  readonly complaintsByYear: ReadonlyMap<number, readonly ComplaintMonth[]> | null;
  readonly caseFilesByYear: ReadonlyMap<number, readonly CaseFileMonth[]> | null;
  readonly models: readonly EmulationModel[] | null;
  /** Service catalogues by year (levels), for the level counts. */
  readonly serviceCatalogues?: ReadonlyMap<number, readonly ServiceLevelRecord[]> | null;
  /** Residents of a district-level unit; null when unknown. */
  readonly population: (code: string) => number | null;
  /** "Data as of" per source, when known. */
  readonly asOf?: Partial<Record<SourceSystem, string | undefined>>;
}

/**
 * Which units: a list of district-level codes, or the whole province. "Toàn tỉnh" always means the whole province:
 * for case files that is every owner (departments too), not only the districts; `units` lists the units in force,
 * whose residents make the province's population.
 */
export type UnitScope =
  | { readonly kind: 'units'; readonly codes: readonly string[] }
  | { readonly kind: 'province'; readonly units: readonly string[] }
  | { readonly kind: 'departments'; readonly codes: readonly string[] };

export const unitsScope = (codes: readonly string[]): UnitScope => ({ kind: 'units', codes });
export const provinceScope = (units: readonly string[]): UnitScope => ({ kind: 'province', units });
/** Provincial departments (by agency code): their own case files. They have no residents, petitions or models. */
export const departmentsScope = (codes: readonly string[]): UnitScope => ({ kind: 'departments', codes });

export type NoValueReason = 'noSource' | 'incomplete' | 'notApplicable' | 'noPopulation' | 'nothingToDivide';

export interface Measurement {
  readonly id: IndicatorId;
  /** The period the value describes: the period asked for, or for a stock the year whose end it is read at. */
  readonly period: Period;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Why there is no value; null when there is one. */
  readonly reason: NoValueReason | null;
  readonly source: SourceSystem;
  readonly asOf: string | null;
}

/**
 * The year whose year-end a stock is read at: a whole year shows its own year end; a shorter period ends before
 * the year does, so the last stock known at its end is the previous year's.
 */
export const stockYearOf = (period: Period): number => (period.kind === 'year' ? period.year : period.year - 1);

interface Counts {
  readonly numerator: number;
  readonly denominator: number | null;
}
type Outcome = Counts | NoValueReason;

const codeSet = (scope: UnitScope): ReadonlySet<string> | undefined => (scope.kind === 'province' ? undefined : new Set(scope.codes));

/** Names the records a scope selects, for the memos: the province takes every record; otherwise its codes do. */
const scopeKey = (scope: UnitScope): string => (scope.kind === 'province' ? '*' : `${scope.kind}:${scope.codes.join(',')}`);

/** The records of a scope: all of them for the province, else those of its units, through a per-dataset index. */
function recordsOfScope<R>(records: readonly R[], scope: UnitScope, index: WeakMap<readonly R[], ReadonlyMap<string, readonly R[]>>, unitOf: (r: R) => string): readonly R[] {
  const codes = codeSet(scope);
  return codes ? recordsOfUnits(onceOf(index, records, (rs) => groupBy(rs, unitOf)), codes) : records;
}

function populationOfScope(scope: UnitScope, data: IndicatorData): number | null {
  if (scope.kind === 'departments') return null;
  const codes = scope.kind === 'units' ? scope.codes : scope.units;
  let total = 0;
  for (const code of codes) {
    const p = data.population(code);
    if (p === null || !(p > 0)) return null;
    total += p;
  }
  return total > 0 ? total : null;
}

// --- Disclosure: quarterly roll-up rows; a period pools the quarters it touches (a month shows its quarter). ---

const disclosureIndex = new WeakMap<readonly DistrictDisclosureQuarter[], Map<QuarterKey, DistrictDisclosureQuarter[]>>();

function rowsByQuarter(rows: readonly DistrictDisclosureQuarter[]): Map<QuarterKey, DistrictDisclosureQuarter[]> {
  let index = disclosureIndex.get(rows);
  if (!index) {
    index = new Map();
    for (const r of rows) {
      const list = index.get(r.quarter);
      if (list) list.push(r);
      else index.set(r.quarter, [r]);
    }
    disclosureIndex.set(rows, index);
  }
  return index;
}

const quarterEndDate = (q: QuarterKey): string => {
  const start = quarterStartDate(q) ?? '';
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7)) + 2;
  return periodEndDate({ kind: 'month', year, index: month });
};

/**
 * The counts every disclosure indicator divides, whether they come from the district roll-up or from a tally of
 * commune reports. `listsRequired` counts only commune-quarters under Law 10/2022 (Art. 13(2) asks for the list).
 */
export interface DisclosureCountFields {
  readonly reports: number;
  readonly filed: number;
  readonly listsRequired: number;
  readonly listsPosted: number;
  readonly required: number;
  readonly published: number;
  readonly publishedOnTime: number;
  readonly postedLongEnough: number;
}

const countsOfRow = (r: DistrictDisclosureQuarter): DisclosureCountFields => ({
  reports: r.reports,
  filed: r.filed,
  listsRequired: r.basis === 'LUAT10_2022' ? r.reports : 0,
  listsPosted: r.basis === 'LUAT10_2022' ? r.listsPosted : 0,
  required: r.required,
  published: r.published,
  publishedOnTime: r.publishedOnTime,
  postedLongEnough: r.postedLongEnough,
});

/** Which counts a disclosure indicator divides: content shares over required contents, report shares over reports. */
export function disclosureFraction(id: IndicatorId, c: DisclosureCountFields): { numerator: number; denominator: number } {
  switch (id) {
    case 'disclosure.onTime':
      return { numerator: c.publishedOnTime, denominator: c.required };
    case 'disclosure.published':
      return { numerator: c.published, denominator: c.required };
    case 'disclosure.postedLongEnough':
      return { numerator: c.postedLongEnough, denominator: c.required };
    case 'disclosure.listPosted':
      return { numerator: c.listsPosted, denominator: c.listsRequired };
    case 'disclosure.filed':
      return { numerator: c.filed, denominator: c.reports };
    default:
      throw new RangeError(`${id} is not a disclosure indicator`);
  }
}

/** A disclosure share of counts already added up (a commune's quarters, a district's communes); null over nothing. */
export function disclosureShare(id: IndicatorId, c: DisclosureCountFields): number | null {
  const f = disclosureFraction(id, c);
  return f.denominator > 0 && Number.isFinite(f.numerator) ? f.numerator / f.denominator : null;
}

function disclosureCounts(id: IndicatorId, rows: readonly DistrictDisclosureQuarter[], scope: UnitScope, period: Period): Outcome {
  const def = indicator(id);
  const codes = codeSet(scope);
  // Only the quarters in which the indicator's legal basis applies count: the quarterly list exists from 2023-Q3.
  const quarters = quartersOf(period).filter((q) => appliesDuring(def, quarterStartDate(q) ?? '', quarterEndDate(q)));
  if (quarters.length === 0) return 'notApplicable';
  const summed = memoOf(disclosureSums, rows, `${quarters.join(',')}#${scopeKey(scope)}`, () => sumDisclosureRows(rows, quarters, codes));
  return summed === 'incomplete' ? summed : disclosureFraction(id, summed);
}

const disclosureSums = new WeakMap<readonly DistrictDisclosureQuarter[], Map<string, DisclosureCountFields | 'incomplete'>>();

/**
 * The counts of the scope's rows over the quarters, added up once for every disclosure indicator of that scope and
 * period (each indicator divides two of them, so the sum of its fraction over rows is its fraction of the sums).
 * 'incomplete' when a quarter has no row of the scope.
 */
function sumDisclosureRows(rows: readonly DistrictDisclosureQuarter[], quarters: readonly QuarterKey[], codes: ReadonlySet<string> | undefined): DisclosureCountFields | 'incomplete' {
  const index = rowsByQuarter(rows);
  const sum = { reports: 0, filed: 0, listsRequired: 0, listsPosted: 0, required: 0, published: 0, publishedOnTime: 0, postedLongEnough: 0 };
  for (const q of quarters) {
    const inScope = (index.get(q) ?? []).filter((r) => !codes || codes.has(r.districtCode));
    if (inScope.length === 0) return 'incomplete';
    for (const r of inScope) {
      const c = countsOfRow(r);
      sum.reports += c.reports;
      sum.filed += c.filed;
      sum.listsRequired += c.listsRequired;
      sum.listsPosted += c.listsPosted;
      sum.required += c.required;
      sum.published += c.published;
      sum.publishedOnTime += c.publishedOnTime;
      sum.postedLongEnough += c.postedLongEnough;
    }
  }
  return sum;
}

// --- Complaints and case files: monthly records; a period with a month missing has no value. ---

const complaintsByUnit = new WeakMap<readonly ComplaintMonth[], ReadonlyMap<string, readonly ComplaintMonth[]>>();
const complaintTotalsMemo = new WeakMap<readonly ComplaintMonth[], Map<string, ComplaintTotals>>();

function complaintPeriodTotals(byYear: ReadonlyMap<number, readonly ComplaintMonth[]>, scope: UnitScope, period: Period): ComplaintTotals | null {
  const records = byYear.get(period.year);
  if (!records) return null;
  const months = monthsOf(period);
  const totals = memoOf(complaintTotalsMemo, records, `${months.join(',')}#${scopeKey(scope)}`, () =>
    complaintTotals(recordsOfScope(records, scope, complaintsByUnit, (r) => r.unitCode), months),
  );
  return totals.monthsReported === months.length ? totals : null;
}

function complaintCounts(id: IndicatorId, data: IndicatorData, scope: UnitScope, period: Period): Outcome {
  if (!data.complaintsByYear) return 'noSource';
  const t = complaintPeriodTotals(data.complaintsByYear, scope, period);
  if (!t) return 'incomplete';
  switch (id) {
    case 'complaints.received':
      return { numerator: t.received, denominator: null };
    case 'complaints.overLevel':
      return { numerator: t.overLevel, denominator: null };
    case 'complaints.overLevelShare':
      return { numerator: t.overLevel, denominator: t.received };
    case 'complaints.repeatShare':
      return { numerator: t.repeat, denominator: t.received };
    case 'complaints.per10k': {
      const population = populationOfScope(scope, data);
      return population === null ? 'noPopulation' : { numerator: t.received, denominator: population };
    }
    case 'complaints.resolution':
      return { numerator: t.resolved, denominator: t.withinJurisdiction };
    case 'complaints.overdue':
      return { numerator: t.overdue, denominator: t.withinJurisdiction };
    case 'complaints.sessionsHeld':
      return { numerator: t.chairSessionsRegular, denominator: t.chairSessionsRequired };
    default:
      return { numerator: t.receptionCompliance.numerator, denominator: t.receptionCompliance.denominator };
  }
}

const ownedBy = { district: new WeakMap<readonly CaseFileMonth[], readonly CaseFileMonth[]>(), department: new WeakMap<readonly CaseFileMonth[], readonly CaseFileMonth[]>() };

/**
 * A unit's case files are its People's Committee's own (a department row carrying a district's code is not one);
 * a department's are its own.
 */
function ownFilesOf(records: readonly CaseFileMonth[], kind: 'district' | 'department'): readonly CaseFileMonth[] {
  let own = ownedBy[kind].get(records);
  if (!own) {
    own = records.filter((r) => r.ownerKind === kind);
    ownedBy[kind].set(records, own);
  }
  return own;
}

function caseFilePeriodTotals(byYear: ReadonlyMap<number, readonly CaseFileMonth[]>, scope: UnitScope, period: Period): CaseFileTotals | null {
  const all = byYear.get(period.year);
  if (!all) return null;
  const records = scope.kind === 'units' ? ownFilesOf(all, 'district') : scope.kind === 'departments' ? ownFilesOf(all, 'department') : all;
  const months = monthsOf(period);
  const totals = memoOf(caseFileTotalsMemo, records, `${months.join(',')}#${scopeKey(scope)}`, () =>
    caseFileTotals(recordsOfScope(records, scope, caseFilesByOwner, (r) => r.ownerCode), months),
  );
  return totals.monthsReported === months.length ? totals : null;
}

const caseFilesByOwner = new WeakMap<readonly CaseFileMonth[], ReadonlyMap<string, readonly CaseFileMonth[]>>();
const caseFileTotalsMemo = new WeakMap<readonly CaseFileMonth[], Map<string, CaseFileTotals>>();


const levelCountsMemo = new WeakMap<readonly ServiceLevelRecord[], Map<string, LevelCounts | null>>();

function serviceCounts(id: IndicatorId, data: IndicatorData, scope: UnitScope, period: Period): Outcome {
  if (id === 'services.level3' || id === 'services.fullProcess') {
    const def = indicator(id);
    if (!appliesDuring(def, periodEndDate(period), periodEndDate(period))) return 'notApplicable';
    const services = data.serviceCatalogues?.get(serviceCatalogueYear(period));
    if (!services) return data.serviceCatalogues ? 'incomplete' : 'noSource';
    const counts = memoOf(levelCountsMemo, services, scopeKey(scope), () => countServiceLevels(services, codeSet(scope)));
    if (!counts) return 'incomplete';
    if (id === 'services.level3') return counts.scheme === 'decree43' ? { numerator: counts.byLevel[3], denominator: null } : 'notApplicable';
    return counts.scheme === 'decree42' ? { numerator: counts.byLevel.full, denominator: null } : 'notApplicable';
  }
  if (!data.caseFilesByYear) return 'noSource';
  const t = caseFilePeriodTotals(data.caseFilesByYear, scope, period);
  if (!t) return 'incomplete';
  switch (id) {
    case 'services.online':
      return { numerator: t.receivedOnline, denominator: t.received };
    case 'services.onTime':
      return { numerator: t.onTime.numerator, denominator: t.onTime.denominator };
    case 'services.paidOnline':
      return { numerator: t.paidOnline, denominator: t.resolved };
    default:
      return { numerator: t.digitised, denominator: t.received };
  }
}

// --- "Dân vận khéo": a registry of models with years; every count is a stock at a year end. ---

function emulationCounts(id: IndicatorId, data: IndicatorData, scope: UnitScope, year: number): Outcome {
  if (!data.models) return 'noSource';
  if (!registryCovers(data.models, year)) return 'incomplete';
  const all = data.models;
  const { models, exemplary, recognised, replicated } = memoOf(stockMemo, all, `${year}#${scopeKey(scope)}`, () =>
    countStock(recordsOfScope(all, scope, modelsByUnit, (m) => m.unitCode), year),
  );
  switch (id) {
    case 'emulation.recognisedShare':
      return { numerator: recognised, denominator: models };
    case 'emulation.replicatedShare':
      return { numerator: replicated, denominator: models };
    case 'emulation.models':
      return { numerator: models, denominator: null };
    case 'emulation.exemplary':
      return { numerator: exemplary, denominator: null };
    case 'emulation.exemplaryShare':
      return { numerator: exemplary, denominator: models };
    default: {
      const population = populationOfScope(scope, data);
      return population === null ? 'noPopulation' : { numerator: models, denominator: population };
    }
  }
}

interface Stock {
  readonly models: number;
  readonly exemplary: number;
  readonly recognised: number;
  readonly replicated: number;
}

const modelsByUnit = new WeakMap<readonly EmulationModel[], ReadonlyMap<string, readonly EmulationModel[]>>();
const stockMemo = new WeakMap<readonly EmulationModel[], Map<string, Stock>>();

/** The year-end stock of the models given (already those of the scope). */
function countStock(models: readonly EmulationModel[], year: number): Stock {
  let count = 0;
  let exemplary = 0;
  let recognised = 0;
  let replicated = 0;
  for (const m of models) {
    if (m.yearRegistered > year) continue;
    count += 1;
    if (m.yearExemplary !== null && m.yearExemplary <= year) exemplary += 1;
    if (m.yearRecognised !== null && m.yearRecognised <= year) recognised += 1;
    if (m.timesReplicated > 0) replicated += 1;
  }
  return { models: count, exemplary, recognised, replicated };
}

const firstRegistration = new WeakMap<readonly EmulationModel[], number>();

/**
 * The registry reaches back to its first registration: a year-end before that has no stock to compare with. Every
 * page, slide and the PDF use this one rule, so "2017 against 2016" is the same everywhere.
 */
export function registryCovers(models: readonly EmulationModel[], year: number): boolean {
  const first = onceOf(firstRegistration, models, (ms) => {
    let earliest = Infinity;
    for (const m of ms) if (m.yearRegistered < earliest) earliest = m.yearRegistered;
    return earliest;
  });
  return Number.isFinite(first) && year >= first;
}

function valueOf(id: IndicatorId, c: Counts): number | null {
  const def = indicator(id);
  if (def.kind === 'count') return c.numerator;
  if (c.denominator === null || !(c.denominator > 0) || !Number.isFinite(c.numerator)) return null;
  return def.kind === 'per10k' ? (c.numerator * 10_000) / c.denominator : c.numerator / c.denominator;
}

/** The indicator for the units and period given: value, counts, the period it describes, source, as-of, or why there is none. */
export function measure(id: IndicatorId, data: IndicatorData, scope: UnitScope, period: Period): Measurement {
  const def = indicator(id);
  const stockPeriod: Period = def.time === 'stock' && def.source === 'emulation' ? { kind: 'year', year: stockYearOf(period) } : period;
  let outcome: Outcome;
  if (def.source !== 'emulation' && !appliesDuring(def, periodStartDate(period), periodEndDate(period))) outcome = 'notApplicable';
  else if (def.source === 'disclosure') outcome = data.disclosureRows ? disclosureCounts(id, data.disclosureRows, scope, period) : 'noSource';
  else if (def.source === 'complaints') outcome = complaintCounts(id, data, scope, period);
  else if (def.source === 'procedures') outcome = serviceCounts(id, data, scope, period);
  else outcome = emulationCounts(id, data, scope, stockPeriod.year);
  const base = { id, period: stockPeriod, source: def.source, asOf: data.asOf?.[def.source] ?? null };
  if (typeof outcome === 'string') return { ...base, value: null, numerator: null, denominator: null, reason: outcome };
  const value = valueOf(id, outcome);
  return { ...base, value, numerator: outcome.numerator, denominator: outcome.denominator, reason: value === null ? 'nothingToDivide' : null };
}

export interface Comparison {
  readonly measurement: Measurement;
  /** Current − comparison (a share: in fractions; a per-10k or a count: in its own unit); null when either is missing. */
  readonly change: number | null;
}

export interface MeasurementWithComparisons extends Measurement {
  /** The period before: for a stock, the year end before the one shown (never the shown year end itself). */
  readonly previous: Comparison | null;
  /** The same period a year earlier; for a stock, the same as `previous`. */
  readonly lastYear: Comparison | null;
}

/**
 * The indicator with its comparisons. `isAvailable` tells which periods the flow systems cover (a comparison
 * outside gives null, not a drop to zero); stocks are compared year end with year end, where the registry covers it.
 */
export function measureWithComparisons(
  id: IndicatorId,
  data: IndicatorData,
  scope: UnitScope,
  period: Period,
  isAvailable: (p: Period) => boolean,
): MeasurementWithComparisons {
  const current = measure(id, data, scope, period);
  const compare = (p: Period, ok: boolean): Comparison | null => {
    if (!ok) return null;
    const m = measure(id, data, scope, p);
    return { measurement: m, change: current.value === null || m.value === null ? null : current.value - m.value };
  };
  if (indicator(id).time === 'stock' && indicator(id).source === 'emulation') {
    const before = compare({ kind: 'year', year: current.period.year - 1 }, true);
    return { ...current, previous: before, lastYear: before };
  }
  const prev = previousPeriod(period);
  const last = samePeriodLastYear(period);
  return { ...current, previous: compare(prev, isAvailable(prev)), lastYear: compare(last, isAvailable(last)) };
}
