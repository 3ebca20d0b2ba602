import { describe, expect, it } from 'vitest';
import type { AdminUnit } from '../units';
import { applyUnitScope, monthSpan } from './unit-scope';
import type { RecordIdentity } from './types';

const unit = (code: string, validFrom: string, validTo: string | null): AdminUnit => ({
  code,
  name: code,
  fullName: code,
  type: 'huyen',
  level: 'district',
  parentCode: '42',
  validFrom,
  validTo,
});

const districts = [unit('443', '1991-01-01', null), unit('448', '2007-05-28', '2024-12-31')];

interface Row {
  readonly code: string;
  readonly month: string;
  readonly department?: boolean;
}
const identity: RecordIdentity<Row> = { system: 'complaints', unitCode: (r) => r.code, period: (r) => r.month, recordId: () => null };
const split = (rows: Row[]) => applyUnitScope(rows, districts, identity, (r) => monthSpan(r.month), 'ma_don_vi', (r) => !r.department);

describe('unit scope', () => {
  it('keeps records of units in force on the record’s month', () => {
    const rows = [{ code: '443', month: '2025-02' }, { code: '448', month: '2024-12' }];
    expect(split(rows)).toEqual({ accepted: rows, issues: [] });
  });

  it('reports a code the catalogue does not have, with its record', () => {
    const { accepted, issues } = split([{ code: '499', month: '2024-03' }]);
    expect(accepted).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ system: 'complaints', kind: 'unknown-unit', ruleId: 'unit.unknown', unitCode: '499', period: '2024-03', field: 'ma_don_vi', value: '499' }),
    ]);
  });

  it('reports a unit reported after it ceased (Lộc Hà after its merger)', () => {
    const { issues } = split([{ code: '448', month: '2025-01' }]);
    expect(issues).toEqual([expect.objectContaining({ kind: 'unit-not-in-force', bound: '2007-05-28 – 2024-12-31' })]);
  });

  it('does not check records that are not about a unit', () => {
    expect(split([{ code: 'SO-TP', month: '2024-03', department: true }]).issues).toEqual([]);
  });

  it('spans a month to its last day', () => {
    expect(monthSpan('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});
