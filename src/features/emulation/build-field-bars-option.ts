import { CHART_FONT, SERIES_COLOURS, type EChartsOption } from '../../components/chart/chart-theme';
import type { FieldMatrix, FieldMatrixRow } from './field-matrix';

export interface FieldBarsOptions {
  readonly mode: 'count' | 'share';
  readonly format: (value: number) => string;
  readonly selectedCode?: string | null;
}

const SELECTED_BORDER = '#1b2733';

/** Units with the most models first; ties in the order given. */
export function orderByTotal(rows: readonly FieldMatrixRow[]): FieldMatrixRow[] {
  return rows.toSorted((a, b) => b.total - a.total);
}

/**
 * Horizontal stacked bars, one bar per unit, one stack segment per field (the registry's lookup order). Each data
 * item is named by its unit code so a click selects the unit; the selected unit's label is bold and its bar outlined.
 */
export function buildFieldBarsOption(matrix: FieldMatrix, o: FieldBarsOptions): EChartsOption {
  // ECharts draws the first category at the bottom: reverse so the unit with most models sits on top.
  const ordered = orderByTotal(matrix.rows).toReversed();
  const selectedName = ordered.find((r) => r.code === o.selectedCode)?.name;
  return {
    textStyle: { fontFamily: CHART_FONT },
    color: [...SERIES_COLOURS],
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? o.format(v) : '–'),
    },
    xAxis: {
      type: 'value',
      max: o.mode === 'share' ? 1 : undefined,
      axisLabel: { formatter: (v: number) => o.format(v), hideOverlap: true },
      splitLine: { lineStyle: { color: '#e6ebf0' } },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: {
        fontSize: 12,
        // Rich-text markup is ECharts' own, not HTML: only its braces and bar need keeping out of a name.
        formatter: (name: string) => (name === selectedName ? `{selected|${name.replace(/[{}|]/g, '')}}` : name),
        rich: { selected: { fontWeight: 'bold', color: SELECTED_BORDER } },
      },
    },
    series: matrix.columns.map((c, i) => ({
      name: c.name,
      type: 'bar',
      stack: 'fields',
      barMaxWidth: 22,
      emphasis: { focus: 'series' },
      data: ordered.map((r) => {
        const cell = r.cells[i];
        const value = cell ? (o.mode === 'count' ? cell.count : cell.share) : null;
        const selected = r.code === o.selectedCode;
        return { name: r.code, value, itemStyle: selected ? { borderColor: SELECTED_BORDER, borderWidth: 2 } : undefined };
      }),
    })),
  };
}
