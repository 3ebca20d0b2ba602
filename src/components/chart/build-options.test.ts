import { describe, expect, it } from 'vitest';
import { buildRankingOption, escapeHtml, rankRows } from './build-ranking-option';
import { buildTrendOption } from './build-trend-option';

const rows = [
  { code: '436', name: 'Thành phố Hà Tĩnh', value: 0.9 },
  { code: '441', name: 'Huyện Vũ Quang', value: 0.6 },
  { code: '448', name: 'Huyện Lộc Hà', value: null },
  { code: '443', name: 'Huyện Can Lộc', value: 0.75 },
];
const fmt = (v: number) => `${Math.round(v * 100)}%`;

describe('ranking option', () => {
  it('ranks best first and keeps units without data last', () => {
    expect(rankRows(rows, 'higher').map((r) => r.code)).toEqual(['436', '443', '441', '448']);
    expect(rankRows(rows, 'lower').map((r) => r.code)).toEqual(['441', '443', '436', '448']);
  });

  it('draws the best unit at the top, colours failing units and the selected one, and keeps codes for clicks', () => {
    const option = buildRankingOption(rows, { format: fmt, better: 'higher', selectedCode: '443', target: { value: 0.7, label: 'Chỉ tiêu 70%' }, noDataLabel: 'Không có số liệu' }) as {
      yAxis: { data: string[] };
      series: Array<{ data: Array<{ name: string; value: number | null; itemStyle: { color: string } }>; markLine: { data: Array<{ xAxis: number }> } }>;
    };
    expect(option.yAxis.data.at(-1)).toBe('Thành phố Hà Tĩnh');
    const bars = option.series[0]?.data ?? [];
    const byCode = new Map(bars.map((b) => [b.name, b]));
    expect(byCode.get('441')?.itemStyle.color).toBe('#D55E00');
    expect(byCode.get('443')?.itemStyle.color).toBe('#E69F00');
    expect(byCode.get('436')?.itemStyle.color).toBe('#0072B2');
    expect(byCode.get('448')?.value).toBeNull();
    expect(option.series[0]?.markLine.data[0]?.xAxis).toBe(0.7);
  });

  it('writes line labels above the lines’ top ends, not along them across the bars', () => {
    const option = buildRankingOption(rows, {
      format: fmt,
      better: 'higher',
      target: { value: 0.7, label: 'Chỉ tiêu' },
      reference: { value: 0.8, label: 'Toàn tỉnh' },
      noDataLabel: '–',
    }) as { series: Array<{ markLine: { data: Array<{ label: { position: string } }> } }> };
    expect(option.series[0]?.markLine.data.map((d) => d.label.position)).toEqual(['end', 'end']);
  });

  it('escapes upstream text before it reaches an HTML tooltip', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('trend option', () => {
  it('keeps gaps as gaps and marks the comparison series', () => {
    const option = buildTrendOption({
      categories: ['2022', '2023', '2024'],
      series: [
        { name: 'Kỳ này', values: [0.5, null, 0.7] },
        { name: 'Cùng kỳ năm trước', values: [0.4, 0.5, null], comparison: true },
      ],
      format: fmt,
      target: { value: 0.6, label: 'Chỉ tiêu' },
    }) as { series: Array<{ data: Array<number | null>; lineStyle: { type?: string }; markLine?: unknown }> };
    expect(option.series[0]?.data).toEqual([0.5, null, 0.7]);
    expect(option.series[1]?.lineStyle.type).toBe('dashed');
    expect(option.series[0]?.markLine).toBeDefined();
    expect(option.series[1]?.markLine).toBeUndefined();
  });
});
