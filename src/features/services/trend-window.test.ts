import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../domain/period';
import { trendMonths, yearsForWindow } from './trend-window';

const p = (text: string) => parsePeriod(text) as Period;

describe('trend window', () => {
  const from2017 = (x: Period) => x.year >= 2017 && x.year <= 2024;

  it('ends with the period’s last month and spans twelve months', () => {
    const w = trendMonths(p('2020-Q2'), from2017);
    expect(w).toHaveLength(12);
    expect(w[0]).toEqual({ kind: 'month', year: 2019, index: 7 });
    expect(w.at(-1)).toEqual({ kind: 'month', year: 2020, index: 6 });
  });

  it('is clipped to the months with data', () => {
    expect(trendMonths(p('2017-Q1'), from2017).map((x) => x.index)).toEqual([1, 2, 3]);
    expect(trendMonths(p('2024'), from2017).map((x) => x.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('asks for the comparison year as well', () => {
    expect(yearsForWindow(trendMonths(p('2020-Q2'), from2017), (y) => y >= 2017)).toEqual([2018, 2019, 2020]);
    expect(yearsForWindow(trendMonths(p('2017'), from2017), (y) => y >= 2017)).toEqual([2017]);
  });
});

