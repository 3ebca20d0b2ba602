import { escapeHtml } from '../../components/chart/build-ranking-option';
import { CHART_FONT, type EChartsOption } from '../../components/chart/chart-theme';
import type { LevelScheme } from './service-levels';

export interface LevelBarRow {
  /** Unit code: the data items' `name`, so a click can select the unit. */
  readonly code: string;
  readonly name: string;
  /** One count per series, in the order of `series`. */
  readonly counts: readonly number[];
}

export interface LevelOptionInput {
  readonly scheme: LevelScheme;
  readonly rows: readonly LevelBarRow[];
  /** Lowest level first: stacked from the axis outwards. */
  readonly series: readonly string[];
  readonly format: (value: number) => string;
  readonly selectedCode?: string | null;
}

/**
 * Two palettes, one per legal scheme, so levels 1–4 (Decree 43/2011) and full/partial (Decree 42/2022) never look
 * like one scale: blues for the old levels, greens for the new classification.
 */
export const LEVEL_COLOURS: Readonly<Record<LevelScheme, readonly string[]>> = {
  decree43: ['#c6dbef', '#6baed6', '#2171b5', '#08306b'],
  decree42: ['#a1d99b', '#238b45'],
};

/**
 * Services per level for each unit as horizontal stacked bars, the first row at the top. One scheme per chart:
 * the caller passes the year's scheme and its level names. Pure.
 */
export function buildLevelOption(o: LevelOptionInput): EChartsOption {
  const ordered = o.rows.toReversed();
  const colours = LEVEL_COLOURS[o.scheme];
  return {
    textStyle: { fontFamily: CHART_FONT },
    color: [...colours],
    aria: { enabled: true },
    // A plain legend wraps onto a second line on a phone instead of hiding entries behind arrows.
    grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'plain' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: Array<{ dataIndex: number }>) => {
        const row = ordered[params[0]?.dataIndex ?? -1];
        if (!row) return '';
        const lines = o.series.map((name, i) => `${escapeHtml(name)}: ${o.format(row.counts[i] ?? 0)}`);
        return [`<strong>${escapeHtml(row.name)}</strong>`, ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => o.format(v) }, splitLine: { lineStyle: { color: '#e6ebf0' } } },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => ({
        value: r.name,
        textStyle: r.code === o.selectedCode ? { fontWeight: 'bold', color: '#1b2733' } : undefined,
      })),
      axisTick: { show: false },
      axisLabel: { fontSize: 12, width: 200, overflow: 'truncate' },
    },
    series: o.series.map((name, i) => ({
      name,
      type: 'bar',
      stack: 'levels',
      barMaxWidth: 20,
      emphasis: { focus: 'series' },
      data: ordered.map((r) => ({
        name: r.code,
        value: r.counts[i] ?? 0,
        itemStyle: r.code === o.selectedCode ? { borderColor: '#E69F00', borderWidth: 2 } : undefined,
      })),
    })),
  };
}
