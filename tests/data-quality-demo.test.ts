import { describe, expect, it } from 'vitest';
import { checkCaseFileMonths, checkComplaintMonths, checkDisclosureQuarters, checkModels } from '../src/queries/quality';
import { fetchDisclosureSummary } from '../src/sources/disclosure/client';
import { fetchCaseFiles } from '../src/sources/procedures/client';
import { fetchComplaintMonths } from '../src/sources/complaints/client';
import { fetchEmulationRegistry } from '../src/sources/emulation/client';
import { fetchUnitCatalogue } from '../src/sources/units/client';
import { scopeUnits } from '../src/domain/unit-history';
import { testConfig } from './test-config';

const s = testConfig.sources;
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** The rules must fit real reports: the demo's clean data break none, so every figure the province published stays. */
describe('the demo data against the data-quality rules', () => {
  it('leaves no disclosure roll-up, complaint report, case-file report or model out', async () => {
    // The units records may be reported for, as the app checks them: each set's mapped level, with its validity.
    const districts = scopeUnits((await fetchUnitCatalogue(s.units, testConfig.province.code)).history);
    for (const year of YEARS) {
      const range = { from: `${year}-01`, to: year === 2026 ? '2026-11' : `${year}-12` };
      const complaints = await fetchComplaintMonths(s.complaints, range);
      expect(checkComplaintMonths(complaints.records, districts).issues).toEqual([]);
      const files = await fetchCaseFiles(s.procedures, range);
      expect(checkCaseFileMonths(files.records, districts).issues).toEqual([]);
    }
    const disclosure = await fetchDisclosureSummary(s.disclosure, { from: '2017-Q1', to: '2026-Q3' });
    expect(disclosure.rows.length).toBeGreaterThan(0);
    expect(checkDisclosureQuarters(disclosure.rows, districts).issues).toEqual([]);
    const registry = await fetchEmulationRegistry(s.emulation);
    expect(checkModels(registry.models, districts, registry.asOf).issues).toEqual([]);
  }, 120_000);
});
