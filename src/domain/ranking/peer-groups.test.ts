import { describe, expect, it } from 'vitest';
import { CROSSWALKS, UNIT_SETS } from '../../../mocks/data/unit-history';
import { formerDistrictsOf } from './continuity';
import { groupRanks, peerGroupsByFormerDistrict, peerGroupsByType } from './peer-groups';
import { rankPeriod } from './score';
import { inputsOf, SMALL_METHOD } from './test-helpers';

/*
 * Five units, on-time disclosure only (target 100 % from a floor of 50 %): score = (x − 0.5) / 0.5 × 100.
 *   P1 phường 0.90 → 80   P2 phường 0.70 → 40   X1 xã 0.95 → 90   X2 xã 0.70 → 40   X3 xã 0.60 → 20
 * Overall: X1 1, P1 2, P2 3 = X2 3, X3 5. Phường: P1 1, P2 2. Xã: X1 1, X2 2, X3 3.
 */
const ranking = rankPeriod(
  inputsOf({ P1: { 'disclosure.onTime': 0.9 }, P2: { 'disclosure.onTime': 0.7 }, X1: { 'disclosure.onTime': 0.95 }, X2: { 'disclosure.onTime': 0.7 }, X3: { 'disclosure.onTime': 0.6 }, N: {} }),
  SMALL_METHOD,
);
const units = [
  { code: 'P1', type: 'phuong' as const },
  { code: 'X1', type: 'xa' as const },
  { code: 'P2', type: 'phuong' as const },
  { code: 'X2', type: 'xa' as const },
  { code: 'X3', type: 'xa' as const },
  { code: 'N', type: 'xa' as const },
];

describe('peer groups by type', () => {
  const groups = peerGroupsByType(units);

  it('puts wards before rural communes, members in the order given', () => {
    expect(groups.groups.map((g) => [g.key, g.codes])).toEqual([
      ['type:phuong', ['P1', 'P2']],
      ['type:xa', ['X1', 'X2', 'X3', 'N']],
    ]);
  });

  it('ranks within the group from the same scores (hand-checked), and keeps the overall rank apart', () => {
    const within = groupRanks(ranking, groups);
    expect(Object.fromEntries(within)).toEqual({ P1: 1, P2: 2, X1: 1, X2: 2, X3: 3, N: null });
    expect(Object.fromEntries(ranking.units.map((u) => [u.code, u.rank]))).toEqual({ P1: 2, P2: 3, X1: 1, X2: 3, X3: 5, N: null });
  });

  it('orders district types city, town, rural district', () => {
    const d = peerGroupsByType([
      { code: '440', type: 'huyen' },
      { code: '449', type: 'thi-xa' },
      { code: '436', type: 'thanh-pho' },
    ]);
    expect(d.groups.map((g) => g.value)).toEqual(['thanh-pho', 'thi-xa', 'huyen']);
  });
});

describe('peer groups by former district on the 69 units of 1 Jul 2025', () => {
  const set = UNIT_SETS.find((s) => s.id === '2025-07')!;
  const former = formerDistrictsOf({ sets: UNIT_SETS, crosswalks: CROSSWALKS }, '2025-07')!;
  const groups = peerGroupsByFormerDistrict(
    set.communes.map((c) => c.code),
    former.grouping,
  );

  it('places each of the 69 units in exactly one of the 12 former districts', () => {
    expect(set.communes).toHaveLength(69);
    expect(groups.groups).toHaveLength(12);
    expect(groups.groups.reduce((n, g) => n + g.codes.length, 0)).toBe(69);
    expect(groups.groupOf.size).toBe(69);
  });

  it('has 9 phường and 60 xã when grouped by type', () => {
    const byType = peerGroupsByType(set.communes);
    expect(byType.groups.map((g) => [g.value, g.codes.length])).toEqual([
      ['phuong', 9],
      ['xa', 60],
    ]);
  });

  it('keys groups by the former district code, usable in a URL', () => {
    expect(groups.groups.map((g) => g.key)).toContain('district:436');
    expect(groups.groupOf.get('18073')).toBe('district:436'); // Thành Sen, four wards of Hà Tĩnh city
  });
});
