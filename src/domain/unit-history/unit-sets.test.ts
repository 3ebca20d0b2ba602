import { describe, expect, it } from 'vitest';
import type { UnitSet } from './types';
import { setsBetween, unitSetAt, unitSetForPeriod } from './unit-sets';

const set = (id: string, validFrom: string, validTo: string | null): UnitSet => ({ id, validFrom, validTo, districts: [], communes: [] });
const sets = [set('2025-07', '2025-07-01', null), set('2020-01', '2020-01-01', '2024-12-31'), set('2025-01', '2025-01-01', '2025-06-30')];

describe('unitSetAt', () => {
  it.each([
    ['2019-12-31', null],
    ['2020-01-01', '2020-01'],
    ['2024-12-31', '2020-01'],
    ['2025-01-01', '2025-01'],
    ['2025-06-30', '2025-01'],
    ['2025-07-01', '2025-07'],
    ['2026-11-30', '2025-07'],
  ])('on %s → %s', (date, id) => {
    expect(unitSetAt(sets, date)?.id ?? null).toBe(id);
  });
});

describe('unitSetForPeriod', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31', '2020-01', []],
    ['2025-Q1', '2025-01-01', '2025-03-31', '2025-01', []],
    ['2025 (spans both changes)', '2025-01-01', '2025-12-31', '2025-07', ['2025-01']],
    ['2024-07 … 2025-06', '2024-07-01', '2025-06-30', '2025-01', ['2020-01']],
    ['2024-Q4 … 2025-Q3', '2024-10-01', '2025-09-30', '2025-07', ['2020-01', '2025-01']],
    ['2026-11', '2026-11-01', '2026-11-30', '2025-07', []],
  ])('%s is shown on the set at its end', (_label, from, to, id, earlier) => {
    const result = unitSetForPeriod(sets, from, to);
    expect(result?.set.id).toBe(id);
    expect(result?.earlierSets.map((s) => s.id)).toEqual(earlier);
  });

  it('is null when the period ends before the first set', () => {
    expect(unitSetForPeriod(sets, '2019-01-01', '2019-12-31')).toBeNull();
  });
});

describe('setsBetween', () => {
  it('lists the chain oldest first, whatever the input order', () => {
    expect(setsBetween(sets, '2020-01', '2025-07').map((s) => s.id)).toEqual(['2020-01', '2025-01', '2025-07']);
    expect(() => setsBetween(sets, '2025-07', '2020-01')).toThrow(/No chain/);
  });
});
