import { describe, expect, it } from 'vitest';
import {
  monthsOf,
  parsePeriod,
  periodEndDate,
  periodKey,
  previousPeriod,
  quartersOf,
  samePeriodLastYear,
  trailingPeriods,
  type Period,
} from './period';

const p = (text: string) => {
  const parsed = parsePeriod(text);
  if (!parsed) throw new Error(`bad period ${text}`);
  return parsed;
};

describe('parsePeriod / periodKey', () => {
  it.each(['2024', '2024-H1', '2024-N9', '2024-Q3', '2024-07', '2017-01'])('round-trips %s', (text) => {
    expect(periodKey(p(text))).toBe(text);
  });
  it.each(['', '24', '2024-13', '2024-00', '2024-Q5', '2024-H2', 'abc', '2024-7'])('rejects %s', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('months and quarters of a period', () => {
  it.each<[string, string[]]>([
    ['2024-Q3', ['2024-07', '2024-08', '2024-09']],
    ['2024-02', ['2024-02']],
  ])('%s covers %j', (text, months) => {
    expect(monthsOf(p(text))).toEqual(months);
  });
  it('counts 12, 6 and 9 months', () => {
    expect(monthsOf(p('2023'))).toHaveLength(12);
    expect(monthsOf(p('2023-H1'))).toHaveLength(6);
    expect(monthsOf(p('2023-N9')).at(-1)).toBe('2023-09');
  });
  it.each<[string, string[]]>([
    ['2023', ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']],
    ['2023-N9', ['2023-Q1', '2023-Q2', '2023-Q3']],
    ['2023-08', ['2023-Q3']],
  ])('%s touches quarters %j', (text, quarters) => {
    expect(quartersOf(p(text))).toEqual(quarters);
  });
  it('ends on the last day of the period, leap years included', () => {
    expect(periodEndDate(p('2024-02'))).toBe('2024-02-29');
    expect(periodEndDate(p('2023-02'))).toBe('2023-02-28');
    expect(periodEndDate(p('2024-Q3'))).toBe('2024-09-30');
  });
});

describe('period arithmetic', () => {
  it.each<[string, string]>([
    ['2024-Q1', '2023-Q4'],
    ['2024-Q3', '2024-Q2'],
    ['2024-01', '2023-12'],
    ['2024-05', '2024-04'],
    ['2024', '2023'],
    ['2024-H1', '2023-H1'],
    ['2024-N9', '2023-N9'],
  ])('previous of %s is %s', (text, prev) => {
    expect(periodKey(previousPeriod(p(text)))).toBe(prev);
  });
  it('same period last year keeps the kind', () => {
    expect(periodKey(samePeriodLastYear(p('2024-Q2')))).toBe('2023-Q2');
    expect(periodKey(samePeriodLastYear(p('2024-11')))).toBe('2023-11');
  });
  it('trailing periods end with the period, oldest first', () => {
    expect(trailingPeriods(p('2024-02'), 4).map((x: Period) => periodKey(x))).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });
});
