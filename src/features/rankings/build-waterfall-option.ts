import { CHART_FONT, type EChartsOption } from '../../components/chart/chart-theme';

export interface WaterfallStep {
  readonly key: string;
  readonly label: string;
  /** Points added (+) or taken away (−). */
  readonly value: number;
}

export interface WaterfallOptions {
  readonly start: { readonly label: string; readonly value: number };
  readonly end: { readonly label: string; readonly value: number };
  readonly steps: readonly WaterfallStep[];
  readonly format: (value: number) => string;
  readonly formatSigned: (value: number) => string;
}

const UP = '#1a7f4b';
const DOWN = '#b3261e';
const TOTAL = '#0b4f6c';

/** Running totals of the waterfall: where each step's bar starts and ends. */
export function waterfallBars(start: number, steps: readonly WaterfallStep[]): Array<{ from: number; to: number }> {
  let level = start;
  return steps.map((s) => {
    const from = level;
    level += s.value;
    return { from, to: level };
  });
}

/**
 * Horizontal waterfall: the previous score on top, each indicator's contribution as a floating bar (green up, red
 * down), the current score at the bottom. Floating bars are an invisible stacked base plus the visible step. The
 * axis starts near the lowest level reached so small steps stay visible. Pure.
 */
export function buildWaterfallOption(o: WaterfallOptions): EChartsOption {
  const bars = waterfallBars(o.start.value, o.steps);
  const levels = [o.start.value, o.end.value, ...bars.flatMap((b) => [b.from, b.to])];
  const axisMin = Math.max(0, Math.floor((Math.min(...levels) - 5) / 5) * 5);
  const categories = [o.start.label, ...o.steps.map((s) => s.label), o.end.label];
  // Stacks start at 0: the endpoints' bars and the invisible bases run from 0 and are cut off at the axis minimum.
  const base = [0, ...bars.map((b) => Math.min(b.from, b.to)), 0];
  const visible = [
    { value: o.start.value, itemStyle: { color: TOTAL }, label: o.format(o.start.value) },
    ...o.steps.map((s, i) => {
      const b = bars[i] as { from: number; to: number };
      return { value: Math.abs(b.to - b.from), itemStyle: { color: s.value >= 0 ? UP : DOWN }, label: o.formatSigned(s.value) };
    }),
    { value: o.end.value, itemStyle: { color: TOTAL }, label: o.format(o.end.value) },
  ];
  return {
    textStyle: { fontFamily: CHART_FONT },
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { show: false },
    xAxis: { type: 'value', min: axisMin, splitNumber: 3, axisLabel: { formatter: (v: number) => o.format(v), hideOverlap: true }, splitLine: { lineStyle: { color: '#eef1f4' } } },
    yAxis: { type: 'category', inverse: true, data: categories, axisTick: { show: false }, axisLabel: { fontSize: 11, width: 130, overflow: 'truncate' } },
    series: [
      { type: 'bar', stack: 'w', silent: true, itemStyle: { color: 'transparent' }, data: base, barMaxWidth: 18 },
      {
        type: 'bar',
        stack: 'w',
        barMaxWidth: 18,
        data: visible.map((v) => ({ value: v.value, itemStyle: v.itemStyle, label: { show: true, position: 'right', formatter: v.label, fontSize: 11 } })),
      },
    ],
  };
}
