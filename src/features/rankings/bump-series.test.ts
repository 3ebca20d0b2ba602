import { describe, expect, it } from 'vitest';
import { peerGroupsByType, rankPeriod, sameTerritoryRule } from '../../domain/ranking';
import { inputsOf, SMALL_METHOD } from '../../domain/ranking/test-helpers';
import { bumpData } from './bump-series';
import { leagueRows } from './league-rows';

const on = (values: Record<string, number>) =>
  rankPeriod(inputsOf(Object.fromEntries(Object.entries(values).map(([c, x]) => [c, { 'disclosure.onTime': x }]))), SMALL_METHOD);
const same = sameTerritoryRule(null);

describe('bump chart data across 1 Jul 2025', () => {
  // Q2: two districts (set B). Q3, Q4: three communes (set C): p1, p2 phường, x1 xã.
  const series = [
    { setId: 'B', ranking: on({ D1: 0.9, D2: 0.6 }) },
    { setId: 'C', ranking: on({ p1: 0.7, p2: 0.8, x1: 0.95 }) },
    { setId: 'C', ranking: on({ p1: 0.9, p2: 0.8, x1: 0.6 }) },
  ];
  const groups = peerGroupsByType([
    { code: 'p1', type: 'phuong' },
    { code: 'p2', type: 'phuong' },
    { code: 'x1', type: 'xa' },
  ]);
  const rows = leagueRows(
    series.map((s) => s.ranking),
    new Map(),
    { setIds: series.map((s) => s.setId), sameTerritory: same, groups },
  );
  const labels = ['Q2', 'Q3', 'Q4'];

  it('drops the period of another unit set rather than joining lines across it', () => {
    const d = bumpData({ rows, series, labels, same, groups: null, group: null, selectedCode: null });
    expect(d.categories).toEqual(['Q3', 'Q4']);
    expect(d.hiddenPeriods).toBe(1);
    expect(d.mode).toBe('all');
    // Q3: x1 1, p2 2, p1 3; Q4: p1 1, p2 2, x1 3.
    expect(d.series.map((s) => [s.code, s.ranks])).toEqual([
      ['p1', [3, 1]],
      ['p2', [2, 2]],
      ['x1', [1, 3]],
    ]);
  });

  it('with a group chosen, draws ranks within the group, period by period', () => {
    const d = bumpData({ rows, series, labels, same, groups, group: 'type:phuong', selectedCode: null });
    expect(d.mode).toBe('group');
    expect(d.unitCount).toBe(2);
    // Phường only: Q3 p2 1, p1 2; Q4 p1 1, p2 2.
    expect(d.series.map((s) => [s.code, s.ranks])).toEqual([
      ['p1', [2, 1]],
      ['p2', [1, 2]],
    ]);
  });

  it('draws the top ten and the selected unit of a long table', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`u${String(i).padStart(2, '0')}`, 0.99 - i * 0.02]));
    const long = [{ setId: 'C', ranking: on(many) }];
    const longRows = leagueRows(long.map((s) => s.ranking), new Map(), { setIds: ['C'], sameTerritory: same });
    const d = bumpData({ rows: longRows, series: long, labels: ['Q4'], same, groups: null, group: null, selectedCode: 'u17' });
    expect(d.mode).toBe('top');
    expect(d.series.map((s) => s.code)).toEqual([...Array.from({ length: 10 }, (_, i) => `u0${i}`), 'u17']);
    expect(d.unitCount).toBe(18);
  });
});
