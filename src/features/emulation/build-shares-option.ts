import { CHART_FONT, SERIES_COLOURS, type EChartsOption } from '../../components/chart/chart-theme';

export interface ShareRow {
  readonly code: string;
  readonly name: string;
  readonly exemplaryShare: number | null;
  readonly replicatedShare: number | null;
}

export interface SharesOptions {
  readonly format: (value: number) => string;
  readonly selectedCode?: string | null;
  readonly labels: { readonly exemplary: string; readonly replicated: string };
  /** Province values (pooled), drawn as dashed lines in each series' colour. */
  readonly province: { readonly exemplaryShare: number | null; readonly replicatedShare: number | null };
  readonly provinceLabels: { readonly exemplary: string; readonly replicated: string };
}

const EXEMPLARY_COLOUR = SERIES_COLOURS[0];
const REPLICATED_COLOUR = SERIES_COLOURS[2];
const SELECTED_BORDER = '#1b2733';

/** Highest exemplary share first; units without models last. */
export function orderByExemplaryShare(rows: readonly ShareRow[]): ShareRow[] {
  const known = rows.filter((r) => r.exemplaryShare !== null).toSorted((a, b) => (b.exemplaryShare as number) - (a.exemplaryShare as number));
  return [...known, ...rows.filter((r) => r.exemplaryShare === null)];
}

function referenceLine(value: number | null, label: string, colour: string) {
  return value === null
    ? undefined
    : {
        symbol: 'none',
        silent: true,
        data: [{ xAxis: value, name: label, lineStyle: { color: colour, type: 'dashed' as const, width: 2 }, label: { formatter: label, position: 'end' as const, color: colour, fontWeight: 'bold' as const } }],
      };
}

/**
 * Two bars per unit: exemplary share and replicated share, each against its province value. Data items carry the
 * unit code as `name` so a click selects the unit. Pure.
 */
export function buildSharesOption(rows: readonly ShareRow[], o: SharesOptions): EChartsOption {
  const ordered = orderByExemplaryShare(rows).toReversed();
  const selectedName = ordered.find((r) => r.code === o.selectedCode)?.name;
  const item = (r: ShareRow, value: number | null) => ({
    name: r.code,
    value,
    itemStyle: r.code === o.selectedCode ? { borderColor: SELECTED_BORDER, borderWidth: 2 } : undefined,
  });
  return {
    textStyle: { fontFamily: CHART_FONT },
    aria: { enabled: true },
    // Room above the plot for the province labels, written level at the top of their lines.
    grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? o.format(v) : '–'),
    },
    xAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => o.format(v), hideOverlap: true }, splitLine: { lineStyle: { color: '#e6ebf0' } } },
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
    series: [
      {
        name: o.labels.exemplary,
        type: 'bar',
        barMaxWidth: 12,
        itemStyle: { color: EXEMPLARY_COLOUR },
        data: ordered.map((r) => item(r, r.exemplaryShare)),
        markLine: referenceLine(o.province.exemplaryShare, o.provinceLabels.exemplary, EXEMPLARY_COLOUR),
      },
      {
        name: o.labels.replicated,
        type: 'bar',
        barMaxWidth: 12,
        itemStyle: { color: REPLICATED_COLOUR },
        data: ordered.map((r) => item(r, r.replicatedShare)),
        markLine: referenceLine(o.province.replicatedShare, o.provinceLabels.replicated, REPLICATED_COLOUR),
      },
    ],
  };
}
