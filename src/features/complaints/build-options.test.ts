import { describe, expect, it } from 'vitest';
import { buildTypeTrendOption, typeTrendSettings, type TypeTrendInput } from './build-type-trend-option';
import { buildUnitBarsOption } from './build-unit-bars-option';

interface BarsShape {
  yAxis: { data: Array<string | { value: string; textStyle: { fontWeight: string } }> };
  xAxis: { max?: number };
  series: Array<{ name: string; stack?: string; data: Array<{ name: string; value: number | null; itemStyle?: { borderWidth: number }; label?: { formatter: string } }> }>;
  tooltip: { formatter: (p: Array<{ dataIndex: number; seriesIndex: number; marker: string }>) => string };
}

describe('unit bars option', () => {
  const units = [
    { code: '449', name: 'Thị xã Kỳ Anh' },
    { code: '441', name: 'Huyện Vũ Quang' },
    { code: '436', name: 'Thành phố <Hà Tĩnh>' },
  ];
  const option = buildUnitBarsOption({
    units,
    series: [
      { name: 'Đã giải quyết', values: [0.6, 0.9, null], color: '#009E73', stack: 'cases' },
      { name: 'Quá hạn', values: [0.3, 0.05, null], color: '#D55E00', stack: 'cases', labels: ['29 quá hạn', '1 quá hạn', null] },
    ],
    format: (v) => `${Math.round(v * 100)} %`,
    selectedCode: '441',
    max: 1,
    noDataLabel: 'Không có số liệu',
  }) as unknown as BarsShape;

  it('puts the first unit on top and keeps unit codes in the data for clicks', () => {
    expect(option.yAxis.data.at(-1)).toBe('Thị xã Kỳ Anh');
    expect(option.series[0]?.data.map((d) => d.name)).toEqual(['436', '441', '449']);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([null, 0.9, 0.6]);
    expect(option.series.map((s) => s.stack)).toEqual(['cases', 'cases']);
    expect(option.xAxis.max).toBe(1);
  });

  it('outlines the selected unit and bolds its name', () => {
    const selected = option.series[0]?.data.find((d) => d.name === '441');
    expect(selected?.itemStyle?.borderWidth).toBe(2);
    expect(option.series[0]?.data.find((d) => d.name === '449')?.itemStyle).toBeUndefined();
    expect(option.yAxis.data[1]).toEqual({ value: 'Huyện Vũ Quang', textStyle: { fontWeight: 'bold', color: '#8a5a00' } });
  });

  it('labels bars where asked and nowhere else', () => {
    const overdue = option.series[1]?.data ?? [];
    expect(overdue.find((d) => d.name === '449')?.label?.formatter).toBe('29 quá hạn');
    expect(overdue.find((d) => d.name === '436')?.label).toBeUndefined();
    expect(option.series[0]?.data.some((d) => d.label)).toBe(false);
  });

  it('writes a tooltip for the unit under the pointer, escaping upstream names', () => {
    const top = option.tooltip.formatter([
      { dataIndex: 2, seriesIndex: 0, marker: '' },
      { dataIndex: 2, seriesIndex: 1, marker: '' },
    ]);
    expect(top).toBe('Thị xã Kỳ Anh<br/>Đã giải quyết: 60 %<br/>Quá hạn: 30 %');
    const bottom = option.tooltip.formatter([{ dataIndex: 0, seriesIndex: 0, marker: '' }]);
    expect(bottom).toBe('Thành phố &lt;Hà Tĩnh&gt;<br/>Đã giải quyết: Không có số liệu');
  });
});

describe('type trend option', () => {
  const byType = (k: number) => ({ khieu_nai: k, to_cao: 1, kien_nghi: 2, phan_anh: 3 });
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `2019-${String(i + 1).padStart(2, '0')}`;
    return i === 11 ? { month, byType: null, total: null } : { month, byType: byType(i), total: i + 6 };
  });
  const input: TypeTrendInput = {
    months,
    lastYearTotals: months.map((_, i) => 50 + i),
    monthLabel: (m) => `T${Number(m.slice(5))}`,
    typeLabel: (t) => t,
    lastYearLabel: 'Cùng kỳ 2018',
    format: String,
    period: { months: ['2019-07', '2019-08', '2019-09'], label: 'Kỳ đang xem' },
    flagged: [{ months: ['2019-05', '2019-06', '2019-07', '2019-08'], label: 'Đột biến: Thị xã Kỳ Anh' }],
  };

  it('stacks the four types as bars and draws last year dashed', () => {
    const settings = typeTrendSettings(input);
    expect(settings.categories).toHaveLength(12);
    expect(settings.series.map((s) => s.name)).toEqual(['khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh', 'Cùng kỳ 2018']);
    expect(settings.series.slice(0, 4).every((s) => s.bar && s.stack === 'received')).toBe(true);
    expect(settings.series[4]?.comparison).toBe(true);
    expect(settings.series[0]?.values.slice(9)).toEqual([9, 10, null]);
  });

  it('shades the selected period and the surges, in their own colours', () => {
    const option = buildTypeTrendOption(input) as unknown as {
      series: Array<{ markArea?: { data: Array<[{ xAxis: string; name: string; itemStyle?: { color: string } }, { xAxis: string }]> } }>;
    };
    const areas = option.series[0]?.markArea?.data ?? [];
    expect(areas.map(([from, to]) => [from.xAxis, to.xAxis, from.name])).toEqual([
      ['T7', 'T9', 'Kỳ đang xem'],
      ['T5', 'T8', 'Đột biến: Thị xã Kỳ Anh'],
    ]);
    expect(areas[0]?.[0].itemStyle?.color).not.toBe(areas[1]?.[0].itemStyle?.color);
  });

  it('does not shade a whole-year period', () => {
    const settings = typeTrendSettings({ ...input, period: { months: months.map((m) => m.month), label: 'Kỳ đang xem' }, flagged: [] });
    expect(settings.markAreas).toEqual([]);
  });
});
