import { beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../tests/test-config';
import { fetchComplaintMonths } from '../../sources/complaints/client';
import { fetchDisclosureSummary } from '../../sources/disclosure/client';
import { fetchEmulationRegistry } from '../../sources/emulation/client';
import { fetchCaseFiles, fetchServiceCatalogue } from '../../sources/procedures/client';
import type { ComplaintMonth } from '../complaints';
import type { Period } from '../period';
import { populationOf } from '../population';
import type { CaseFileMonth, ServiceLevelRecord } from '../procedures';
import { INDICATOR_IDS } from './definitions';
import { measure, provinceScope, registryCovers, stockYearOf, unitsScope, type IndicatorData } from './measure';

/*
 * measure() indexes each dataset by unit once and shares the totals of one (period, units) pair between indicators.
 * The reference here takes the plain path instead: a fresh copy of the data holding only the units' own records,
 * measured as a whole province of those units (every record scanned, nothing indexed or remembered). Both must give
 * the same measurement for every indicator, unit and period of the demo data.
 */
const YEARS = [2024, 2025, 2026];
const PERIODS: readonly Period[] = [
  { kind: 'year', year: 2024 },
  { kind: 'quarter', year: 2024, index: 3 },
  { kind: 'month', year: 2025, index: 3 },
  { kind: 'year', year: 2025 },
  { kind: 'half', year: 2026 },
];
const population = (code: string) => populationOf(code)?.population ?? null;

let data: IndicatorData;
let unitCodes: string[];

beforeAll(async () => {
  const s = testConfig.sources;
  const complaints = await Promise.all(YEARS.map((y) => fetchComplaintMonths(s.complaints, { from: `${y}-01`, to: `${y}-12` })));
  const caseFiles = await Promise.all(YEARS.map((y) => fetchCaseFiles(s.procedures, { from: `${y}-01`, to: `${y}-12` })));
  const catalogues = await Promise.all(YEARS.map((y) => fetchServiceCatalogue(s.procedures, y)));
  const registry = await fetchEmulationRegistry(s.emulation);
  const summary = await fetchDisclosureSummary(s.disclosure, { from: '2024-Q1', to: '2026-Q4' });
  data = {
    disclosureRows: summary.rows,
    complaintsByYear: new Map(YEARS.map((y, i) => [y, complaints[i]?.records ?? []])),
    caseFilesByYear: new Map(YEARS.map((y, i) => [y, caseFiles[i]?.records ?? []])),
    serviceCatalogues: new Map(YEARS.map((y, i) => [y, catalogues[i]?.services ?? []])),
    models: registry.models,
    population,
    asOf: { complaints: complaints[0]?.asOf },
  };
  unitCodes = [...new Set([...(data.complaintsByYear?.values() ?? [])].flat().map((r) => r.unitCode))].sort();
}, 60_000);

const mapValues = <K, V>(map: ReadonlyMap<K, readonly V[]> | null | undefined, keep: (v: V) => boolean) =>
  map ? new Map([...map].map(([k, vs]) => [k, vs.filter(keep)])) : map;

/** The data of these units only, in new arrays; a unit's case files are its People's Committee's own. */
function dataOfUnits(codes: ReadonlySet<string>): IndicatorData {
  return {
    ...data,
    disclosureRows: data.disclosureRows?.filter((r) => codes.has(r.districtCode)) ?? null,
    complaintsByYear: mapValues<number, ComplaintMonth>(data.complaintsByYear, (r) => codes.has(r.unitCode)) ?? null,
    caseFilesByYear: mapValues<number, CaseFileMonth>(data.caseFilesByYear, (r) => r.ownerKind === 'district' && codes.has(r.ownerCode)) ?? null,
    serviceCatalogues: mapValues<number, ServiceLevelRecord>(data.serviceCatalogues, (r) => codes.has(r.ownerCode)),
    models: data.models?.filter((m) => codes.has(m.unitCode)) ?? null,
  };
}

describe('measure() through its per-dataset indexes', () => {
  it('loaded the demo data of every source, units of both the district and the commune era', () => {
    expect(unitCodes.length).toBeGreaterThan(13 + 69 - 1);
    expect(data.disclosureRows?.length).toBeGreaterThan(0);
    expect(data.models?.length).toBeGreaterThan(1000);
  });

  it('gives each unit, and a group of units, what a plain scan of their own records gives', () => {
    const scopes = [...unitCodes.map((code) => [code]), unitCodes.slice(0, 5), ['436', '999']];
    let withValue = 0;
    for (const codes of scopes) {
      const own = dataOfUnits(new Set(codes));
      for (const period of PERIODS) {
        for (const id of INDICATOR_IDS) {
          // Whether the registry reaches back far enough is a property of the whole registry, not of a unit's models.
          if (id.startsWith('emulation.') && registryCovers(data.models ?? [], stockYearOf(period)) !== registryCovers(own.models ?? [], stockYearOf(period))) continue;
          const indexed = measure(id, data, unitsScope(codes), period);
          expect(indexed, `${id} ${codes.join('+')} ${JSON.stringify(period)}`).toEqual(measure(id, own, provinceScope(codes), period));
          if (indexed.value !== null) withValue += 1;
        }
      }
    }
    // Many of those measurements have a value (a unit has none in the years its unit set was not in force).
    expect(withValue).toBeGreaterThan(scopes.length * PERIODS.length * 5);
  });

  it('answers again from its memo with the same figures, and a new dataset is measured afresh', () => {
    const period: Period = { kind: 'year', year: 2024 };
    const first = measure('complaints.received', data, unitsScope(['436']), period);
    expect(measure('complaints.received', data, unitsScope(['436']), period)).toEqual(first);
    const doubled: IndicatorData = {
      ...data,
      complaintsByYear: new Map([[2024, [...(data.complaintsByYear?.get(2024) ?? []), ...(data.complaintsByYear?.get(2024) ?? [])]]]),
    };
    expect(measure('complaints.received', doubled, unitsScope(['436']), period).value).toBe((first.value ?? 0) * 2);
  });
});
