/**
 * The one place ECharts modules are registered. Only what the dashboard draws is bundled (the full `echarts`
 * entry is ~1 MB). SVG renderer: crisp on a projector, vector in the briefing PDF, and it works in jsdom.
 */
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  ScatterChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export { echarts };
export type { EChartsCoreOption as EChartsOption } from 'echarts/core';

/** Colour-blind-safe categorical palette (Okabe–Ito), used for series. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export const CHART_FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
