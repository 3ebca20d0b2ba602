import { describe, expect, it } from 'vitest';
import { buildRankingOption } from './build-ranking-option';
import type { EChartsOption } from './chart-theme';
import {
  categoryLabelPlan,
  chartLayout,
  containLabelShortfall,
  endLabels,
  estimateTextWidth,
  fitOptionToSize,
  legendRows,
  screenClass,
  valueAxisSplitNumber,
  valueLabelClearance,
} from './layout';

const PHONE = { width: 358, height: 320, screenWidth: 390 };
const LAPTOP = { width: 900, height: 320, screenWidth: 1440 };
const PROJECTOR = { width: 900, height: 320, screenWidth: 1920 };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => v as Obj;

describe('chart layout', () => {
  it('classes screens and sizes type for each: larger on a projector, smaller on a phone', () => {
    expect(screenClass(390)).toBe('phone');
    expect(screenClass(1440)).toBe('desktop');
    expect(screenClass(1920)).toBe('projector');
    expect(chartLayout(PHONE).fontSize).toBeLessThan(chartLayout(LAPTOP).fontSize);
    expect(chartLayout(PROJECTOR).fontSize).toBeGreaterThan(chartLayout(LAPTOP).fontSize);
  });

  it('counts the rows a wrapping legend takes', () => {
    const names = ['Khiếu nại', 'Tố cáo', 'Kiến nghị', 'Phản ánh', 'Tổng cùng kỳ năm 2023'];
    expect(legendRows(names, 1200, 12)).toBe(1);
    expect(legendRows(names, 358, 11)).toBeGreaterThan(1);
    expect(legendRows([], 358, 11)).toBe(0);
  });

  it('gives a narrow value axis fewer ticks', () => {
    const layout = chartLayout(PHONE);
    expect(valueAxisSplitNumber(260, layout)).toBeLessThan(valueAxisSplitNumber(800, layout));
    expect(valueAxisSplitNumber(50, layout)).toBe(2);
  });

  it('keeps category labels that fit, wraps long names and rotates when even a word does not fit', () => {
    expect(categoryLabelPlan(['2023', '2024'], 100, 12)).toEqual({});
    expect(categoryLabelPlan(['Công khai đúng hạn', 'Giải quyết KNTC'], 80, 11).wrapWidth).toBe(74);
    expect(categoryLabelPlan(['Thường xuyên'], 30, 11).rotate).toBe(45);
  });
});

