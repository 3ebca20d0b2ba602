import { describe, expect, it } from 'vitest';
import { buildComplianceBarsOption } from './build-compliance-bars-option';

describe('compliance bars option', () => {
  const option = buildComplianceBarsOption({
    rows: [
      { code: '436', name: 'Thành phố Hà Tĩnh', values: [0.9, 0.8] },
      { code: '441', name: 'Huyện Vũ Quang', values: [0.6, null] },
    ],
    seriesNames: ['Niêm yết đủ thời gian', 'Niêm yết danh mục quý'],
    selectedCode: '441',
    format: (v) => `${Math.round(v * 100)}%`,
    noDataLabel: 'Không có số liệu',
  }) as {
    yAxis: { data: string[]; axisLabel: { formatter: (l: string) => string } };
    series: Array<{ name: string; data: Array<{ name: string; value: number | null; itemStyle?: { borderWidth: number } }> }>;
    tooltip: { formatter: (p: unknown) => string };
  };

  it('puts the first row on top, one series per share, unit codes in the data names', () => {
    expect(option.yAxis.data).toEqual(['Huyện Vũ Quang', 'Thành phố Hà Tĩnh']);
    expect(option.series.map((s) => s.name)).toEqual(['Niêm yết đủ thời gian', 'Niêm yết danh mục quý']);
    expect(option.series[1]?.data.map((d) => [d.name, d.value])).toEqual([
      ['441', null],
      ['436', 0.8],
    ]);
  });

  it('marks the selected unit and says "no data" rather than 0', () => {
    expect(option.series[0]?.data[0]?.itemStyle?.borderWidth).toBe(2);
    expect(option.series[0]?.data[1]?.itemStyle).toBeUndefined();
    expect(option.yAxis.axisLabel.formatter('Huyện Vũ Quang')).toBe('{selected|Huyện Vũ Quang}');
    expect(option.tooltip.formatter([{ dataIndex: 0, seriesIndex: 0 }])).toBe(
      '<strong>Huyện Vũ Quang</strong><br/>Niêm yết đủ thời gian: 60%<br/>Niêm yết danh mục quý: Không có số liệu',
    );
  });
});
