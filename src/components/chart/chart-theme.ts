/**
 * Chart constants and the option type, free of side effects: option builders import from here, so a page that
 * builds options does not pull ECharts into its own chunk. `echarts-core.ts` (which registers the ECharts modules,
 * a side effect) re-exports these for code that already imports them from there.
 */
export type { EChartsCoreOption as EChartsOption } from 'echarts/core';

/** Colour-blind-safe categorical palette (Okabe–Ito), used for series. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export const CHART_FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
