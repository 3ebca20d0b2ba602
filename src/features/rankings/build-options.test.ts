import { describe, expect, it } from 'vitest';
import { buildBumpOption, namedLines } from './build-bump-option';
import { buildWaterfallOption, waterfallBars } from './build-waterfall-option';

type Series = Array<{ id: string; name: string; data: Array<{ value: number | null; name: string }>; lineStyle: { width: number; color: string }; z: number }>;

describe('bump chart option', () => {
  const option = buildBumpOption({
    categories: ['2022', '2023', '2024'],
    series: [
      { code: '436', name: 'Hà Tĩnh', ranks: [2, 1, 1] },
      { code: '448', name: 'Lộc Hà', ranks: [1, null, 2] },
    ],
    unitCount: 13,
    selectedCode: '448',
    rankLabel: 'Hạng',
  }) as { yAxis: { inverse: boolean; min: number; max: number }; series: Series; xAxis: { data: string[] } };

  it('puts rank 1 on top, down to the number of units ranked', () => {
    expect(option.yAxis).toMatchObject({ inverse: true, min: 1, max: 13 });
    expect(option.xAxis.data).toEqual(['2022', '2023', '2024']);
  });

  it('draws one series per unit with unit codes on the data items, gaps where unranked', () => {
    expect(option.series.map((s) => s.id)).toEqual(['436', '448']);
    expect(option.series[1]!.data).toEqual([{ value: 1, name: '448' }, { value: null, name: '448' }, { value: 2, name: '448' }]);
  });

  it('emphasises the selected unit and fades the rest', () => {
    const [other, selected] = option.series;
    expect(selected!.lineStyle.width).toBeGreaterThan(other!.lineStyle.width);
    expect(selected!.z).toBeGreaterThan(other!.z);
    expect(other!.lineStyle.color).not.toBe(selected!.lineStyle.color);
  });

  it('uses the palette when nothing is selected', () => {
    const plain = buildBumpOption({ categories: ['2024'], series: [{ code: 'a', name: 'A', ranks: [1] }, { code: 'b', name: 'B', ranks: [2] }], unitCount: 2, rankLabel: 'Rank' }) as { series: Series };
    expect(plain.series[0]!.lineStyle.color).not.toBe(plain.series[1]!.lineStyle.color);
    expect(plain.series[0]!.lineStyle.width).toBe(plain.series[1]!.lineStyle.width);
  });
});

describe('waterfall option', () => {
  it('stacks running totals', () => {
    expect(waterfallBars(60, [{ key: 'a', label: 'a', value: 5 }, { key: 'b', label: 'b', value: -2 }])).toEqual([
      { from: 60, to: 65 },
      { from: 65, to: 63 },
    ]);
  });

  const option = buildWaterfallOption({
    start: { label: 'Kỳ trước', value: 60 },
    end: { label: 'Kỳ này', value: 63 },
    steps: [
      { key: 'a', label: 'Đúng hạn', value: 5 },
      { key: 'b', label: 'Quá hạn', value: -2 },
    ],
    format: (v) => v.toFixed(1),
    formatSigned: (v) => (v > 0 ? `+${v.toFixed(1)}` : v.toFixed(1)),
  }) as {
    xAxis: { min: number };
    yAxis: { data: string[]; inverse: boolean };
    series: [{ data: number[] }, { data: Array<{ value: number; itemStyle: { color: string }; label: { formatter: string } }> }];
  };

  it('lists start, steps and end top to bottom', () => {
    expect(option.yAxis.data).toEqual(['Kỳ trước', 'Đúng hạn', 'Quá hạn', 'Kỳ này']);
    expect(option.yAxis.inverse).toBe(true);
  });

  it('floats each step on an invisible base from its lower end', () => {
    expect(option.series[0].data).toEqual([0, 60, 63, 0]);
    expect(option.series[1].data.map((d) => d.value)).toEqual([60, 5, 2, 63]);
    expect(option.series[1].data.map((d) => d.label.formatter)).toEqual(['60.0', '+5.0', '-2.0', '63.0']);
  });

  it('colours gains and losses apart, and starts the axis near the lowest level', () => {
    const [, up, down] = option.series[1].data;
    expect(up!.itemStyle.color).not.toBe(down!.itemStyle.color);
    expect(option.xAxis.min).toBe(55);
  });
});

describe('names at the ends of the rank lines', () => {
  it('names the selected unit and then lines at least the gap apart, from the top', () => {
    const series = [
      { code: 'a', ranks: [1, 1] },
      { code: 'b', ranks: [3, 2] },
      { code: 'c', ranks: [2, 5] },
      { code: 'd', ranks: [4, null] },
      { code: 'e', ranks: [6, 6] },
    ];
    expect([...namedLines(series, null, 3)].sort()).toEqual(['a', 'd']);
    expect([...namedLines(series, 'b', 3)].sort()).toEqual(['b', 'c']);
    expect(namedLines(series, null, 1).size).toBe(5);
  });
});
