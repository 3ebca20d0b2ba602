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
 * The lines named at their end: among 69 units two lines can end a rank apart, and their names would print over
 * each other. The selected unit is always named, then the others from the top, each at least `gap` ranks from a
 * name already shown; the rest are named in the tooltip and the table.
 */
export function namedLines(series: readonly { readonly code: string; readonly ranks: readonly (number | null)[] }[], selectedCode: string | null, gap: number): ReadonlySet<string> {
  const lastRank = (ranks: readonly (number | null)[]) => ranks.findLast((r): r is number => r !== null) ?? null;
  const ends = series.flatMap((s) => {
    const rank = lastRank(s.ranks);
    return rank === null ? [] : [{ code: s.code, rank }];
  });
  const order = ends.toSorted((a, b) => Number(b.code === selectedCode) - Number(a.code === selectedCode) || a.rank - b.rank);
  const shown: { code: string; rank: number }[] = [];
  for (const e of order) if (shown.every((x) => Math.abs(x.rank - e.rank) >= gap)) shown.push(e);
  return new Set(shown.map((e) => e.code));
}

/**
 * Bump chart: one line per unit through its rank in each period, rank 1 at the top (inverted axis). Data items carry
 * the unit code as their `name`, so a click selects the unit; the selected unit is drawn thick and on top, the
 * others fade. End labels name each line. Pure: data + settings → option.
 */
export function buildBumpOption(o: BumpOptions): EChartsOption {
  const maxRank = Math.max(o.unitCount, ...o.series.flatMap((s) => s.ranks.filter((r): r is number => r !== null)), 1);
  const hasSelection = o.series.some((s) => s.code === o.selectedCode);
  const named = namedLines(o.series, o.selectedCode ?? null, maxRank > 20 ? 3 : 1);
  const longest = Math.max(0, ...o.series.filter((s) => named.has(s.code)).map((s) => s.name.length));
  return {
    textStyle: { fontFamily: CHART_FONT },
    aria: { enabled: true },
    animation: false,
    // Room on the right for the longest end name ("Phường Nam Hồng Lĩnh").
    grid: { left: 8, right: Math.min(220, Math.max(120, 16 + longest * 8)), top: 16, bottom: 8, containLabel: true },
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
        endLabel: { show: named.has(s.code), formatter: s.name, color: selected ? '#1b2733' : '#4a5866', fontWeight: selected ? 'bold' : 'normal', fontSize: 11 },
      };
    }),
  };
}
