import { describe, expect, it } from 'vitest';
import { periodKey } from '../domain/period';
import { checkPeriod, defaultPeriod, yearsAvailable } from './period-bounds';

const bounds = (lastMonth: string, firstMonth = '2017-01') => ({ firstMonth, lastMonth });

describe('defaultPeriod: the latest full period', () => {
  it.each([
    ['2026-11', '2026-Q3'],
    ['2026-09', '2026-Q3'],
    ['2026-08', '2026-Q2'],
    ['2026-02', '2025-Q4'],
    ['2024-12', '2024'],
  ])('data up to %s open on %s', (lastMonth, expected) => {
    expect(periodKey(defaultPeriod(bounds(lastMonth)))).toBe(expected);
  });

  it('falls back to the last month when no complete quarter is within the bounds', () => {
    expect(periodKey(defaultPeriod(bounds('2026-02', '2026-01')))).toBe('2026-02');
  });
});

describe('the period control reaches the last month', () => {
  it('accepts every month up to lastMonth, and nothing after', () => {
    expect(checkPeriod('2026-11', bounds('2026-11'))).toEqual({ period: { kind: 'month', year: 2026, index: 11 }, replaced: false });
    expect(checkPeriod('2026-Q3', bounds('2026-11')).replaced).toBe(false);
    expect(checkPeriod('2025', bounds('2026-11')).replaced).toBe(false);
    expect(checkPeriod('2026-12', bounds('2026-11'))).toEqual({ period: { kind: 'quarter', year: 2026, index: 3 }, replaced: true });
    expect(checkPeriod('2026-Q4', bounds('2026-11')).replaced).toBe(true);
    expect(yearsAvailable(bounds('2026-11')).at(-1)).toBe(2026);
  });
});
