import { describe, expect, it } from 'vitest';
import { peerGroupsByType, rankPeriod, sameTerritoryRule } from '../../domain/ranking';
import { inputsOf, SMALL_METHOD } from '../../domain/ranking/test-helpers';
import { FIRST_DIRECTION, leagueRows, rowsOfGroup, sortRows, topAndBottom } from './league-rows';

const on = (year: number, values: Record<string, number | null>) =>
  rankPeriod(inputsOf(Object.fromEntries(Object.entries(values).map(([c, x]) => [c, x === null ? {} : { 'disclosure.onTime': x }])), year), SMALL_METHOD);

const names = new Map([['A', 'Đức Thọ'], ['B', 'Can Lộc'], ['C', 'Hà Tĩnh'], ['D', 'Ân Thi']]);

describe('league table rows', () => {
  const rankings = [on(2022, { A: 0.6, B: 0.7, C: 0.8, D: null }), on(2023, { A: 0.9, B: 0.7, C: 0.8, D: 0.55 })];
  const rows = leagueRows(rankings, names);
  const row = (code: string) => rows.find((r) => r.code === code)!;

  it('carries rank, score, tier, change and history of each unit', () => {
    expect(row('A')).toMatchObject({ name: 'Đức Thọ', rank: 1, change: 2, isNew: false, history: [3, 1] });
    expect(row('A').score).toBeCloseTo(80, 10);
    expect(row('A').tier).toBe('good');
    expect(row('C')).toMatchObject({ rank: 2, change: -1 });
    expect(row('B')).toMatchObject({ rank: 3, change: -1 });
    // D had no data in 2022: ranked now, "new", no change figure.
    expect(row('D')).toMatchObject({ rank: 4, change: null, isNew: true, history: [null, 4] });
    expect(row('A').themes.disclosure.rank).toBe(1);
    expect(row('A').themes.complaints).toEqual({ rank: null, score: null });
  });

  it('has no change and nothing new in the first period', () => {
    const first = leagueRows(rankings.slice(0, 1), names);
    expect(first.every((r) => r.change === null && !r.isNew)).toBe(true);
  });

  it.each([
    ['rank', 'asc', ['A', 'C', 'B', 'D']],
    ['rank', 'desc', ['D', 'B', 'C', 'A']],
    // Vietnamese order: Ân after An-, Can before Đức, Đ after D.
    ['unit', 'asc', ['D', 'B', 'A', 'C']],
    ['score', 'desc', ['A', 'C', 'B', 'D']],
    ['score', 'asc', ['D', 'B', 'C', 'A']],
    // Changes: A +2, C −1, B −1 (tied: the overall rank orders them), D none (last in either direction).
    ['change', 'desc', ['A', 'C', 'B', 'D']],
    ['change', 'asc', ['C', 'B', 'A', 'D']],
    // No unit has complaint data: the overall rank decides.
    ['complaints', 'desc', ['A', 'C', 'B', 'D']],
  ] as const)('sorts by %s %s', (column, direction, order) => {
    expect(sortRows(rows, column, direction).map((r) => r.code)).toEqual(order);
  });

  it('sorts best first on the first click of a figure column', () => {
    expect(FIRST_DIRECTION.score).toBe('desc');
    expect(FIRST_DIRECTION.rank).toBe('asc');
  });

  it('takes the top and bottom units without overlap', () => {
    const { top, bottom } = topAndBottom(rows, 3);
    expect(top.map((r) => r.code)).toEqual(['A', 'C', 'B']);
    expect(bottom.map((r) => r.code)).toEqual(['D']);
    const many = leagueRows([on(2023, { a: 0.9, b: 0.85, c: 0.8, d: 0.75, e: 0.7, f: 0.65, g: 0.6, h: null })], new Map());
    expect(topAndBottom(many, 3).bottom.map((r) => r.code)).toEqual(['e', 'f', 'g']);
  });
});

describe('league rows across a change of units, with peer groups', () => {
  // Q2 ranks two districts (set "B"); Q3 ranks three communes (set "C"), two phường and one xã.
  const q2 = on(2025, { D1: 0.9, D2: 0.6 });
  const q3 = on(2025, { c1: 0.7, c2: 0.8, c3: 0.95 });
  const groups = peerGroupsByType([
    { code: 'c1', type: 'phuong' },
    { code: 'c2', type: 'phuong' },
    { code: 'c3', type: 'xa' },
  ]);
  const rows = leagueRows([q2, q3], new Map(), { setIds: ['B', 'C'], sameTerritory: sameTerritoryRule(null), groups });
  const row = (code: string) => rows.find((r) => r.code === code)!;

  it('gives no move across the change, says so, and withholds the earlier rank from the history', () => {
    expect(row('c2')).toMatchObject({ rank: 2, change: null, isNew: false, changeNotComparable: true, history: [null, 2], historyComparable: [false, true] });
  });

  it('ranks within the peer group and overall from the same scores', () => {
    expect(rows.map((r) => [r.code, r.rank, r.group, r.groupRank])).toEqual([
      ['c1', 3, 'type:phuong', 2],
      ['c2', 2, 'type:phuong', 1],
      ['c3', 1, 'type:xa', 1],
    ]);
  });

  it('filters to one group, and sorts group by group', () => {
    expect(rowsOfGroup(rows, 'type:phuong').map((r) => r.code)).toEqual(['c1', 'c2']);
    expect(rowsOfGroup(rows, 'type:unknown')).toHaveLength(3);
    expect(sortRows(rows, 'groupRank', 'asc').map((r) => r.code)).toEqual(['c2', 'c1', 'c3']);
  });

  it('compares within one set as before', () => {
    const same = leagueRows([on(2025, { c1: 0.9, c2: 0.8 }), q3], new Map(), { setIds: ['C', 'C'] });
    expect(same.find((r) => r.code === 'c1')).toMatchObject({ change: -2, changeNotComparable: false, historyComparable: [true, true] });
  });
});
