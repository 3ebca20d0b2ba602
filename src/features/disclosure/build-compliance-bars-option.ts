import { escapeHtml } from '../../components/chart/build-ranking-option';
import { CHART_FONT, SERIES_COLOURS, type EChartsOption } from '../../components/chart/chart-theme';

export interface ComplianceRow {
  readonly code: string;
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface ComplianceBarsInput {
  /** Top to bottom. */
  readonly rows: readonly ComplianceRow[];
  /** One series per value of a row, e.g. "posted long enough" and "quarterly list posted". */
  readonly seriesNames: readonly string[];
  readonly selectedCode?: string | null;
  readonly format: (v: number) => string;
  readonly noDataLabel: string;
}

const SELECTED_BORDER = '#1b2733';

/**
 * Grouped horizontal bars, one group per unit, a few compliance shares side by side. Every bar's data name is the
 * unit code so a click selects the unit; the selected unit's bars get a border and its label a highlight. Pure.
 */
export function buildComplianceBarsOption(o: ComplianceBarsInput): EChartsOption {
  const ordered = o.rows.toReversed();
  const selectedName = o.rows.find((r) => r.code === o.selectedCode)?.name;
  return {
    textStyle: { fontFamily: CHART_FONT },
    color: [SERIES_COLOURS[0], SERIES_COLOURS[2], SERIES_COLOURS[1]],
    aria: { enabled: true },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? (params as Array<{ dataIndex: number; seriesIndex: number }>) : [];
        const row = ordered[list[0]?.dataIndex ?? -1];
        if (!row) return '';
        const lines = o.seriesNames.map((name, i) => {
          const v = row.values[i] ?? null;
          return `${escapeHtml(name)}: ${v === null ? escapeHtml(o.noDataLabel) : o.format(v)}`;
        });
        return [`<strong>${escapeHtml(row.name)}</strong>`, ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => o.format(v) }, splitLine: { lineStyle: { color: '#e6ebf0' } } },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: {
        fontSize: 12,
        formatter: (label: string) => (label === selectedName ? `{selected|${label}}` : label),
        rich: { selected: { fontWeight: 'bold', backgroundColor: '#fff4cc', padding: [2, 4] } },
      },
    },
    series: o.seriesNames.map((name, i) => ({
      name,
      type: 'bar',
      barMaxWidth: 12,
      data: ordered.map((r) => ({
        name: r.code,
        value: r.values[i] ?? null,
        itemStyle: r.code === o.selectedCode ? { borderColor: SELECTED_BORDER, borderWidth: 2 } : undefined,
      })),
    })),
  };
}
