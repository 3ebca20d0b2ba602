import { describe, expect, it } from 'vitest';
import { testConfig } from '../../tests/test-config';
import { scopeUnits } from '../domain/unit-history';
import { report } from '../features/complaints/test-fixtures';
import { fetchUnitCatalogue } from '../sources/units/client';
import { checkComplaintMonths } from './quality';

describe('scope integrity against the unit set in force for each month (demo catalogue)', () => {
  it('accepts each month’s units and reports the others, naming why', async () => {
    const { history } = await fetchUnitCatalogue(testConfig.sources.units, '42');
    const units = scopeUnits(history);
    const records = [
      report('448', '2024-12'), // Lộc Hà, its last month
      report('448', '2025-01'), // merged into Thạch Hà on 1 Jan 2025
      report('445', '2025-06'), // Thạch Hà, the last month of districts
      report('445', '2026-03'), // a district code after 1 Jul 2025
      report('18073', '2026-03'), // Phường Thành Sen
      report('18077', '2026-03'), // Phường Bắc Hà: a 2025-01 commune, merged into Thành Sen
      report('18073', '2025-03'), // a commune code while the system reported by district
      report('499', '2026-03'), // no unit at all
    ];
    const { accepted, issues } = checkComplaintMonths(records, units);
    expect(accepted.map((r) => `${r.unitCode} ${r.month}`)).toEqual(['448 2024-12', '445 2025-06', '18073 2026-03']);
    expect(issues.map((i) => `${i.unitCode} ${i.period} ${i.kind}`)).toEqual([
      '448 2025-01 unit-not-in-force',
      '445 2026-03 unit-not-in-force',
      '18077 2026-03 unknown-unit',
      '18073 2025-03 unit-not-in-force',
      '499 2026-03 unknown-unit',
    ]);
  });
});
