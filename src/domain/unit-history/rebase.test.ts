import { describe, expect, it } from 'vitest';
import type { UnitHistory } from './catalogue';
import { heldApartCode, heldApartName, heldApartUnit, placeOnSet, rebaseForPeriod, rebaseRecords, type RecordKeying } from './rebase';
import type { Crosswalk, DatedUnit, UnitSet } from './types';

/*
 * A toy province, hand-checked.
 * Set A (2020 – 2024): D1 {a1, a2}, D2 {a3, a4}, D3 {a5}.
 * Set B (2025-01 – 2025-06): D3 is merged into D2 (a5 → a4, whole); D1 and its communes unchanged.
 * Set C (from 2025-07, no districts): "a1" = a1 + a2 (the code a1 is reused for a larger unit), n2 = a3 + part of a4,
 * n3 = the rest of a4.
 */
const datedUnit = (code: string, level: 'district' | 'commune', parentCode: string, validFrom: string, validTo: string | null): DatedUnit => ({
  code,
  name: code,
  type: level === 'district' ? 'huyen' : 'xa',
  level,
  parentCode,
  validFrom,
  validTo,
});
const A: UnitSet = {
  id: 'A',
  validFrom: '2020-01-01',
  validTo: '2024-12-31',
  districts: ['D1', 'D2', 'D3'].map((d) => datedUnit(d, 'district', 'P', '2020-01-01', '2024-12-31')),
  communes: [['a1', 'D1'], ['a2', 'D1'], ['a3', 'D2'], ['a4', 'D2'], ['a5', 'D3']].map(([c, d]) => datedUnit(c ?? '', 'commune', d ?? '', '2020-01-01', '2024-12-31')),
};
const B: UnitSet = {
  id: 'B',
  validFrom: '2025-01-01',
  validTo: '2025-06-30',
  districts: ['D1', 'D2'].map((d) => datedUnit(d, 'district', 'P', '2025-01-01', '2025-06-30')),
  communes: [['a1', 'D1'], ['a2', 'D1'], ['a3', 'D2'], ['a4', 'D2']].map(([c, d]) => datedUnit(c ?? '', 'commune', d ?? '', '2025-01-01', '2025-06-30')),
};
const C: UnitSet = { id: 'C', validFrom: '2025-07-01', validTo: null, districts: [], communes: ['a1', 'n2', 'n3'].map((c) => datedUnit(c, 'commune', 'P', '2025-07-01', null)) };
const full = (from: string, to: string) => ({ from, to, relation: 'full' as const });
const part = (from: string, to: string) => ({ from, to, relation: 'partial' as const });
const crosswalks: Crosswalk[] = [
  { fromSet: 'A', toSet: 'B', effective: '2025-01-01', links: [full('a1', 'a1'), full('a2', 'a2'), full('a3', 'a3'), full('a4', 'a4'), full('a5', 'a4')] },
  { fromSet: 'B', toSet: 'C', effective: '2025-07-01', links: [full('a1', 'a1'), full('a2', 'a1'), full('a3', 'n2'), part('a4', 'n2'), part('a4', 'n3')] },
];
const history: UnitHistory = { province: { code: 'P', name: 'P', fullName: 'P', type: 'tinh', level: 'province', parentCode: null, validFrom: '2000-01-01', validTo: null }, versions: [], sets: [A, B, C], crosswalks, crosswalkProblem: null };

interface Row {
  readonly unit: string;
  readonly month: string;
  readonly resolved: number;
  readonly received: number;
}
const keying: RecordKeying<Row> = {
  unitCode: (r) => r.unit,
  date: (r) => `${r.month}-01`,
  groupKey: (r) => r.month,
  withUnit: (r, unit) => ({ ...r, unit }),
  merge: (rs, unit) => ({ unit, month: rs[0]?.month ?? '', resolved: rs.reduce((s, r) => s + r.resolved, 0), received: rs.reduce((s, r) => s + r.received, 0) }),
};
const row = (unit: string, month: string, resolved: number, received: number): Row => ({ unit, month, resolved, received });
const byUnit = (rows: readonly Row[]) => Object.fromEntries(rows.map((r) => [`${r.unit} ${r.month}`, `${r.resolved}/${r.received}`]));

