import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { biggestMoves, displayed, displayedChange, extremes, rankOf, type IndicatorSnapshot } from './snapshot';

const snapshot = (values: Array<[string, number | null, number | null]>, better: 'higher' | 'lower' = 'higher'): IndicatorSnapshot => ({
  indicator: 'complaintResolution',
  measure: 'rate',
  better,
  comparisonBasis: 'samePeriodLastYear',
  province: { value: 0.8, comparison: 0.7 },
  units: values.map(([code, value, comparison]) => ({ code, name: `Đơn vị ${code}`, value, comparison })),
});

describe('figures as displayed', () => {
  it('rounds rates to a tenth of a point and counts to one', () => {
    expect(displayed(0.83149, 'rate')).toBe(0.831);
    expect(displayed(1234.5, 'count')).toBe(1235);
    expect(displayedChange({ value: 0.723, comparison: 0.6 }, 'rate')).toBe(12.3);
    expect(displayedChange({ value: 0.509, comparison: 0.52 }, 'rate')).toBe(-1.1);
    expect(displayedChange({ value: 120, comparison: null }, 'count')).toBeNull();
  });
});

describe('extremes', () => {
  it('finds the highest and lowest, with ties, ignoring units without figures', () => {
    const s = snapshot([
      ['1', 0.9, null],
      ['2', 0.5, null],
      ['3', null, null],
      ['4', 0.90004, null],
    ]);
    const e = extremes(s);
    expect(e?.highest.map((u) => u.code)).toEqual(['1', '4']);
    expect(e?.lowest.map((u) => u.code)).toEqual(['2']);
  });

  it('has nothing to say about one unit or about units all equal', () => {
    expect(extremes(snapshot([['1', 0.9, null]]))).toBeNull();
    expect(extremes(snapshot([['1', 0.9, null], ['2', 0.9, null]]))).toBeNull();
  });
});

describe('biggest moves and rank', () => {
  it('picks the largest rise and the largest fall', () => {
    const m = biggestMoves(snapshot([['1', 0.9, 0.8], ['2', 0.5, 0.6], ['3', 0.7, 0.75], ['4', 0.95, 0.85]]));
    expect(m.rise?.units.map((u) => u.code)).toEqual(['1', '4']);
    expect(m.rise?.change).toBe(10);
    expect(m.fall?.units.map((u) => u.code)).toEqual(['2']);
    expect(m.fall?.change).toBe(-10);
  });

  it('ranks best first in the indicator direction, with shared ranks for ties', () => {
    const s = snapshot([['1', 0.9, null], ['2', 0.8, null], ['3', 0.8, null], ['4', 0.7, null], ['5', null, null]]);
    expect(rankOf(s, '1')).toEqual({ rank: 1, of: 4 });
    expect(rankOf(s, '3')).toEqual({ rank: 2, of: 4 });
    expect(rankOf(s, '4')).toEqual({ rank: 4, of: 4 });
    expect(rankOf(s, '5')).toBeNull();
    expect(rankOf({ ...s, better: 'lower' }, '4')).toEqual({ rank: 1, of: 4 });
  });
});

describe('reading figures back out of a sentence', () => {
  it('reads Vietnamese and English number formats', () => {
    expect(extractFigures('đạt 69,7%, tăng 8,7 điểm %; 1.700 mô hình; Huyện Vũ Quang (14/24 buổi).', 'vi')).toEqual([69.7, 8.7, 1700, 14, 24]);
    expect(extractFigures('was 69.7%, up 8.7 points; 1,700 models; ranked 4 of 13 units.', 'en')).toEqual([69.7, 8.7, 1700, 4, 13]);
  });
});
