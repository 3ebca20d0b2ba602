import { describe, expect, it } from 'vitest';
import type { AdminUnit } from '../units';
import { byRank, overallRankChange, rankHistory } from './history';
import { unitsInForce } from './inputs';
import { rankPeriod } from './score';
import { inputsOf, SMALL_METHOD } from './test-helpers';

const district = (code: string, validTo: string | null): AdminUnit => ({
  code,
  name: code,
  fullName: `Huyện ${code}`,
  type: 'huyen',
  level: 'district',
  parentCode: '42',
  validFrom: '2007-05-28',
  validTo,
});

describe('rank history across periods', () => {
  const catalogue = [district('445', null), district('446', null), district('448', '2024-12-31')];

  it('ranks Lộc Hà (448) up to 2024 and not after its merger', () => {
    expect(unitsInForce(catalogue, { kind: 'year', year: 2024 })).toEqual(['445', '446', '448']);
    expect(unitsInForce(catalogue, { kind: 'quarter', year: 2024, index: 4 })).toEqual(['445', '446', '448']);
    expect(unitsInForce(catalogue, { kind: 'year', year: 2025 })).toEqual(['445', '446']);
    expect(unitsInForce(catalogue, { kind: 'month', year: 2025, index: 1 })).toEqual(['445', '446']);
  });

  const on = (year: number, values: Record<string, number>) =>
    rankPeriod(inputsOf(Object.fromEntries(Object.entries(values).map(([code, x]) => [code, { 'disclosure.onTime': x }])), year), SMALL_METHOD);
  const y2023 = on(2023, { '445': 0.9, '446': 0.7, '448': 0.8 });
  const y2024 = on(2024, { '445': 0.6, '446': 0.95, '448': 0.8 });
  // 2025: the catalogue no longer has 448, so it is not among the inputs; the others are ranked among two.
  const y2025 = on(2025, { '445': 0.9, '446': 0.95 });

  it('tells how many places each unit moved, and gives no move to a unit without a rank then', () => {
    expect(overallRankChange(y2024, y2023, '446')).toBe(2); // 3rd → 1st
    expect(overallRankChange(y2024, y2023, '445')).toBe(-2); // 1st → 3rd
    expect(overallRankChange(y2024, y2023, '448')).toBe(0);
    expect(overallRankChange(y2025, y2024, '448')).toBeNull();
    expect(overallRankChange(y2024, null, '445')).toBeNull();
  });

  it('draws each unit\'s rank line with a gap where it did not exist', () => {
    expect(rankHistory([y2023, y2024, y2025], '448')).toEqual([2, 2, null]);
    expect(rankHistory([y2023, y2024, y2025], '445')).toEqual([1, 3, 2]);
  });

  it('orders the table by rank, unranked last', () => {
    const withUnranked = rankPeriod(inputsOf({ A: {}, B: { 'disclosure.onTime': 0.6 }, C: { 'disclosure.onTime': 0.9 } }), SMALL_METHOD);
    expect(byRank(withUnranked).map((u) => u.code)).toEqual(['C', 'B', 'A']);
  });
});
