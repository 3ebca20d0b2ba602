import { escapeHtml } from './build-ranking-option';
import { CHART_FONT, SERIES_COLOURS, type EChartsOption } from './chart-theme';

export interface TrendSeries {
  readonly name: string;
  /** One value per category, null for a gap. */
  readonly values: readonly (number | null)[];
  /** Drawn dashed and lighter: e.g. the same period last year. */
  readonly comparison?: boolean;
  /** Bars instead of a line (e.g. counts stacked by type). */
  readonly bar?: boolean;
  readonly stack?: string;
}

export interface TrendOptions {
  readonly categories: readonly string[];
  readonly series: readonly TrendSeries[];
  readonly format: (value: number) => string;
  readonly target?: { readonly value: number; readonly label: string } | null;
  /** Shaded spans, e.g. the switch from 11 to 14 disclosure contents. */
  readonly markAreas?: ReadonlyArray<{ readonly from: string; readonly to: string; readonly label: string; readonly color?: string }>;
  /** Index of the category to emphasise (the selected period). */
  readonly highlightIndex?: number;
  readonly yMin?: number;
  readonly yMax?: number;
}

/** A trend over periods, with optional comparison series, target line and shaded spans. Pure. */
export function buildTrendOption(o: TrendOptions): EChartsOption {
  return {
    textStyle: { fontFamily: CHART_FONT },
    color: [...SERIES_COLOURS],
    aria: { enabled: true },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? o.format(v) : '–'),
      formatter: undefined,
    },
    xAxis: { type: 'category', data: [...o.categories], boundaryGap: o.series.some((s) => s.bar) },
    yAxis: {
      type: 'value',
      min: o.yMin,
      max: o.yMax,
      axisLabel: { formatter: (v: number) => o.format(v) },
      splitLine: { lineStyle: { color: '#e6ebf0' } },
    },
    series: o.series.map((s, i) => ({
      name: s.name,
      type: s.bar ? 'bar' : 'line',
      stack: s.stack,
      data: [...s.values],
      connectNulls: false,
      symbolSize: 5,
      lineStyle: s.comparison ? { type: 'dashed', width: 2, opacity: 0.7 } : { width: 3 },
      itemStyle: s.comparison ? { opacity: 0.7 } : undefined,
      emphasis: { focus: 'series' },
      markLine:
        i === 0 && o.target
          ? { symbol: 'none', silent: true, data: [{ yAxis: o.target.value, name: o.target.label, lineStyle: { color: '#D55E00', width: 2 }, label: { formatter: escapeHtml(o.target.label), position: 'insideEndTop' } }] }
          : undefined,
      markArea:
        i === 0 && o.markAreas?.length
          ? { silent: true, itemStyle: { color: 'rgba(230,159,0,0.12)' }, data: o.markAreas.map((a) => [{ xAxis: a.from, name: a.label, ...(a.color ? { itemStyle: { color: a.color } } : {}) }, { xAxis: a.to }]) }
          : undefined,
    })),
  };
}