describe('fitting an option to its chart', () => {
  it('grows a ranking chart until each of 69 names has a row, and leaves 13 as planned', () => {
    const ranking = (n: number): EChartsOption => ({
      grid: { top: 20, bottom: 30, left: 8, right: 8 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: Array.from({ length: n }, (_, i) => `Xã ${i + 1}`) },
      series: [{ type: 'bar', data: Array.from({ length: n }, (_, i) => i) }],
    });
    const size = { width: 390, height: 420, screenWidth: 390 };
    expect(fitOptionToSize(ranking(13), size).extraHeight).toBe(0);
    const { fontSize } = chartLayout(size);
    const grown = fitOptionToSize(ranking(69), size).extraHeight;
    // A row per name, and half a line above the first and below the last.
    expect(grown).toBe(69 * Math.ceil(fontSize * 1.6) - (420 - 20 - 30) + 2 * Math.ceil(fontSize * 0.75));
  });

  const option: EChartsOption = {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 36, bottom: 8 },
    xAxis: { type: 'category', boundaryGap: false, data: ['T1/24', 'T2/24', 'T12/24'] },
    yAxis: { type: 'value' },
    series: [
      { name: 'Khiếu nại', type: 'line', data: [1, 2, 3] },
      { name: 'Tổng cùng kỳ năm 2023, toàn tỉnh', type: 'line', data: [1, 2, 3] },
      { name: 'Kiến nghị, phản ánh', type: 'bar', data: [1, 2, 3], label: { show: true } },
    ],
  };

  it('turns a paging legend into a wrapping one and makes room for its rows', () => {
    const phone = fitOptionToSize(option, PHONE);
    expect(obj(phone.option.legend).type).toBe('plain');
    expect(phone.extraHeight).toBeGreaterThan(0);
    expect(obj(phone.option.grid).top).toBe(36 + phone.extraHeight);
    const wide = fitOptionToSize(option, LAPTOP);
    expect(wide.extraHeight).toBe(0);
    expect(obj(wide.option.grid).top).toBe(36);
  });

  it('keeps the end labels of a line axis inside the chart and hides overlapping axis and value labels', () => {
    const { option: fitted } = fitOptionToSize(option, PHONE);
    const xLabel = obj(obj(fitted.xAxis).axisLabel);
    // The first label starts at the axis (clear of the value labels); the last gets room for its right half.
    expect(xLabel).toMatchObject({ alignMinLabel: 'left', hideOverlap: true });
    expect(obj(fitted.grid).right).toBeGreaterThan(16);
    const bars = (fitted.series as Obj[])[2] as Obj;
    expect(bars.labelLayout).toEqual({ hideOverlap: true });
    expect((fitted.series as Obj[])[0]).not.toHaveProperty('labelLayout');
  });

  it('leaves names wrapped to their slots centred under their bars, so the first and last hide none of the others', () => {
    const grouped: EChartsOption = {
      grid: { left: 8, right: 16, top: 36, bottom: 8 },
      xAxis: { type: 'category', data: ['Công khai đúng hạn', 'Giải quyết KNTC', 'Nộp hồ sơ trực tuyến', 'Giải quyết TTHC đúng hạn'], axisLabel: { interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [0.875, 0.885, 0.815, 0.99] }],
    };
    const label = obj(obj(fitOptionToSize(grouped, { width: 314, height: 300, screenWidth: 390 }).option.xAxis).axisLabel);
    expect(label.overflow).toBe('break');
    expect(label).not.toHaveProperty('alignMinLabel');
    expect(label).not.toHaveProperty('alignMaxLabel');
  });

  it('writes larger type on a projector', () => {
    const size = (o: EChartsOption) => obj(obj(o.xAxis).axisLabel).fontSize;
    expect(size(fitOptionToSize(option, PROJECTOR).option)).toBeGreaterThan(size(fitOptionToSize(option, LAPTOP).option) as number);
  });

  it('raises each further reference-line label by a row so they never share one', () => {
    const withLines: EChartsOption = {
      series: [
        { type: 'bar', markLine: { data: [{ xAxis: 0.175, label: { position: 'end' } }] } },
        { type: 'bar', markLine: { data: [{ xAxis: 0.506, label: { position: 'end' } }] } },
      ],
    };
    const series = fitOptionToSize(withLines, PHONE).option.series as Obj[];
    const distance = (s: Obj | undefined) => obj(obj((obj(s?.markLine).data as Obj[])[0]).label).distance as number;
    expect(distance(series[1]) - distance(series[0])).toBeGreaterThanOrEqual(chartLayout(PHONE).fontSize);
  });

  it('fits the base option of a media option and keeps its media rules', () => {
    const media: EChartsOption = { baseOption: option, media: [{ query: { maxWidth: 460 }, option: {} }] };
    const fitted = fitOptionToSize(media, PHONE).option;
    expect(obj(obj(fitted.baseOption).legend).type).toBe('plain');
    expect(fitted.media).toBe(media.media);
  });
});

describe('reference lines and value labels', () => {
  it('draws a reference line behind a series that writes its values, with a halo round the values', () => {
    const option: EChartsOption = {
      series: [{ type: 'bar', data: [{ value: 1, label: { show: true } }], markLine: { data: [{ xAxis: 0.5 }] } }, { type: 'bar', data: [1], markLine: { data: [{ xAxis: 0.5 }] } }],
    };
    const [labelled, plain] = fitOptionToSize(option, LAPTOP).option.series as Obj[];
    expect(obj(labelled?.markLine).z).toBe(1);
    expect(obj(labelled?.label).textBorderColor).toBe('#ffffff');
    expect(obj(plain?.markLine).z).toBeUndefined();
  });
});

