import { describe, expect, it } from 'vitest';
import { monthKey } from '../../domain/period';
import { findSurges, median, surgesWithin } from './surges';
import { reportWith } from './test-fixtures';

/** One unit's monthly counts from January of `year`, one value a month. */
const series = (unitCode: string, year: number, counts: readonly number[]) =>
  counts.map((count, i) => reportWith(unitCode, monthKey(year + Math.floor(i / 12), (i % 12) + 1), count));

const flat = (n: number, value: number) => Array.from({ length: n }, () => value);

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('findSurges', () => {
  it('flags three months running at 1.5 times the median of the twelve before, and names the peak', () => {
    // A year at 40 a month, then 70, 100, 64 (≥ 60 and ≥ 40 + 15), then back to 40.
    const records = series('449', 2018, [...flat(12, 40), 70, 100, 64, 40, 40]);
    const surges = findSurges(records);
    expect(surges).toHaveLength(1);
    expect(surges[0]?.unitCode).toBe('449');
    expect(surges[0]?.months.map((m) => m.month)).toEqual(['2019-01', '2019-02', '2019-03']);
    expect(surges[0]?.peak).toEqual({ month: '2019-02', received: 100, baseline: 40 });
  });

  it('ignores a run of two months, and a month just under 1.5 times', () => {
    expect(findSurges(series('436', 2018, [...flat(12, 40), 70, 70, 40, 70]))).toEqual([]);
    expect(findSurges(series('436', 2018, [...flat(12, 40), 70, 59, 70]))).toEqual([]);
  });

  it('ignores small units whose counts double by chance (excess under 15 petitions)', () => {
    // 8 a month, then 20, 22, 21: 2.5 times, but only 12–14 more.
    expect(findSurges(series('441', 2018, [...flat(12, 8), 20, 22, 21]))).toEqual([]);
  });

  it('needs six months of history before it judges a month', () => {
    expect(findSurges(series('449', 2019, [40, 40, 40, 40, 40, 90, 90, 90]))).toHaveLength(0);
    expect(findSurges(series('449', 2019, [40, 40, 40, 40, 40, 40, 90, 90, 90]))).toHaveLength(1);
  });

  it('follows a run across the turn of the year and breaks it at a missing month', () => {
    const across = series('447', 2018, [...flat(10, 40), 80, 80, 80]);
    expect(findSurges(across)[0]?.months.map((m) => m.month)).toEqual(['2018-11', '2018-12', '2019-01']);
    const gap = across.filter((r) => r.month !== '2018-12');
    expect(findSurges(gap)).toEqual([]);
  });

  it('looks only at the units asked for, and adds up several reports of one unit-month', () => {
    const records = [...series('449', 2018, [...flat(12, 40), 90, 90, 90]), ...series('436', 2018, flat(15, 40))];
    expect(findSurges(records, new Set(['436']))).toEqual([]);
    const doubled = [...series('445', 2018, flat(15, 20)), ...series('445', 2019, [25, 25, 25])];
    expect(findSurges(doubled)).toHaveLength(1);
  });
});

describe('surgesWithin', () => {
  it('keeps the part of a surge inside the months, with its own peak', () => {
    const [surge] = findSurges(series('449', 2018, [...flat(12, 40), 70, 100, 64]));
    const part = surgesWithin(surge ? [surge] : [], ['2019-03', '2019-04']);
    expect(part).toEqual([{ unitCode: '449', months: [{ month: '2019-03', received: 64, baseline: 40 }], peak: { month: '2019-03', received: 64, baseline: 40 } }]);
    expect(surgesWithin(surge ? [surge] : [], ['2019-05'])).toEqual([]);
  });
});
