import { describe, expect, it } from 'vitest';
import { kpiFigure, yearsForKpi } from './kpi';
import { parsePeriod, type Period } from './period';

const p = (text: string) => parsePeriod(text) as Period;
const from2017 = (x: Period) => x.year >= 2017 && x.year <= 2024;

describe('kpiFigure', () => {
  it('compares with the previous period and the same period last year', () => {
    const values: Record<string, number> = { '2024-Q3': 0.9, '2024-Q2': 0.85, '2023-Q3': 0.8 };
    const kpi = kpiFigure(p('2024-Q3'), (x) => values[`${x.year}-Q${x.index}`] ?? null, from2017, 4);
    expect(kpi.current).toBe(0.9);
    expect(kpi.changeVsPrevious).toBeCloseTo(0.05);
    expect(kpi.changeVsLastYear).toBeCloseTo(0.1);
    expect(kpi.trend.map((t) => t.key)).toEqual(['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3']);
  });

  it('has no comparison before the first year of data instead of comparing with zero', () => {
    const kpi = kpiFigure(p('2017'), () => 1, from2017, 8);
    expect(kpi.previous).toBeNull();
    expect(kpi.changeVsPrevious).toBeNull();
    expect(kpi.trend).toHaveLength(1);
  });
});

describe('yearsForKpi', () => {
  it('lists the years a monthly KPI spans', () => {
    expect(yearsForKpi(p('2024-02'), from2017, 8)).toEqual([2023, 2024]);
  });
  it('lists every year for an annual trend, clipped to the data', () => {
    expect(yearsForKpi(p('2019'), from2017, 8)).toEqual([2017, 2018, 2019]);
  });
});
