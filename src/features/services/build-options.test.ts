import { describe, expect, it } from 'vitest';
import { buildGroupedBarsOption } from './build-grouped-bars-option';
import { buildLevelOption, LEVEL_COLOURS } from './build-level-option';
import { axisFloor } from './axis-floor';

const count = (v: number) => String(v);
const pct = (v: number) => `${Math.round(v * 100)}%`;

interface BarSeries {
  name: string;
  stack?: string;
  data: Array<{ name: string; value: number | null; itemStyle?: { borderWidth: number } }>;
}
interface CategoryAxis {
  type: string;
  data: Array<{ value: string; textStyle?: { fontWeight: string } }>;
}

describe('level option', () => {
  const option = buildLevelOption({
    scheme: 'decree43',
    rows: [
      { code: '436', name: 'Thành phố Hà Tĩnh', counts: [1, 2, 90, 5] },
      { code: '444', name: 'Huyện Hương Khê', counts: [10, 20, 60, 0] },
    ],
    series: ['Mức độ 1', 'Mức độ 2', 'Mức độ 3', 'Mức độ 4'],
    format: count,
    selectedCode: '444',
  }) as { color: string[]; yAxis: CategoryAxis; series: BarSeries[] };

  it('stacks one bar per level, in the order given, with the unit codes for clicks', () => {
    expect(option.series.map((s) => s.name)).toEqual(['Mức độ 1', 'Mức độ 2', 'Mức độ 3', 'Mức độ 4']);
    expect(new Set(option.series.map((s) => s.stack))).toEqual(new Set(['levels']));
    // The first row is drawn at the top, i.e. last on ECharts' vertical category axis.
    expect(option.yAxis.data.map((d) => d.value)).toEqual(['Huyện Hương Khê', 'Thành phố Hà Tĩnh']);
    expect(option.series[2]?.data.map((d) => [d.name, d.value])).toEqual([
      ['444', 60],
      ['436', 90],
    ]);
  });

  it('marks the selected unit on its label and its bars', () => {
    expect(option.yAxis.data[0]?.textStyle?.fontWeight).toBe('bold');
    expect(option.yAxis.data[1]?.textStyle).toBeUndefined();
    expect(option.series[0]?.data[0]?.itemStyle?.borderWidth).toBe(2);
    expect(option.series[0]?.data[1]?.itemStyle).toBeUndefined();
  });

  it('paints each legal scheme in its own palette', () => {
    expect(option.color).toEqual([...LEVEL_COLOURS.decree43]);
    const after = buildLevelOption({ scheme: 'decree42', rows: [], series: ['Một phần', 'Toàn trình'], format: count }) as { color: string[] };
    expect(after.color).toEqual([...LEVEL_COLOURS.decree42]);
    expect(LEVEL_COLOURS.decree42.some((c) => LEVEL_COLOURS.decree43.includes(c))).toBe(false);
  });
});

describe('grouped bars option', () => {
  const input = {
    categories: [
      { key: '436', label: 'Thành phố Hà Tĩnh' },
      { key: '441', label: 'Huyện Vũ Quang' },
    ],
    series: [
      { name: 'Thanh toán trực tuyến', values: [0.4, null] },
      { name: 'Số hóa', values: [0.8, 0.5] },
    ],
    format: pct,
    noDataLabel: 'Không có số liệu',
  };

  it('draws columns by category with gaps left as gaps', () => {
    const option = buildGroupedBarsOption({ ...input, max: 1 }) as { xAxis: CategoryAxis; yAxis: { type: string; max: number }; series: BarSeries[] };
    expect(option.xAxis.type).toBe('category');
    expect(option.yAxis).toMatchObject({ type: 'value', max: 1 });
    expect(option.xAxis.data.map((d) => d.value)).toEqual(['Thành phố Hà Tĩnh', 'Huyện Vũ Quang']);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([0.4, null]);
    expect(option.series[1]?.data.map((d) => d.name)).toEqual(['436', '441']);
  });

  it('lays units top-down when horizontal, keeping each value with its unit, and marks the selected one', () => {
    const option = buildGroupedBarsOption({ ...input, horizontal: true, selectedKey: '436' }) as { yAxis: CategoryAxis; series: BarSeries[] };
    expect(option.yAxis.data.map((d) => d.value)).toEqual(['Huyện Vũ Quang', 'Thành phố Hà Tĩnh']);
    expect(option.series[0]?.data.map((d) => [d.name, d.value])).toEqual([
      ['441', null],
      ['436', 0.4],
    ]);
    expect(option.yAxis.data[1]?.textStyle?.fontWeight).toBe('bold');
    expect(option.series[1]?.data[1]?.itemStyle?.borderWidth).toBe(2);
  });
});

describe('axisFloor', () => {
  it('rounds down to a 5-point step below every value and the threshold', () => {
    expect(axisFloor([0.97, 0.985, null], [0.95])).toBe(0.9);
    expect(axisFloor([0.786, 0.97], [0.95])).toBe(0.75);
    expect(axisFloor([], [])).toBe(0);
    expect(axisFloor([0.005])).toBe(0);
  });
});
