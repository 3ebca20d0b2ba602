import { escapeHtml } from '../../components/chart/build-ranking-option';
import { CHART_FONT, SERIES_COLOURS, type EChartsOption } from '../../components/chart/chart-theme';

export interface BumpSeries {
  readonly code: string;
  readonly name: string;
  /** Rank per category, null where the unit was not ranked (or did not exist). */
  readonly ranks: readonly (number | null)[];
}

export interface BumpOptions {
  readonly categories: readonly string[];
  readonly series: readonly BumpSeries[];
  /** Units ranked in the latest period: the bottom of the axis. */
  readonly unitCount: number;
  readonly selectedCode?: string | null;
  readonly rankLabel: string;
}

const SELECTED = '#E69F00';
const MUTED = '#9aa7b3';

/**
 * Bump chart: one line per unit through its rank in each period, rank 1 at the top (inverted axis). Data items carry
 * the unit code as their `name`, so a click selects the unit; the selected unit is drawn thick and on top, the
 * others fade. End labels name each line. Pure: data + settings → option.
 */
export function buildBumpOption(o: BumpOptions): EChartsOption {
  const maxRank = Math.max(o.unitCount, ...o.series.flatMap((s) => s.ranks.filter((r): r is number => r !== null)), 1);
  const hasSelection = o.series.some((s) => s.code === o.selectedCode);
  return {
    textStyle: { fontFamily: CHART_FONT },
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 120, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName?: string; name?: string; value?: unknown; dataIndex: number }) =>
        `${escapeHtml(p.seriesName ?? '')}: ${o.rankLabel} ${typeof p.value === 'number' ? p.value : '–'} (${escapeHtml(o.categories[p.dataIndex] ?? '')})`,
    },
    xAxis: { type: 'category', data: [...o.categories], boundaryGap: false, axisTick: { alignWithLabel: true } },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      max: maxRank,
      // One label per rank while they fit; a long table (69 units) lets the axis choose.
      interval: maxRank <= 20 ? 1 : undefined,
      axisLabel: { formatter: (v: number) => String(v) },
      splitLine: { lineStyle: { color: '#eef1f4' } },
    },
    series: o.series.map((s, i) => {
      const selected = s.code === o.selectedCode;
      const colour = selected ? SELECTED : hasSelection ? MUTED : SERIES_COLOURS[i % SERIES_COLOURS.length];
      return {
        type: 'line',
        id: s.code,
        name: s.name,
        data: s.ranks.map((r) => ({ value: r, name: s.code })),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: selected ? 10 : 7,
        z: selected ? 10 : 2,
        triggerLineEvent: true,
        lineStyle: { width: selected ? 5 : 2, color: colour, opacity: hasSelection && !selected ? 0.55 : 1 },
        itemStyle: { color: colour, opacity: hasSelection && !selected ? 0.55 : 1 },
        emphasis: { focus: 'series', lineStyle: { width: 5 } },
        endLabel: { show: true, formatter: s.name, color: selected ? '#1b2733' : '#4a5866', fontWeight: selected ? 'bold' : 'normal', fontSize: 11 },
        // Among 69 units two lines can end a rank apart: their names move apart rather than print over each other.
        labelLayout: { moveOverlap: 'shiftY' },
      };
    }),
  };
}
