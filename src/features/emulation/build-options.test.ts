import { describe, expect, it } from 'vitest';
import { summariseModels } from '../../domain/emulation-metrics';
import { buildFieldBarsOption } from './build-field-bars-option';
import { buildGrowthOption } from './build-growth-option';
import { buildSharesOption, orderByExemplaryShare } from './build-shares-option';
import { growthByYear } from './emulation-view';
import { fieldMatrix } from './field-matrix';
import { MODELS } from './test-models';

const names: Record<string, string> = { '436': 'Thành phố Hà Tĩnh', '439': 'Huyện Hương Sơn', '440': 'Huyện Đức Thọ', '449': 'Thị xã Kỳ Anh' };
const unitName = (code: string) => names[code] ?? code;
const fmt = (v: number) => String(v);
const LOOKUP = [
  { code: 'KT', name: 'Kinh tế' },
  { code: 'VHXH', name: 'Văn hóa – xã hội' },
  { code: 'QPAN', name: 'Quốc phòng – an ninh' },
  { code: 'XDHTCT', name: 'Xây dựng hệ thống chính trị' },
];

interface BarItem {
  name: string;
  value: number | null;
  itemStyle?: { borderWidth?: number };
}
interface BarsShape {
  yAxis: { data: string[]; axisLabel: { formatter: (n: string) => string } };
  xAxis: { max?: number };
  series: Array<{ name: string; stack?: string; data: BarItem[]; markLine?: { data: Array<{ xAxis: number; name: string }> } }>;
}

describe('field bars option', () => {
  const matrix = fieldMatrix(summariseModels(MODELS, 2018, ['436', '439', '440', '449']), LOOKUP, unitName, 'Toàn tỉnh');

  it('stacks one series per lookup field, the unit with most models on top, codes in item names', () => {
    const o = buildFieldBarsOption(matrix, { mode: 'count', format: fmt, selectedCode: '439' }) as unknown as BarsShape;
    expect(o.series.map((s) => s.name)).toEqual(['Kinh tế', 'Văn hóa – xã hội', 'Quốc phòng – an ninh', 'Xây dựng hệ thống chính trị']);
    expect(o.series.every((s) => s.stack === 'fields')).toBe(true);
    // 2018: 436 has 3 models, 439 has 2, 440 and 449 one each; the top of the axis is the last category.
    expect(o.yAxis.data).toEqual(['Thị xã Kỳ Anh', 'Huyện Đức Thọ', 'Huyện Hương Sơn', 'Thành phố Hà Tĩnh']);
    const kt = o.series[0]?.data ?? [];
    expect(kt.map((d) => [d.name, d.value])).toEqual([
      ['449', 0],
      ['440', 1],
      ['439', 1],
      ['436', 2],
    ]);
    expect(kt.find((d) => d.name === '439')?.itemStyle?.borderWidth).toBe(2);
    expect(kt.find((d) => d.name === '436')?.itemStyle).toBeUndefined();
    expect(o.yAxis.axisLabel.formatter('Huyện Hương Sơn')).toBe('{selected|Huyện Hương Sơn}');
    expect(o.yAxis.axisLabel.formatter('Thành phố Hà Tĩnh')).toBe('Thành phố Hà Tĩnh');
  });

  it('shows each unit\'s mix in share mode, up to 100 %', () => {
    const o = buildFieldBarsOption(matrix, { mode: 'share', format: fmt }) as unknown as BarsShape;
    expect(o.xAxis.max).toBe(1);
    const top = o.series.map((s) => s.data.at(-1)?.value);
    // 436 in 2018: A and G (KT), B (VHXH).
    expect(top).toEqual([2 / 3, 1 / 3, 0, 0]);
  });
});

