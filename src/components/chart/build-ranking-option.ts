import { CHART_FONT, SERIES_COLOURS, type EChartsOption } from './chart-theme';

export interface RankingRow {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
}

export interface RankingOptions {
  readonly format: (value: number) => string;
  readonly selectedCode?: string | null;
  /** "higher" ranks high values first. */
  readonly better: 'higher' | 'lower';
  /** A legal minimum or target drawn as a line; bars on the wrong side of it are coloured as failing. */
  readonly target?: { readonly value: number; readonly label: string } | null;
  /** The province value, drawn as a dashed reference line. */
  readonly reference?: { readonly value: number; readonly label: string } | null;
  readonly noDataLabel: string;
}

const GOOD = SERIES_COLOURS[0];
const FAILING = '#D55E00';
const SELECTED = '#E69F00';

/** Units with data, best first; units without data last, in the order given. */
export function rankRows(rows: readonly RankingRow[], better: 'higher' | 'lower'): RankingRow[] {
  const withData = rows.filter((r) => r.value !== null).toSorted((a, b) => ((a.value as number) - (b.value as number)) * (better === 'higher' ? -1 : 1));
  return [...withData, ...rows.filter((r) => r.value === null)];
}

/**
 * Horizontal bar ranking of units (best at the top). Every bar's data item carries the unit code as its `name`, so
 * a click can select the unit; category labels are the unit names. Pure: data + settings → option.
 */
export function buildRankingOption(rows: readonly RankingRow[], o: RankingOptions): EChartsOption {
  const ranked = rankRows(rows, o.better);
  // ECharts draws the first category at the bottom of a vertical axis: reverse so the best sits on top.
  const ordered = ranked.toReversed();
  const failing = (v: number) => (o.target ? (o.better === 'higher' ? v < o.target.value : v > o.target.value) : false);
  const markLines = [
    ...(o.target ? [{ xAxis: o.target.value, name: o.target.label, lineStyle: { color: FAILING, type: 'solid' as const, width: 2 }, label: { formatter: o.target.label, position: 'end' as const } }] : []),
    ...(o.reference ? [{ xAxis: o.reference.value, name: o.reference.label, lineStyle: { color: '#4a5866', type: 'dashed' as const }, label: { formatter: o.reference.label, position: 'end' as const, distance: o.target ? 18 : 5 } }] : []),
  ];
  return {
    textStyle: { fontFamily: CHART_FONT },
    // Line labels sit above the lines' top ends (not along them, across the bars): keep room for them.
    grid: { left: 8, right: 56, top: markLines.length ? (markLines.length > 1 ? 40 : 24) : 8, bottom: 8, containLabel: true },
    aria: { enabled: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const row = ordered[p.dataIndex];
        if (!row) return '';
        return `${escapeHtml(row.name)}: ${row.value === null ? o.noDataLabel : o.format(row.value)}`;
      },
    },
    // hideOverlap: on a phone, labels such as "15,0%" would otherwise print over each other.
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => o.format(v), hideOverlap: true }, splitLine: { lineStyle: { color: '#e6ebf0' } } },
    yAxis: { type: 'category', data: ordered.map((r) => r.name), axisTick: { show: false }, axisLabel: { fontSize: 12 } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: ordered.map((r) => ({
          name: r.code,
          value: r.value,
          itemStyle: {
            color: r.code === o.selectedCode ? SELECTED : r.value !== null && failing(r.value) ? FAILING : GOOD,
            borderColor: r.code === o.selectedCode ? '#1b2733' : undefined,
            borderWidth: r.code === o.selectedCode ? 2 : 0,
          },
          label: { show: true, position: 'right', formatter: () => (r.value === null ? o.noDataLabel : o.format(r.value)) },
        })),
        markLine: markLines.length ? { symbol: 'none', silent: true, data: markLines } : undefined,
      },
    ],
  };
}

/** ECharts tooltips are HTML: unit names from upstream are escaped before they get there. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
