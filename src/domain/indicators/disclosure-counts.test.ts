import { describe, expect, it } from 'vitest';
import type { DistrictDisclosureQuarter, LegalBasis } from '../disclosure';
import { parsePeriod, type Period } from '../period';
import { indicatorDataOf, measureDisclosureCounts, sumDisclosureCounts } from './figures';
import { disclosureShare, measure, provinceScope, unitsScope } from './measure';

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
const data = indicatorDataOf({
  disclosureRows: [
    row('436', '2023-Q1', 'PL34_2007', [2, 2, 0, 22, 18, 10, 12]),
    row('436', '2023-Q2', 'PL34_2007', [2, 2, 1, 22, 20, 11, 15]),
    row('436', '2023-Q3', 'LUAT10_2022', [2, 2, 2, 28, 21, 14, 20]),
    row('436', '2023-Q4', 'LUAT10_2022', [2, 1, 1, 28, 13, 12, 13]),
    row('443', '2023-Q2', 'PL34_2007', [3, 2, 1, 33, 18, 9, 10]),
    row('443', '2023-Q3', 'LUAT10_2022', [3, 3, 3, 42, 40, 35, 30]),
  ],
});
const only = (code: string) => unitsScope([code]);
const value = (id: Parameters<typeof measure>[0], scope: ReturnType<typeof only>, period: string) => measure(id, data, scope, p(period)).value;

describe('disclosure indicators from the district roll-up, in the catalogue', () => {
  it('pools counts across the 2023-07 switch, each quarter against the list then in force', () => {
    expect(measureDisclosureCounts(data, only('436'), p('2023-N9'))?.required).toBe(22 + 22 + 28);
    // (10 + 11 + 14) / 72, not the mean of the quarterly rates and not 35 / (3 × 22).
    expect(value('disclosure.onTime', only('436'), '2023-N9')).toBeCloseTo(35 / 72, 12);
    expect(value('disclosure.published', only('436'), '2023-N9')).toBeCloseTo((18 + 20 + 21) / 72, 12);
    expect(value('disclosure.postedLongEnough', only('436'), '2023-N9')).toBeCloseTo((12 + 15 + 20) / 72, 12);
    // Report measures are over commune reports, not contents; the quarterly list only from Law 10/2022 (2023-Q3).
    expect(value('disclosure.listPosted', only('436'), '2023-N9')).toBeCloseTo(2 / 2, 12);
    expect(measure('disclosure.listPosted', data, only('436'), p('2023-H1')).reason).toBe('notApplicable');
    expect(value('disclosure.filed', only('436'), '2023')).toBeCloseTo(7 / 8, 12);
  });

  it('shows a month its quarter', () => {
    expect(value('disclosure.onTime', only('436'), '2023-08')).toBeCloseTo(14 / 28, 12);
  });

  it('gives no value, never a partial sum, when a quarter of the period has no row for the unit', () => {
    expect(measureDisclosureCounts(data, only('443'), p('2023-N9'))).toBeNull();
    expect(measure('disclosure.onTime', data, only('443'), p('2023-N9')).reason).toBe('incomplete');
    expect(measureDisclosureCounts(data, provinceScope([]), p('2024-Q1'))).toBeNull();
  });

  it('adds the districts up to the province, and the counts give the value measure() gives', () => {
    const q3 = measureDisclosureCounts(data, provinceScope([]), p('2023-Q3'));
    expect(q3).toEqual({ reports: 5, filed: 5, listsRequired: 5, listsPosted: 5, required: 70, published: 61, publishedOnTime: 49, postedLongEnough: 50 });
    expect(measureDisclosureCounts(data, only('448'), p('2023-Q3'))).toBeNull();
    const parts = ['436', '443'].map((c) => measureDisclosureCounts(data, only(c), p('2023-Q3')));
    expect(sumDisclosureCounts(parts.filter((t) => t !== null))).toEqual(q3);
    const periods = ['2023', '2023-H1', '2023-N9', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2023-02', '2023-09', '2023-12'];
    for (const scope of [provinceScope([]), only('436'), only('443')]) {
      for (const period of periods) {
        const counts = measureDisclosureCounts(data, scope, p(period));
        for (const id of ['disclosure.onTime', 'disclosure.published', 'disclosure.postedLongEnough', 'disclosure.filed'] as const) {
          expect(counts ? disclosureShare(id, counts) : null).toBe(measure(id, data, scope, p(period)).value);
        }
      }
    }
  });
});
