import { buildTrendOption } from '../../components/chart/build-trend-option';
import type { EChartsOption } from '../../components/chart/chart-theme';
import type { GrowthRow } from './emulation-view';

export interface GrowthOptions {
  readonly format: (value: number) => string;
  readonly labels: { readonly models: string; readonly recognised: string; readonly exemplary: string; readonly registeredInYear: string };
  /** The year whose stock the page shows, and the year it is compared with. */
  readonly selectedYear: number;
  readonly selectedLabel: string;
  readonly comparedLabel: string;
  /** Titles of the left (cumulative stock) and right (the year's registrations) axes. */
  readonly axisNames?: { readonly cumulative: string; readonly inYear: string };
}

type SeriesOption = Readonly<Record<string, unknown>>;

const MARK_COLOUR = '#1b2733';

/**
 * Cumulative stocks as lines and the year's registrations as bars, over every year of the registry. Built on the
 * shared trend option, then given a right-hand axis for the bars (a year's inflow is a tenth of the stock and would
 * be flat on the left axis) and vertical marks on the selected year and the year before it.
 */
export function buildGrowthOption(rows: readonly GrowthRow[], o: GrowthOptions): EChartsOption {
  const categories = rows.map((r) => String(r.year));
  const base = buildTrendOption({
    categories,
    series: [
      { name: o.labels.models, values: rows.map((r) => r.models) },
      { name: o.labels.recognised, values: rows.map((r) => r.recognised) },
      { name: o.labels.exemplary, values: rows.map((r) => r.exemplary) },
      { name: o.labels.registeredInYear, values: rows.map((r) => r.registeredInYear), bar: true },
    ],
    format: o.format,
  });
  // The year marks are labelled above the plot, level, one row each (not along the lines, where the series cross
  // them), above the axis titles' row (the chart's layout raises them further for larger type).
  const markDistance = o.axisNames ? 26 : 5;
  const marks = [
    ...(categories.includes(String(o.selectedYear - 1))
      ? [{ xAxis: String(o.selectedYear - 1), name: o.comparedLabel, lineStyle: { color: MARK_COLOUR, type: 'dashed' as const, width: 1 }, label: { formatter: o.comparedLabel, position: 'end' as const, distance: markDistance } }]
      : []),
    ...(categories.includes(String(o.selectedYear))
      ? [{ xAxis: String(o.selectedYear), name: o.selectedLabel, lineStyle: { color: MARK_COLOUR, type: 'solid' as const, width: 2 }, label: { formatter: o.selectedLabel, position: 'end' as const, distance: markDistance } }]
      : []),
  ];
  const baseSeries = (base.series ?? []) as readonly SeriesOption[];
  const series = baseSeries.map((s, i) => {
    if (s.type === 'bar') return { ...s, yAxisIndex: 1, barMaxWidth: 16, itemStyle: { opacity: 0.55 }, z: 1 };
    return i === 0 && marks.length ? { ...s, markLine: { symbol: 'none', silent: true, data: marks } } : s;
  });
  const axisName = (name: string | undefined, align: 'left' | 'right') =>
    name ? { name, nameLocation: 'end' as const, nameGap: 10, nameTextStyle: { align, color: '#4a5866' } } : {};
  const baseY = (base.yAxis ?? {}) as SeriesOption;
  return {
    ...base,
    grid: { left: 8, right: 8, top: 40 + (marks.length + (o.axisNames ? 1 : 0)) * 22, bottom: 8, containLabel: true },
    yAxis: [
      { ...baseY, ...axisName(o.axisNames?.cumulative, 'left') },
      { type: 'value', position: 'right', axisLabel: { formatter: (v: number) => o.format(v) }, splitLine: { show: false }, ...axisName(o.axisNames?.inYear, 'right') },
    ],
    series,
  };
}
