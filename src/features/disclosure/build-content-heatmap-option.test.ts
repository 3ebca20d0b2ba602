import { describe, expect, it } from 'vitest';
import { buildContentHeatmapOption, heatClass, heatColour, HEATMAP_COLOURS } from './build-content-heatmap-option';

type Cell = { name: string; value: [number, number, number]; label: { color: string }; itemStyle: { borderColor: string; borderWidth: number } };
type Option = {
  xAxis: { data: string[] };
  yAxis: { data: string[]; axisLabel: { formatter: (l: string) => string } };
  visualMap: { pieces: Array<{ gte?: number; lt?: number; color: string; label: string }> };
  series: Array<{ data: Cell[]; label: { show: boolean; formatter: (p: { value: unknown }) => string } }>;
  tooltip: { formatter: (p: { value: unknown }) => string };
};

const input = {
  rows: [
    { key: '', label: 'Toàn tỉnh', values: [0.9, null, 0.4] },
    { key: '436', label: 'Thành phố Hà Tĩnh', values: [0.97, 0.6, null] },
    { key: '441', label: 'Huyện Vũ Quang', values: [0.3, 0.75, 0.86] },
  ],
  columnLabels: ['PL1', 'L1', 'L6'],
  selectedKey: '441',
  formatLabel: (v: number) => String(Math.round(v * 100)),
  tooltip: (r: number, c: number) => [`row ${r} <b>`, `col ${c}`],
  classLabels: ['< 50', '50–70', '70–85', '85–95', '≥ 95'],
  showLabels: true,
};

describe('content heatmap option', () => {
  const option = buildContentHeatmapOption(input) as unknown as Option;
  const cells = option.series[0]?.data ?? [];

  it('classes shares with fixed thresholds, lower bound included', () => {
    expect([0, 0.49, 0.5, 0.7, 0.849, 0.85, 0.95, 1].map(heatClass)).toEqual([0, 0, 1, 2, 2, 3, 4, 4]);
    expect(heatColour(0.3)).toBe(HEATMAP_COLOURS[0]);
    expect(option.visualMap.pieces[0]).toEqual({ lt: 0.5, color: HEATMAP_COLOURS[0], label: '< 50' });
    expect(option.visualMap.pieces[4]).toEqual({ gte: 0.95, color: HEATMAP_COLOURS[4], label: '≥ 95' });
  });

  it('draws the first row on top and leaves cells without a required content empty', () => {
    expect(option.yAxis.data).toEqual(['Huyện Vũ Quang', 'Thành phố Hà Tĩnh', 'Toàn tỉnh']);
    expect(cells).toHaveLength(7);
    const province = cells.filter((c) => c.name === '');
    expect(province.map((c) => c.value)).toEqual([
      [0, 2, 0.9],
      [2, 2, 0.4],
    ]);
  });

  it('keeps unit codes for clicks, borders and bolds the selected unit, and reads dark fills in white', () => {
    const vuQuang = cells.filter((c) => c.name === '441');
    expect(vuQuang.every((c) => c.itemStyle.borderWidth === 2)).toBe(true);
    expect(cells.filter((c) => c.name === '436').every((c) => c.itemStyle.borderWidth === 1)).toBe(true);
    expect(option.yAxis.axisLabel.formatter('Huyện Vũ Quang')).toBe('{selected|Huyện Vũ Quang}');
    expect(option.yAxis.axisLabel.formatter('Thành phố Hà Tĩnh')).toBe('Thành phố Hà Tĩnh');
    expect(vuQuang.find((c) => c.value[0] === 0)?.label.color).toBe('#ffffff');
    expect(vuQuang.find((c) => c.value[0] === 1)?.label.color).toBe('#1b2733');
  });

  it('labels cells with the short value and escapes tooltip text', () => {
    expect(option.series[0]?.label.formatter({ value: [0, 0, 0.856] })).toBe('86');
    // y = 0 is the bottom row, i.e. the last row given.
    expect(option.tooltip.formatter({ value: [1, 0, 0.75] })).toBe('row 2 &lt;b&gt;<br/>col 1');
    const quiet = buildContentHeatmapOption({ ...input, showLabels: false, narrow: true }) as unknown as Option & { xAxis: { axisLabel: { rotate: number } } };
    expect(quiet.series[0]?.label.show).toBe(false);
    expect(quiet.xAxis.axisLabel.rotate).toBe(90);
  });
});