describe('shares option', () => {
  const rows = [
    { code: '436', name: 'Thành phố Hà Tĩnh', exemplaryShare: 0.5, replicatedShare: 0.5 },
    { code: '441', name: 'Huyện Vũ Quang', exemplaryShare: null, replicatedShare: null },
    { code: '449', name: 'Thị xã Kỳ Anh', exemplaryShare: 1, replicatedShare: 1 },
    { code: '439', name: 'Huyện Hương Sơn', exemplaryShare: 0, replicatedShare: 1 },
  ];

  it('orders by exemplary share, units without models last', () => {
    expect(orderByExemplaryShare(rows).map((r) => r.code)).toEqual(['449', '436', '439', '441']);
  });

  it('draws both shares per unit against dashed province lines, codes in item names', () => {
    const o = buildSharesOption(rows, {
      format: fmt,
      selectedCode: '436',
      labels: { exemplary: 'Tỷ lệ tiêu biểu', replicated: 'Tỷ lệ nhân rộng' },
      province: { exemplaryShare: 0.4, replicatedShare: null },
      provinceLabels: { exemplary: 'Tiêu biểu toàn tỉnh 40%', replicated: 'Nhân rộng toàn tỉnh' },
    }) as unknown as BarsShape;
    expect(o.yAxis.data).toEqual(['Huyện Vũ Quang', 'Huyện Hương Sơn', 'Thành phố Hà Tĩnh', 'Thị xã Kỳ Anh']);
    expect(o.series.map((s) => s.name)).toEqual(['Tỷ lệ tiêu biểu', 'Tỷ lệ nhân rộng']);
    expect(o.series[0]?.data.map((d) => [d.name, d.value])).toEqual([
      ['441', null],
      ['439', 0],
      ['436', 0.5],
      ['449', 1],
    ]);
    expect(o.series[1]?.data.map((d) => d.value)).toEqual([null, 1, 0.5, 1]);
    expect(o.series[0]?.markLine?.data[0]).toMatchObject({ xAxis: 0.4, name: 'Tiêu biểu toàn tỉnh 40%' });
    // No province value, no line rather than a line at 0.
    expect(o.series[1]?.markLine).toBeUndefined();
    expect(o.series[0]?.data.find((d) => d.name === '436')?.itemStyle?.borderWidth).toBe(2);
  });
});

describe('growth option', () => {
  interface GrowthShape {
    xAxis: { data: string[] };
    yAxis: unknown[];
    series: Array<{ name: string; type: string; data: Array<number | null>; yAxisIndex?: number; markLine?: { data: Array<{ xAxis: string; name: string; lineStyle: { type: string } }> } }>;
  }
  const options = {
    format: fmt,
    labels: { models: 'Mô hình', recognised: 'Công nhận', exemplary: 'Tiêu biểu', registeredInYear: 'Đăng ký mới' },
    selectedLabel: 'Năm 2017',
    comparedLabel: 'Năm trước 2016',
  };

  it('draws stocks as lines, registrations as bars on a right axis, and marks the year and the year before', () => {
    const o = buildGrowthOption(growthByYear(MODELS, 2015, 2019), { ...options, selectedYear: 2017 }) as unknown as GrowthShape;
    expect(o.xAxis.data).toEqual(['2015', '2016', '2017', '2018', '2019']);
    expect(o.series.map((s) => [s.name, s.type, s.yAxisIndex ?? 0])).toEqual([
      ['Mô hình', 'line', 0],
      ['Công nhận', 'line', 0],
      ['Tiêu biểu', 'line', 0],
      ['Đăng ký mới', 'bar', 1],
    ]);
    expect(o.yAxis).toHaveLength(2);
    expect(o.series[0]?.data).toEqual([1, 3, 5, 7, 7]);
    expect(o.series[3]?.data).toEqual([1, 2, 2, 2, 0]);
    expect(o.series[0]?.markLine?.data.map((m) => [m.xAxis, m.name, m.lineStyle.type])).toEqual([
      ['2016', 'Năm trước 2016', 'dashed'],
      ['2017', 'Năm 2017', 'solid'],
    ]);
  });

  it('marks only the years the chart has', () => {
    const o = buildGrowthOption(growthByYear(MODELS, 2015, 2019), { ...options, selectedYear: 2015 }) as unknown as GrowthShape;
    expect(o.series[0]?.markLine?.data.map((m) => m.xAxis)).toEqual(['2015']);
  });

  it('titles both axes and labels the year marks above the plot, not along the lines', () => {
    const o = buildGrowthOption(growthByYear(MODELS, 2015, 2019), { ...options, selectedYear: 2017, axisNames: { cumulative: 'Lũy kế', inYear: 'Trong năm' } }) as unknown as {
      yAxis: Array<{ name?: string }>;
      series: Array<{ markLine?: { data: Array<{ label: { position: string } }> } }>;
    };
    expect(o.yAxis.map((a) => a.name)).toEqual(['Lũy kế', 'Trong năm']);
    expect(o.series[0]?.markLine?.data.map((m) => m.label.position)).toEqual(['end', 'end']);
  });
});