describe('rebaseRecords', () => {
  it('carries district figures of 2024 onto the 2025 districts: D2 = D2 + D3 = 7/10 + 2/5 = 9/15, D1 unchanged', () => {
    const rebased = rebaseRecords([row('D1', '2024-12', 3, 4), row('D2', '2024-12', 7, 10), row('D3', '2024-12', 2, 5)], keying, history, B);
    expect(byUnit(rebased.records)).toEqual({ 'D1 2024-12': '3/4', 'D2 2024-12': '9/15' });
    expect([...rebased.reaggregatedDays]).toEqual(['2024-12-01']);
    expect(rebased.notComparable.size).toBe(0);
  });

  it('re-aggregates communes onto the new units, keyed by set: the new a1 = old a1 + a2 = 1/2 + 3/4 = 4/6, not the old a1’s 1/2', () => {
    const rebased = rebaseRecords([row('a1', '2025-03', 1, 2), row('a2', '2025-03', 3, 4), row('a3', '2025-03', 5, 6), row('a4', '2025-03', 7, 8)], keying, history, C);
    expect(byUnit(rebased.records)).toEqual({ 'a1 2025-03': '4/6', 'a3@B 2025-03': '5/6', 'a4@B 2025-03': '7/8' });
    expect([...(rebased.notComparable.get('2025-03-01') ?? [])].sort()).toEqual(['n2', 'n3']);
  });

  it('reaches a new unit from district figures only when a whole district went into it: a1 = D1 (2/3); n2, n3 not comparable', () => {
    const rebased = rebaseRecords([row('D1', '2025-05', 2, 3), row('D2', '2025-05', 4, 9)], keying, history, C);
    expect(byUnit(rebased.records)).toEqual({ 'a1 2025-05': '2/3', 'D2@B 2025-05': '4/9' });
    expect([...(rebased.notComparable.get('2025-05-01') ?? [])].sort()).toEqual(['n2', 'n3']);
  });

  it('chains two steps: 2024 communes onto the 2025-07 units (a1 = a1 + a2 of 2024 = 1/1 + 1/3 = 2/4)', () => {
    const rebased = rebaseRecords([row('a1', '2024-06', 1, 1), row('a2', '2024-06', 1, 3), row('a5', '2024-06', 9, 9)], keying, history, C);
    expect(byUnit(rebased.records)).toEqual({ 'a1 2024-06': '2/4', 'a5@A 2024-06': '9/9' });
  });

  it('does not sum a new unit one of whose old units did not report', () => {
    const rebased = rebaseRecords([row('a1', '2025-03', 1, 2)], keying, history, C);
    expect(byUnit(rebased.records)).toEqual({ 'a1@B 2025-03': '1/2' });
    expect([...(rebased.notComparable.get('2025-03-01') ?? [])]).toEqual(['a1']);
  });
});

describe('rebaseForPeriod: the year 2025 shown on set C', () => {
  const records = [
    row('a1', '2025-03', 1, 2),
    row('a2', '2025-03', 3, 4),
    row('a3', '2025-03', 5, 6),
    row('a4', '2025-03', 7, 8),
    row('a1', '2025-08', 5, 5),
    row('n2', '2025-08', 1, 1),
    row('n3', '2025-08', 2, 2),
  ];
  const result = rebaseForPeriod(records, keying, history, C, '2025-01-01', '2025-12-31');
  const total = (unit: string) => {
    const rows = result.records.filter((r) => r.unit === unit);
    return [rows.reduce((s, r) => s + r.resolved, 0), rows.reduce((s, r) => s + r.received, 0)];
  };

  it('gives a1 its whole year: 4/6 re-aggregated + 5/5 = 9/11', () => {
    expect(total('a1')).toEqual([9, 11]);
    expect(result.reaggregated).toBe(true);
  });

  it('gives the split units no figure at all for the year, not their second half alone', () => {
    expect([...result.notComparable].sort()).toEqual(['n2', 'n3']);
    expect(total('n2')).toEqual([0, 0]);
    expect(total('n3')).toEqual([0, 0]);
  });

  it('loses nothing from the province pool: 24 resolved of 28 received either way', () => {
    expect(result.records.reduce((s, r) => s + r.resolved, 0)).toBe(24);
    expect(result.records.reduce((s, r) => s + r.received, 0)).toBe(28);
  });

  it('leaves a period inside one set as it is', () => {
    const q3 = rebaseForPeriod(records.filter((r) => r.month >= '2025-07'), keying, history, C, '2025-07-01', '2025-09-30');
    expect(q3.reaggregated).toBe(false);
    expect(q3.notComparable.size).toBe(0);
    expect(q3.records.filter((r) => r.unit === 'n2')).toHaveLength(1);
  });
});

describe('placeOnSet', () => {
  it('keeps a unit of the target set, carries a whole commune, and places nothing split', () => {
    expect(placeOnSet(history, B, 'D1', 'a1')).toBe('D1');
    expect(placeOnSet(history, B, 'D3', 'a5')).toBe('D2');
    expect(placeOnSet(history, B, 'D3', null)).toBe('D2');
    expect(placeOnSet(history, C, 'D1', 'a2')).toBe('a1');
    expect(placeOnSet(history, C, 'D2', 'a4')).toBeNull();
    expect(placeOnSet(history, C, 'D2', null)).toBeNull();
    expect(placeOnSet(history, C, 'n2', null)).toBe('n2');
  });
});

describe('held-apart codes', () => {
  const unit = (code: string, fullName: string, validFrom: string, validTo: string | null) =>
    ({ code, name: fullName, fullName, type: 'huyen', level: 'district', parentCode: 'P', validFrom, validTo }) as const;
  const withVersions: UnitHistory = {
    ...history,
    versions: [unit('436', 'Thành phố Hà Tĩnh (cũ)', '2000-01-01', '2019-12-31'), unit('436', 'Thành phố Hà Tĩnh', '2020-01-01', '2025-06-30'), unit('28264', 'Phường Thành Sen', '2025-07-01', null)],
  };

  it('gives back the unit a held-apart code was made from, and nothing for a plain code', () => {
    expect(heldApartUnit(heldApartCode('436', '2025-07'))).toBe('436');
    expect(heldApartUnit('436')).toBeNull();
  });

  it("names a held-apart unit by its catalogue's last version", () => {
    expect(heldApartName(withVersions, heldApartCode('436', '2025-07'))).toBe('Thành phố Hà Tĩnh');
    expect(heldApartName(withVersions, '28264')).toBeNull();
    expect(heldApartName(withVersions, heldApartCode('999', '2025-07'))).toBeNull();
    expect(heldApartName(null, heldApartCode('436', '2025-07'))).toBeNull();
  });
});
