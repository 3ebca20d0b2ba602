import { describe, expect, it } from 'vitest';
import type { DistrictDisclosureQuarter } from '../../domain/disclosure';
import { buildDisclosureTrendOption, quarterRange, sameQuarterLastYear, trendPoints } from './disclosure-trend';

const row = (districtCode: string, quarter: string, required: number, publishedOnTime: number): DistrictDisclosureQuarter => ({
  districtCode,
  quarter,
  basis: quarter >= '2023-Q3' ? 'LUAT10_2022' : 'PL34_2007',
  reports: required / (quarter >= '2023-Q3' ? 14 : 11),
  filed: 1,
  listsPosted: 1,
  required,
  published: publishedOnTime,
  publishedOnTime,
  postedLongEnough: publishedOnTime,
});

// One commune each: 11 contents per quarter under the Ordinance, 14 under the Law.
const rows = ([
  row('436', '2022-Q3', 11, 9),
  row('443', '2022-Q3', 11, 5),
  row('436', '2023-Q2', 11, 10),
  row('443', '2023-Q2', 11, 6),
  row('436', '2023-Q3', 14, 10),
  row('443', '2023-Q3', 14, 7),
]);

describe('disclosure trend', () => {
  it('walks quarters and finds the same quarter last year', () => {
    expect(quarterRange('2022-Q4', '2023-Q2')).toEqual(['2022-Q4', '2023-Q1', '2023-Q2']);
    expect(sameQuarterLastYear('2024-Q1')).toBe('2023-Q1');
  });

  it('gives each quarter its own list, the same quarter a year before and the province beside a unit', () => {
    const points = trendPoints(rows, ['2023-Q2', '2023-Q3'], 'onTime', new Set(['443']));
    expect(points[0]).toMatchObject({ quarter: '2023-Q2', basis: 'PL34_2007', value: 6 / 11, lastYear: null, change: null, province: 16 / 22 });
    expect(points[1]?.basis).toBe('LUAT10_2022');
    expect(points[1]?.value).toBeCloseTo(7 / 14, 12);
    expect(points[1]?.lastYear).toBeCloseTo(5 / 11, 12);
    expect(points[1]?.change).toBeCloseTo(7 / 14 - 5 / 11, 12);
    expect(points[1]?.province).toBeCloseTo(17 / 28, 12);
    expect(trendPoints(rows, ['2023-Q3'], 'onTime')[0]?.province).toBeNull();
  });

  it('shades the quarters under Law 10/2022 and the selected period, with the comparison dashed', () => {
    const points = trendPoints(rows, quarterRange('2023-Q1', '2023-Q4'), 'onTime');
    const option = buildDisclosureTrendOption({
      points,
      labelOf: (q) => q.replace('-', ' '),
      names: { value: 'Toàn tỉnh', lastYear: 'Cùng kỳ năm trước' },
      format: (v) => `${Math.round(v * 100)}%`,
      switchLabel: 'Luật 10/2022: 14 nội dung',
      selected: ['2023-Q3'],
    }) as {
      xAxis: { data: string[]; boundaryGap: boolean };
      series: Array<{ type: string; data: Array<number | null>; lineStyle: { type?: string }; markArea?: { data: Array<[{ xAxis: string; name: string; itemStyle?: { color: string } }, { xAxis: string }]> } }>;
    };
    expect(option.xAxis.data).toEqual(['2023 Q1', '2023 Q2', '2023 Q3', '2023 Q4']);
    expect(option.xAxis.boundaryGap).toBe(true);
    expect(option.series.map((s) => s.type)).toEqual(['bar', 'line']);
    expect(option.series[0]?.data).toEqual([null, 16 / 22, 17 / 28, null]);
    expect(option.series[1]?.lineStyle.type).toBe('dashed');
    const areas = option.series[0]?.markArea?.data ?? [];
    expect(areas[0]?.[0]).toMatchObject({ xAxis: '2023 Q3', name: 'Luật 10/2022: 14 nội dung' });
    expect(areas[0]?.[1]).toEqual({ xAxis: '2023 Q4' });
    expect(areas[1]?.[0]).toMatchObject({ xAxis: '2023 Q3', itemStyle: { color: expect.stringContaining('rgba') } });
    expect(areas[1]?.[1]).toEqual({ xAxis: '2023 Q3' });
  });

  it('draws no switch span for quarters all before 1 Jul 2023', () => {
    const option = buildDisclosureTrendOption({
      points: trendPoints(rows, ['2022-Q3'], 'onTime'),
      labelOf: (q) => q,
      names: { value: 'v', lastYear: 'l' },
      format: String,
      switchLabel: 'switch',
      selected: [],
    }) as { series: Array<{ markArea?: unknown }> };
    expect(option.series[0]?.markArea).toBeUndefined();
  });
});