describe('room measured for the 69 communes and wards', () => {
  const LONGEST = 'Phường Bắc Hồng Lĩnh';
  /** 69 names, all short but one, the longest at `at`. */
  const names = (at: number) => Array.from({ length: 69 }, (_, i) => (i === at ? LONGEST : `Xã ${i + 1}`));

  it("adds what ECharts' containLabel leaves out when it measures only every other of more than 40 names", () => {
    // 69 names: ECharts measures names 0, 2, 4, …; the longest at an odd place is missed by the difference.
    const missed = containLabelShortfall(names(41), 12);
    expect(missed).toBe(Math.ceil(estimateTextWidth(LONGEST, 12) - estimateTextWidth('Xã 69', 12)));
    expect(containLabelShortfall(names(40), 12)).toBe(0);
    // 13 districts: every name is measured.
    expect(containLabelShortfall(names(41).slice(30, 43), 12)).toBe(0);
  });

  it('moves a 69-row chart right by that much, and a name cut to a set width by the cut width at most', () => {
    const bars = (labels: string[], axisLabel: Record<string, unknown> = {}): EChartsOption => ({
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: labels, axisLabel },
      series: [{ type: 'bar', stack: 'levels', data: labels.map(() => 1) }],
    });
    const left = (o: EChartsOption) => obj(fitOptionToSize(o, LAPTOP).option.grid).left as number;
    const { fontSize } = chartLayout(LAPTOP);
    expect(left(bars(names(41))) - left(bars(names(40)))).toBe(containLabelShortfall(names(41), fontSize));
    expect(left(bars(names(41), { width: 60, overflow: 'truncate' })) - left(bars(names(40), { width: 60, overflow: 'truncate' }))).toBe(
      Math.ceil(60 - estimateTextWidth('Xã 69', fontSize)),
    );
  });

  const ranking = (value: number) =>
    buildRankingOption(
      names(41).map((name, i) => ({ code: String(i), name, value: i === 0 ? value : 0.5 })),
      { format: (v) => `${(v * 100).toFixed(1).replace('.', ',')}%`, better: 'higher', reference: { value: 0.815, label: 'Toàn tỉnh 81,5%' }, noDataLabel: '–' },
    );

  it('reads the value labels past the bars as the chart prints them', () => {
    const texts = endLabels(ranking(1).series, 12).map((l) => l.text);
    expect(texts).toContain('100,0%');
    expect(texts).toHaveLength(69);
  });

  it("keeps room right of the plot for the widest value at the size it is printed, a projector's too", () => {
    for (const size of [PHONE, LAPTOP, PROJECTOR]) {
      const { fontSize } = chartLayout(size);
      const right = obj(fitOptionToSize(ranking(1), size).option.grid).right as number;
      expect(right).toBeGreaterThanOrEqual(estimateTextWidth('100,0%', fontSize) + 5);
    }
    // A slide that writes its values at 22 px needs more than the builder's 56 px.
    const slide = fitOptionToSize(
      { ...ranking(1), series: (ranking(1).series as Obj[]).map((s) => ({ ...s, data: (s.data as Obj[]).map((d) => ({ ...d, label: { ...obj(d.label), fontSize: 22 } })) })) },
      PROJECTOR,
    );
    expect(obj(slide.option.grid).right).toBeGreaterThanOrEqual(estimateTextWidth('100,0%', 22) + 5);
    expect(obj(slide.option.grid).right).toBeGreaterThan(56);
  });

  it("raises the province line's label above the first row's value label, and only where bars carry values", () => {
    const distance = (o: EChartsOption) => obj(obj((obj((fitOptionToSize(o, PROJECTOR).option.series as Obj[])[0]?.markLine).data as Obj[])[0]).label).distance as number;
    const { fontSize } = chartLayout(PROJECTOR);
    const labelled = ranking(0.9);
    expect(valueLabelClearance(labelled.series, fontSize)).toBe(Math.ceil(0.4 * fontSize + 0.7 * fontSize) + 2);
    expect(distance(labelled)).toBeGreaterThanOrEqual(valueLabelClearance(labelled.series, fontSize));
    const bare = { ...labelled, series: (labelled.series as Obj[]).map((s) => ({ ...s, data: (s.data as Obj[]).map((d) => ({ ...d, label: { show: false } })) })) };
    expect(valueLabelClearance(bare.series, fontSize)).toBe(0);
    expect(distance(bare)).toBe(5);
  });

  it('makes value labels keep the rest of their line clear, so two a few pixels apart give way', () => {
    const grouped: EChartsOption = {
      xAxis: { type: 'category', data: ['Công khai đúng hạn', 'Nộp hồ sơ trực tuyến'] },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', data: [0.875, 0.815], label: { show: true, position: 'top' } },
        { type: 'bar', data: [0.771, 0.766], label: { show: true, position: 'top', textMargin: 0 } },
      ],
    };
    const [current, lastYear] = fitOptionToSize(grouped, PHONE).option.series as Obj[];
    const { fontSize } = chartLayout(PHONE);
    expect(obj(current?.label).textMargin).toEqual([Math.ceil(fontSize * 0.45), 1]);
    expect(obj(lastYear?.label).textMargin).toBe(0);
  });
});
