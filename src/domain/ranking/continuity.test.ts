import { describe, expect, it } from 'vitest';
import { CROSSWALKS, UNIT_SETS } from '../../../mocks/data/unit-history';
import type { Crosswalk, DatedUnit, UnitSet } from '../unit-history';
import { comparablePeriods, comparableRankHistory, comparableRankMove, formerDistrictsOf, sameTerritoryRule, territoryUnchanged, unitLineage, type SetRanking } from './continuity';
import { rankPeriod } from './score';
import { inputsOf, SMALL_METHOD } from './test-helpers';

const unit = (code: string, level: 'district' | 'commune', parentCode: string | null): DatedUnit => ({
  code,
  name: code,
  type: level === 'district' ? 'huyen' : 'xa',
  level,
  parentCode,
  validFrom: '2020-01-01',
  validTo: null,
});
/*
 * Set A: districts D1 (communes a1, a2) and D2 (a3, a4). Set B (districts kept): a2 moves whole from D1 into D2's
 * commune b3 (= a2 + a3); D1 keeps a1. Set C (no districts): c1 = a1 whole + half of a4; c2 = b3 + other half of a4.
 */
const setA: UnitSet = { id: 'A', validFrom: '2020-01-01', validTo: '2024-12-31', districts: [unit('D1', 'district', 'P'), unit('D2', 'district', 'P')], communes: [unit('a1', 'commune', 'D1'), unit('a2', 'commune', 'D1'), unit('a3', 'commune', 'D2'), unit('a4', 'commune', 'D2')] };
const setB: UnitSet = { id: 'B', validFrom: '2025-01-01', validTo: '2025-06-30', districts: [unit('D1', 'district', 'P'), unit('D2', 'district', 'P')], communes: [unit('a1', 'commune', 'D1'), unit('b3', 'commune', 'D2'), unit('a4', 'commune', 'D2')] };
const setC: UnitSet = { id: 'C', validFrom: '2025-07-01', validTo: null, districts: [], communes: [unit('c1', 'commune', 'P'), unit('c2', 'commune', 'P'), unit('a1', 'commune', 'P')] };
const aToB: Crosswalk = { fromSet: 'A', toSet: 'B', effective: '2025-01-01', links: [{ from: 'a1', to: 'a1', relation: 'full' }, { from: 'a2', to: 'b3', relation: 'full' }, { from: 'a3', to: 'b3', relation: 'full' }, { from: 'a4', to: 'a4', relation: 'full' }] };
const bToC: Crosswalk = { fromSet: 'B', toSet: 'C', effective: '2025-07-01', links: [{ from: 'a1', to: 'c1', relation: 'full' }, { from: 'a4', to: 'c1', relation: 'partial' }, { from: 'b3', to: 'c2', relation: 'full' }, { from: 'a4', to: 'c2', relation: 'partial' }] };
const toy = { sets: [setA, setB, setC], crosswalks: [aToB, bToC] };

describe('territoryUnchanged', () => {
  it('is false for a district that lost a commune, and for the one that gained it', () => {
    expect(territoryUnchanged(toy, 'D1', 'A', 'B')).toBe(false);
    expect(territoryUnchanged(toy, 'D2', 'A', 'B')).toBe(false);
  });

  it('is true for a commune carried on whole, false for a code reused for another territory', () => {
    expect(territoryUnchanged(toy, 'a4', 'A', 'B')).toBe(true);
    // a1 carries on whole into B; in C the code a1 names a unit no old commune went into (a1 went into c1).
    expect(territoryUnchanged(toy, 'a1', 'B', 'C')).toBe(false);
  });

  it('is false across levels, backwards in time, and for unknown units; true within one set', () => {
    expect(territoryUnchanged(toy, 'D1', 'B', 'C')).toBe(false);
    expect(territoryUnchanged(toy, 'a4', 'B', 'A')).toBe(false);
    expect(territoryUnchanged(toy, 'zz', 'A', 'B')).toBe(false);
    expect(territoryUnchanged(toy, 'D1', 'A', 'A')).toBe(true);
  });

  describe('on the province’s sets', () => {
    const real = { sets: UNIT_SETS, crosswalks: CROSSWALKS };
    it('keeps Hương Khê (442) whole across 1 Jan 2025, not Hà Tĩnh city (436) which gained 14 communes', () => {
      expect(territoryUnchanged(real, '442', '2020-01', '2025-01')).toBe(true);
      expect(territoryUnchanged(real, '436', '2020-01', '2025-01')).toBe(false);
    });
    it('does not take Thành Sen (18073, from 1 Jul 2025) for the old Phường Nam Hà that had its code', () => {
      expect(territoryUnchanged(real, '18073', '2025-01', '2025-07')).toBe(false);
    });
  });
});

/*
 * Three quarters: Q1 and Q2 rank districts D1, D2 (set B), Q3 ranks communes c1, c2 (set C).
 * Q1: D1 0.9 → 1, D2 0.6 → 2.  Q2: D1 0.6 → 2, D2 0.9 → 1.  Q3: c1 0.7 → 2, c2 0.8 → 1.
 */
const rank = (values: Record<string, number>) =>
  rankPeriod(inputsOf(Object.fromEntries(Object.entries(values).map(([c, x]) => [c, { 'disclosure.onTime': x }]))), SMALL_METHOD);
