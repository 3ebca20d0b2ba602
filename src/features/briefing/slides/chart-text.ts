import type { EChartsOption } from '../../../components/chart/echarts-core';

/** ECharts' own default text size: what an option means when it names none. */
const DEFAULT_FONT_SIZE = 12;

/** Keys whose object holds text styling: sized even when the builder left the size to ECharts' default. */
const TEXT_KEYS = new Set(['textStyle', 'axisLabel', 'label', 'nameTextStyle']);

type Json = unknown;

function scale(node: Json, factor: number, isText: boolean): Json {
  if (Array.isArray(node)) return node.map((n) => scale(n, factor, false));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node as Record<string, Json>)) {
    if ((key === 'fontSize' || key === 'lineHeight') && typeof value === 'number') out[key] = Math.round(value * factor);
    else if (key === 'data' && Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) out[key] = value;
    else out[key] = scale(value, factor, TEXT_KEYS.has(key));
  }
  if (isText && !('fontSize' in out)) out.fontSize = Math.round(DEFAULT_FONT_SIZE * factor);
  return out;
}

/**
 * The same chart with every text larger, for a projector at the back of a meeting room: set sizes are multiplied,
 * unset ones start from ECharts' default. Pure: returns a new option, functions (formatters) kept as they are.
 */
export function scaleChartText(option: EChartsOption, factor: number): EChartsOption {
  if (factor === 1) return option;
  const scaled = scale(option, factor, false) as Record<string, Json>;
  // The root textStyle is every text's default, including texts the builder did not style at all.
  return { ...scaled, textStyle: scaled.textStyle ?? { fontSize: Math.round(DEFAULT_FONT_SIZE * factor) } } as EChartsOption;
}

/**
 * Puts the labels of a ranking's vertical reference lines (the province value) above the line's top end, written
 * horizontally, with room above the plot for them at projector text sizes: a rotated label would cross the bars.
 */
export function withReferenceLabelsOnTop(option: EChartsOption): EChartsOption {
  const series = (option.series ?? []) as Array<Record<string, Json>>;
  const grid = (option.grid ?? {}) as Record<string, Json>;
  return {
    ...option,
    grid: { ...grid, top: 40 },
    series: series.map((s) => {
      const markLine = s.markLine as { data?: Array<Record<string, Json>> } | undefined;
      if (!markLine?.data) return s;
      return { ...s, markLine: { ...markLine, data: markLine.data.map((d) => ({ ...d, label: { ...(d.label as Record<string, Json>), position: 'end' } })) } };
    }),
  };
}

/** Writes each bar's value above it, formatted as on screen: the chart then states the numbers its sentences quote. */
export function withValueLabels(option: EChartsOption, format: (value: number) => string): EChartsOption {
  const series = (option.series ?? []) as Array<Record<string, Json>>;
  return {
    ...option,
    series: series.map((s) => ({
      ...s,
      label: {
        show: true,
        position: 'top',
        formatter: (p: { value: Json }) => (typeof p.value === 'number' ? format(p.value) : ''),
      },
    })),
  };
}
