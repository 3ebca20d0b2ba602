import { describe, expect, it } from 'vitest';
import type { DistrictDisclosureQuarter, LegalBasis } from '../../domain/disclosure';
import { parsePeriod, type Period } from '../../domain/period';
import { disclosureValues } from '../../domain/indicators/disclosure-values';
import { districtPeriodTotals, indexSummary, measureRate, periodTotals, quarterTotals, scopeValueOf, sumTotals } from './period-totals';

const p = (text: string) => parsePeriod(text) as Period;

function row(
  districtCode: string,
  quarter: string,
  basis: LegalBasis,
  [reports, filed, listsPosted, required, published, publishedOnTime, postedLongEnough]: number[],
): DistrictDisclosureQuarter {
  return {
    districtCode,
    quarter,
    basis,
    reports: reports ?? 0,
    filed: filed ?? 0,
    listsPosted: listsPosted ?? 0,
    required: required ?? 0,
    published: published ?? 0,
    publishedOnTime: publishedOnTime ?? 0,
    postedLongEnough: postedLongEnough ?? 0,
  };
}

/**
 * Two communes in 436, three in 443. Ordinance quarters require 11 contents per commune, Law quarters 14:
 * 436 requires 22 in 2023-Q1/Q2 and 28 in 2023-Q3/Q4. 443 has no 2023-Q1 row (the app had not rolled it up).
 */
const rows = [
  row('436', '2023-Q1', 'PL34_2007', [2, 2, 0, 22, 18, 10, 12]),
  row('436', '2023-Q2', 'PL34_2007', [2, 2, 1, 22, 20, 11, 15]),
  row('436', '2023-Q3', 'LUAT10_2022', [2, 2, 2, 28, 21, 14, 20]),
  row('436', '2023-Q4', 'LUAT10_2022', [2, 1, 1, 28, 13, 12, 13]),
  row('443', '2023-Q2', 'PL34_2007', [3, 2, 1, 33, 18, 9, 10]),
  row('443', '2023-Q3', 'LUAT10_2022', [3, 3, 3, 42, 40, 35, 30]),
];
const index = indexSummary(rows);
const only = (code: string) => new Set([code]);

describe('period totals from the district roll-up', () => {
  it('pools counts across the 2023-07 switch, each quarter against the list then in force', () => {
    const n9 = periodTotals(index, p('2023-N9'), only('436'));
    expect(n9?.required).toBe(22 + 22 + 28);
    // (10 + 11 + 14) / 72, not the mean of the quarterly rates and not 35 / (3 × 22).
    expect(measureRate(n9, 'onTime')).toBeCloseTo(35 / 72, 12);
    expect(measureRate(n9, 'published')).toBeCloseTo((18 + 20 + 21) / 72, 12);
    expect(measureRate(n9, 'postedLongEnough')).toBeCloseTo((12 + 15 + 20) / 72, 12);
    // Report measures are over commune reports, not contents; the quarterly list only from Law 10/2022 (2023-Q3).
    expect(measureRate(n9, 'listPosted')).toBeCloseTo(2 / 2, 12);
    expect(measureRate(periodTotals(index, p('2023-H1'), only('436')), 'listPosted')).toBeNull();
    expect(measureRate(periodTotals(index, p('2023'), only('436')), 'filed')).toBeCloseTo(7 / 8, 12);
  });

  it('shows a month its quarter', () => {
    expect(measureRate(periodTotals(index, p('2023-08'), only('436')), 'onTime')).toBeCloseTo(14 / 28, 12);
  });

  it('gives null, never a partial sum, when a quarter of the period has no row for the unit', () => {
    expect(periodTotals(index, p('2023-N9'), only('443'))).toBeNull();
    expect(periodTotals(index, p('2024-Q1'))).toBeNull();
    expect(measureRate(null, 'onTime')).toBeNull();
  });

  it('adds the districts up to the province', () => {
    const q3 = quarterTotals(index, '2023-Q3');
    expect(q3).toEqual({ reports: 5, filed: 5, listsRequired: 5, listsPosted: 5, required: 70, published: 61, publishedOnTime: 49, postedLongEnough: 50 });
    const byDistrict = districtPeriodTotals(index, p('2023-Q3'), ['436', '443', '448']);
    expect(byDistrict.get('448')).toBeNull();
    expect(sumTotals([byDistrict.get('436'), byDistrict.get('443')].filter((t) => t != null))).toEqual(q3);
  });

  it('gives the value the Overview KPI gives, for every unit and kind of period', () => {
    const periods = ['2023', '2023-H1', '2023-N9', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2023-02', '2023-09', '2023-12'].map(p);
    for (const units of [undefined, only('436'), only('443')]) {
      const overview = disclosureValues(rows, units);
      const onTime = scopeValueOf(index, 'onTime', units);
      const published = scopeValueOf(index, 'published', units);
      for (const period of periods) {
        expect(onTime(period)).toBe(overview.onTimeRate(period));
        expect(published(period)).toBe(overview.publishedRate(period));
      }
    }
  });
});
