import { describe, expect, it } from 'vitest';
import {
  divergingEqualIntervals,
  divergingQuantileIntervals,
  equalIntervals,
  fixedIntervals,
  intervalIndex,
  quantileIntervals,
  quantileOfSorted,
  type ClassInterval,
} from './classify';

const bounds = (intervals: readonly ClassInterval[]) => intervals.map((i) => [i.lower, i.upper]);

describe('quantileOfSorted (type 7)', () => {
  it.each([
    { sorted: [1, 2, 3, 4, 5], p: 0.5, expected: 3 },
    { sorted: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { sorted: [10, 20], p: 0.25, expected: 12.5 },
    { sorted: [7], p: 0.9, expected: 7 },
    { sorted: [1, 2, 3, 4, 5], p: 0, expected: 1 },
    { sorted: [1, 2, 3, 4, 5], p: 1, expected: 5 },
  ])('$sorted at $p → $expected', ({ sorted, p, expected }) => {
    expect(quantileOfSorted(sorted, p)).toBeCloseTo(expected, 10);
  });
});

describe('quantileIntervals', () => {
  it.each([
    {
      name: 'five values, five classes: one value per break',
      values: [50, 10, 40, 20, 30, 60],
      classes: 5,
      expected: [[10, 20], [20, 30], [30, 40], [40, 50], [50, 60]],
    },
    { name: 'no-data values are ignored, not read as zero', values: [null, 4, undefined, Number.NaN, 8], classes: 2, expected: [[4, 6], [6, 8]] },
    { name: 'ties merge breaks into fewer classes', values: [1, 1, 1, 1, 9], classes: 4, expected: [[1, 9]] },
    { name: 'all equal: one single-value class', values: [3, 3, 3], classes: 3, expected: [[3, 3]] },
    { name: 'nothing to classify', values: [null, null], classes: 3, expected: [] },
  ])('$name', ({ values, classes, expected }) => {
    expect(bounds(quantileIntervals(values, classes))).toEqual(expected);
  });

  it('rejects a class count that is not a positive integer', () => {
    expect(() => quantileIntervals([1, 2], 0)).toThrow(RangeError);
    expect(() => quantileIntervals([1, 2], 2.5)).toThrow(RangeError);
  });
});

describe('equalIntervals', () => {
  it.each([
    { min: 60, max: 90, classes: 4, expected: [[60, 67.5], [67.5, 75], [75, 82.5], [82.5, 90]] },
    { min: 0, max: 1, classes: 3, expected: [[0, 1 / 3], [1 / 3, 2 / 3], [2 / 3, 1]] },
    { min: 5, max: 5, classes: 4, expected: [[5, 5]] },
    { min: 9, max: 1, classes: 4, expected: [] },
  ])('$min..$max in $classes', ({ min, max, classes, expected }) => {
    const result = bounds(equalIntervals(min, max, classes));
    expect(result).toHaveLength(expected.length);
    result.forEach(([lower, upper], i) => {
      expect(lower).toBeCloseTo(expected[i]?.[0] ?? Number.NaN, 10);
      expect(upper).toBeCloseTo(expected[i]?.[1] ?? Number.NaN, 10);
    });
  });

  it('ends exactly on max despite floating-point steps', () => {
    const intervals = equalIntervals(0.1, 0.7, 3);
    expect(intervals.at(-1)?.upper).toBe(0.7);
  });
});

describe('fixedIntervals', () => {
  it.each([
    {
      name: 'open ends without a domain',
      thresholds: [50, 75, 90],
      domain: undefined,
      expected: [[-Infinity, 50], [50, 75], [75, 90], [90, Infinity]],
    },
    { name: 'domain closes the ends', thresholds: [50, 75], domain: { min: 0, max: 100 }, expected: [[0, 50], [50, 75], [75, 100]] },
    { name: 'a domain bound on a threshold adds no empty class', thresholds: [0, 50], domain: { min: 0, max: 100 }, expected: [[-Infinity, 0], [0, 50], [50, 100]] },
  ])('$name', ({ thresholds, domain, expected }) => {
    expect(bounds(fixedIntervals(thresholds, domain))).toEqual(expected);
  });

  it.each([[[]], [[3, 2]], [[1, 1]], [[1, Number.NaN]]])('rejects thresholds %j', (thresholds) => {
    expect(() => fixedIntervals(thresholds)).toThrow(RangeError);
  });
});

describe('divergingEqualIntervals', () => {
  it.each([
    {
      name: 'even count: the centre is a break and both sides have equal widths',
      args: [70, 95, 80, 4] as const,
      expected: [[65, 72.5], [72.5, 80], [80, 87.5], [87.5, 95]],
    },
    {
      name: 'odd count: a neutral class centred on the centre',
      args: [70, 95, 80, 5] as const,
      expected: [[65, 71], [71, 77], [77, 83], [83, 89], [89, 95]],
    },
    { name: 'every value on the centre', args: [80, 80, 80, 4] as const, expected: [[80, 80]] },
  ])('$name', ({ args, expected }) => {
    const [min, max, centre, classes] = args;
    const result = bounds(divergingEqualIntervals(min, max, centre, classes));
    expect(result).toHaveLength(expected.length);
    result.forEach(([lower, upper], i) => {
      expect(lower).toBeCloseTo(expected[i]?.[0] ?? Number.NaN, 10);
      expect(upper).toBeCloseTo(expected[i]?.[1] ?? Number.NaN, 10);
    });
  });
});

describe('divergingQuantileIntervals', () => {
  it('never lets a class hold units from both sides of the centre', () => {
    const values = [10, 20, 30, 40, 60, 70, 80, 90, 95, 99];
    const intervals = divergingQuantileIntervals(values, 50, 4);
    expect(intervals.some((i) => i.lower < 50 && i.upper > 50)).toBe(false);
    expect(intervals.map((i) => i.upper)).toContain(50);
  });

  it('shares classes between the sides by how many units each holds', () => {
    const values = [10, 60, 70, 80, 90, 95];
    const intervals = divergingQuantileIntervals(values, 50, 3);
    expect(intervals.filter((i) => i.upper <= 50)).toHaveLength(1);
    expect(intervals.filter((i) => i.lower >= 50)).toHaveLength(2);
  });

  it('falls back to plain quantiles when every unit sits on one side', () => {
    expect(bounds(divergingQuantileIntervals([60, 70, 80], 50, 2))).toEqual([[60, 70], [70, 80]]);
  });
});

describe('intervalIndex', () => {
  const intervals = [
    { lower: 0, upper: 10 },
    { lower: 10, upper: 20 },
    { lower: 20, upper: 30 },
  ];
  it.each([
    { value: 0, expected: 0 },
    { value: 9.99, expected: 0 },
    { value: 10, expected: 1, why: 'a value on a break belongs to the upper class' },
    { value: 30, expected: 2, why: 'the last class is closed' },
    { value: -5, expected: 0, why: 'below the range: first class' },
    { value: 99, expected: 2, why: 'above the range: last class' },
  ])('$value → class $expected', ({ value, expected }) => {
    expect(intervalIndex(intervals, value)).toBe(expected);
  });
});
