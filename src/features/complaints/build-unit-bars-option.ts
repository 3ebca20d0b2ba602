import { escapeHtml } from '../../components/chart/build-ranking-option';
import { CHART_FONT, type EChartsOption } from '../../components/chart/chart-theme';

export interface UnitBarSeries {
  readonly name: string;
  /** One value per unit, in the order of `units`; null for no data. */
  readonly values: readonly (number | null)[];
  readonly color: string;
  /** Series with the same stack pile up; without one they stand side by side. */
  readonly stack?: string;
  /** Text at the end of each bar (e.g. a count next to a share); null for none. */
  readonly labels?: readonly (string | null)[];
}

export interface UnitBarsOptions {
  /** Units top to bottom. */
  readonly units: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly series: readonly UnitBarSeries[];
  readonly format: (value: number) => string;
  readonly selectedCode?: string | null;
  /** Fixed end of the value axis, e.g. 1 for shares that add up to 100 %. */
  readonly max?: number;
  readonly noDataLabel: string;
}

const SELECTED_TEXT = '#8a5a00';

/**
 * Horizontal bars per unit, stacked or side by side: the district comparisons of the complaints page. Data items
 * carry the unit code as their `name`, so a click selects the unit; the selected unit's bars get a dark outline and
 * its name is bold. Pure: data + settings → option.
 */
export function buildUnitBarsOption(o: UnitBarsOptions): EChartsOption {
  // ECharts draws the first category at the bottom of a vertical axis: reverse so the first unit sits on top.
  const order = o.units.map((_, i) => i).toReversed();
  const hasLabels = o.series.some((s) => s.labels);
  return {
    textStyle: { fontFamily: CHART_FONT },
    aria: { enabled: true },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: hasLabels ? 72 : 24, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: ReadonlyArray<{ dataIndex: number; seriesIndex: number; marker: string }>) => {
        const first = params[0];
        const unit = first ? o.units[order[first.dataIndex] as number] : undefined;
        if (!unit) return '';
        const lines = params.map((p) => {
          const s = o.series[p.seriesIndex];
          const v = s?.values[order[p.dataIndex] as number] ?? null;
          return `${p.marker}${escapeHtml(s?.name ?? '')}: ${v === null ? o.noDataLabel : o.format(v)}`;
        });
        return [escapeHtml(unit.name), ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'value', max: o.max, axisLabel: { formatter: (v: number) => o.format(v) }, splitLine: { lineStyle: { color: '#e6ebf0' } } },
    yAxis: {
      type: 'category',
      axisTick: { show: false },
      data: order.map((i) => {
        const unit = o.units[i] as { code: string; name: string };
        return unit.code === o.selectedCode ? { value: unit.name, textStyle: { fontWeight: 'bold', color: SELECTED_TEXT } } : unit.name;
      }),
    },
    series: o.series.map((s) => ({
      type: 'bar',
      name: s.name,
      stack: s.stack,
      barMaxWidth: 22,
      itemStyle: { color: s.color },
      emphasis: { focus: 'series' },
      data: order.map((i) => {
        const unit = o.units[i] as { code: string; name: string };
        const selected = unit.code === o.selectedCode;
        const label = s.labels?.[i] ?? null;
        return {
          name: unit.code,
          value: s.values[i] ?? null,
          ...(selected ? { itemStyle: { color: s.color, borderColor: '#1b2733', borderWidth: 2 } } : {}),
          ...(label !== null ? { label: { show: true, position: 'right', formatter: label, color: '#1b2733' } } : {}),
        };
      }),
    })),
  };
}
