import { escapeHtml } from '../../components/chart/build-ranking-option';
import { CHART_FONT, SERIES_COLOURS, type EChartsOption } from '../../components/chart/chart-theme';

export interface GroupedBarsInput {
  /** `key` is what a click reports (a unit code, or a measure); `label` is what the axis shows. */
  readonly categories: ReadonlyArray<{ readonly key: string; readonly label: string }>;
  readonly series: ReadonlyArray<{ readonly name: string; readonly values: readonly (number | null)[] }>;
  readonly format: (value: number) => string;
  /** Value-axis ticks; defaults to `format` (ticks often read better with fewer decimals than values). */
  readonly axisFormat?: (value: number) => string;
  readonly noDataLabel: string;
  /** Upper end of the value axis, e.g. 1 for rates that can reach 100 %. */
  readonly max?: number;
  /** Bars run left to right, categories top to bottom (units with long names); otherwise columns. */
  readonly horizontal?: boolean;
  readonly selectedKey?: string | null;
  readonly colours?: readonly string[];
}

/** Bars grouped by category, one bar per series; missing values stay gaps, never zero. Pure. */
export function buildGroupedBarsOption(o: GroupedBarsInput): EChartsOption {
  const horizontal = o.horizontal ?? false;
  // A vertical category axis draws its first category at the bottom: reverse so the list reads top-down.
  const categories = horizontal ? o.categories.toReversed() : [...o.categories];
  const indexOf = (i: number) => (horizontal ? o.categories.length - 1 - i : i);
  const categoryAxis = {
    type: 'category' as const,
    data: categories.map((c) => ({
      value: c.label,
      textStyle: c.key === o.selectedKey ? { fontWeight: 'bold' as const, color: '#1b2733' } : undefined,
    })),
    axisTick: { show: false },
    axisLabel: horizontal ? { fontSize: 12, width: 200, overflow: 'truncate' as const } : { fontSize: 12, interval: 0, width: 110, overflow: 'break' as const },
  };
  const valueAxis = { type: 'value' as const, max: o.max, axisLabel: { formatter: (v: number) => (o.axisFormat ?? o.format)(v) }, splitLine: { lineStyle: { color: '#e6ebf0' } } };
  return {
    textStyle: { fontFamily: CHART_FONT },
    color: [...(o.colours ?? SERIES_COLOURS)],
    aria: { enabled: true },
    // A plain legend wraps onto a second line on a phone instead of hiding entries behind arrows.
    grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'plain' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: Array<{ dataIndex: number }>) => {
        const index = params[0]?.dataIndex;
        const category = index === undefined ? undefined : categories[index];
        if (!category || index === undefined) return '';
        const lines = o.series.map((s) => {
          const v = s.values[indexOf(index)];
          return `${escapeHtml(s.name)}: ${v === null || v === undefined ? o.noDataLabel : o.format(v)}`;
        });
        return [`<strong>${escapeHtml(category.label)}</strong>`, ...lines].join('<br/>');
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: o.series.map((s) => ({
      name: s.name,
      type: 'bar',
      barMaxWidth: horizontal ? 12 : 36,
      emphasis: { focus: 'series' },
      data: categories.map((c, i) => ({
        name: c.key,
        value: s.values[indexOf(i)] ?? null,
        itemStyle: c.key === o.selectedKey ? { borderColor: '#1b2733', borderWidth: 2 } : undefined,
      })),
    })),
  };
}
