import { escapeHtml } from '../../components/chart/build-ranking-option';
import { CHART_FONT, type EChartsOption } from '../../components/chart/chart-theme';

/**
 * Share-on-time classes of the heatmaps: fixed, so a colour means the same in every period and district. Red for
 * the shares a steering committee must act on, blue for those it can leave alone (ColorBrewer RdYlBu, 5 classes,
 * colour-blind safe). Dark fills take white labels.
 */
export const HEATMAP_THRESHOLDS = [0.5, 0.7, 0.85, 0.95] as const;
export const HEATMAP_COLOURS = ['#d7191c', '#fdae61', '#ffffbf', '#abd9e9', '#2c7bb6'] as const;
const DARK_FILLS = new Set<string>([HEATMAP_COLOURS[0], HEATMAP_COLOURS[4]]);

/** Class index 0–4 of a share. */
export function heatClass(value: number): number {
  const i = HEATMAP_THRESHOLDS.findIndex((t) => value < t);
  return i === -1 ? HEATMAP_THRESHOLDS.length : i;
}

export const heatColour = (value: number): string => HEATMAP_COLOURS[heatClass(value)] ?? HEATMAP_COLOURS[0];

export interface HeatmapRowInput {
  /** Unit code, put in every cell's data name so a click selects the unit; empty for the province row. */
  readonly key: string;
  readonly label: string;
  /** One value per column, null where the content was not required. */
  readonly values: readonly (number | null)[];
}

export interface HeatmapInput {
  readonly rows: readonly HeatmapRowInput[];
  readonly columnLabels: readonly string[];
  readonly selectedKey?: string | null;
  /** Value as a cell label (short, e.g. "87") and as tooltip text. */
  readonly formatLabel: (value: number) => string;
  /** Tooltip lines for a cell, plain text (escaped here). */
  readonly tooltip: (rowIndex: number, columnIndex: number) => readonly string[];
  /** Labels of the five classes, lowest first. */
  readonly classLabels: readonly string[];
  /** Cell labels only when the cells are wide enough to hold them. */
  readonly showLabels: boolean;
  /** Narrow screens: column labels stand on end so they do not run into each other. */
  readonly narrow?: boolean;
}

/** Rows top to bottom as given; ECharts counts a category axis from the bottom, hence the reversal. Pure. */
export function buildContentHeatmapOption(o: HeatmapInput): EChartsOption {
  const n = o.rows.length;
  const y = (rowIndex: number) => n - 1 - rowIndex;
  const data = o.rows.flatMap((row, r) =>
    row.values.flatMap((value, c) =>
      value === null
        ? []
        : [
            {
              name: row.key,
              value: [c, y(r), value],
              label: { color: DARK_FILLS.has(heatColour(value)) ? '#ffffff' : '#1b2733' },
              itemStyle: row.key !== '' && row.key === o.selectedKey ? { borderColor: '#1b2733', borderWidth: 2 } : { borderColor: '#ffffff', borderWidth: 1 },
            },
          ],
    ),
  );
  const selectedLabel = o.rows.find((r) => r.key !== '' && r.key === o.selectedKey)?.label;
  return {
    textStyle: { fontFamily: CHART_FONT },
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 8, top: 8, bottom: 44, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { value?: unknown }) => {
        const v = p.value;
        if (!Array.isArray(v)) return '';
        const [c, yy] = v as [number, number];
        return o.tooltip(n - 1 - yy, c).map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: [...o.columnLabels],
      position: 'top',
      splitArea: { show: true },
      axisTick: { show: false },
      axisLabel: { interval: 0, fontSize: 11, rotate: o.narrow ? 90 : 0 },
    },
    yAxis: {
      type: 'category',
      data: o.rows.map((r) => r.label).toReversed(),
      splitArea: { show: true },
      axisTick: { show: false },
      axisLabel: {
        fontSize: 12,
        formatter: (label: string) => (label === selectedLabel ? `{selected|${label}}` : label),
        rich: { selected: { fontWeight: 'bold', backgroundColor: '#fff4cc', padding: [2, 4] } },
      },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 12,
      itemHeight: 10,
      itemGap: 8,
      textGap: 4,
      textStyle: { fontSize: 11 },
      pieces: HEATMAP_COLOURS.map((color, i) => ({
        ...(i > 0 ? { gte: HEATMAP_THRESHOLDS[i - 1] } : {}),
        ...(i < HEATMAP_THRESHOLDS.length ? { lt: HEATMAP_THRESHOLDS[i] } : {}),
        color,
        label: o.classLabels[i] ?? '',
      })),
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: o.showLabels, fontSize: 10, formatter: (p: { value?: unknown }) => (Array.isArray(p.value) ? o.formatLabel(Number(p.value[2])) : '') },
        emphasis: { itemStyle: { borderColor: '#000000', borderWidth: 2 } },
      },
    ],
  };
}