const q1: SetRanking = { setId: 'B', ranking: rank({ D1: 0.9, D2: 0.6 }) };
const q2: SetRanking = { setId: 'B', ranking: rank({ D1: 0.6, D2: 0.9 }) };
const q3: SetRanking = { setId: 'C', ranking: rank({ c1: 0.7, c2: 0.8 }) };
const same = sameTerritoryRule(toy);

describe('comparisons across a change', () => {
  it('moves a unit within one set by the places it gained', () => {
    expect(comparableRankMove(q2, q1, 'D2', same)).toEqual({ kind: 'moved', places: 1 });
    expect(comparableRankMove(q2, q1, 'D1', same)).toEqual({ kind: 'moved', places: -1 });
  });

  it('says "not comparable" across 1 Jul 2025 rather than inventing a move', () => {
    expect(comparableRankMove(q3, q2, 'c1', same)).toEqual({ kind: 'not-comparable' });
    expect(comparableRankMove(q3, null, 'c1', same)).toEqual({ kind: 'none' });
  });

  it('withholds ranks of another unit set from a history, marked, never mixed in', () => {
    expect(comparableRankHistory([q1, q2, q3], 'c2', same)).toEqual([
      { rank: null, comparable: false },
      { rank: null, comparable: false },
      { rank: 1, comparable: true },
    ]);
    expect(comparableRankHistory([q1, q2], 'D2', same)).toEqual([
      { rank: 2, comparable: true },
      { rank: 1, comparable: true },
    ]);
  });

  it('draws a bump chart only over periods of comparable ranks', () => {
    expect(comparablePeriods([q1, q2, q3], ['c1', 'c2'], same)).toEqual([2]);
    expect(comparablePeriods([q1, q2], ['D1', 'D2'], same)).toEqual([0, 1]);
  });

  it('without a unit history, compares only rankings of the same set', () => {
    const bare = sameTerritoryRule(null);
    expect(bare('x', 'B', 'B')).toBe(true);
    expect(bare('x', 'A', 'B')).toBe(false);
  });

  it('keeps a district comparable across 1 Jan 2025 when its territory did not change', () => {
    const y2024: SetRanking = { setId: '2020-01', ranking: rank({ '442': 0.9, '436': 0.6 }) };
    const y2025: SetRanking = { setId: '2025-01', ranking: rank({ '442': 0.6, '436': 0.9 }) };
    const real = sameTerritoryRule({ sets: UNIT_SETS, crosswalks: CROSSWALKS });
    expect(comparableRankMove(y2025, y2024, '442', real)).toEqual({ kind: 'moved', places: -1 });
    expect(comparableRankMove(y2025, y2024, '436', real)).toEqual({ kind: 'not-comparable' });
  });
});

describe('formerDistrictsOf', () => {
  it('groups the new communes by former district; only an exact group continues the district line', () => {
    const f = formerDistrictsOf(toy, 'C');
    // c1 = a1 (D1) + ½ a4 (D2) → D1 1 vs D2 ½ → D1; c2 = b3 (D2) + ½ a4 (D2) → D2; a1 is not reached by any link.
    expect(f?.fromSetId).toBe('B');
    expect(f?.grouping.groups).toEqual([
      { districtCode: 'D1', unitCodes: ['c1'] },
      { districtCode: 'D2', unitCodes: ['c2'] },
    ]);
    expect([...(f?.sameTerritory ?? [])]).toEqual([]); // a4 is split across both groups
  });

  it('is null for a set that still has districts', () => {
    expect(formerDistrictsOf(toy, 'B')).toBeNull();
  });

  it('on the province: 12 former districts, six of them covered exactly by their group', () => {
    const f = formerDistrictsOf({ sets: UNIT_SETS, crosswalks: CROSSWALKS }, '2025-07');
    expect(f?.grouping.groups).toHaveLength(12);
    expect(f?.sameTerritory.size).toBe(6);
    expect(f?.sameTerritory.has('439')).toBe(true); // Hương Sơn: its communes went whole into units of its own
    expect(f?.sameTerritory.has('436')).toBe(false); // Hà Tĩnh city: not every commune went whole into its group
  });
});

describe('unitLineage', () => {
  it('names the old communes a new unit was made of, whole and in part', () => {
    expect(unitLineage(toy, 'C', 'c1')).toEqual({ fromSetId: 'B', whole: [{ code: 'a1', name: 'a1' }], part: [{ code: 'a4', name: 'a4' }] });
    expect(unitLineage(toy, 'A', 'a1')).toBeNull();
  });

  const real = { sets: UNIT_SETS, crosswalks: CROSSWALKS };

  it('on the province: Thành Sen (18073) took Phường Nam Hà whole (whose code it kept) and part of another unit', () => {
    const l = unitLineage(real, '2025-07', '18073');
    expect(l?.whole.map((u) => u.name)).toContain('Phường Nam Hà');
    expect(l?.part.map((u) => u.code)).toEqual(['18082']);
  });

  it('on the province: exactly the five partly mapped units took part of an old commune', () => {
    const set = UNIT_SETS.find((s) => s.id === '2025-07')!;
    const partly = set.communes.filter((c) => (unitLineage(real, '2025-07', c.code)?.part.length ?? 0) > 0).map((c) => c.code);
    expect(partly.sort()).toEqual(['18073', '18652', '18754', '18823', '18832']);
  });
});
