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
import { LabelLayout, LegacyGridContainLabel } from 'echarts/features';
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
  // The option builders size grids with `containLabel` (long Vietnamese unit names); ECharts 6 moved it here.
  LegacyGridContainLabel,
  // Value labels that would collide give way (`labelLayout.hideOverlap`, set by the layout fitting in ./layout).
  LabelLayout,
]);

export { echarts };
export type { EChartsCoreOption as EChartsOption } from 'echarts/core';

// Importing these from here loads ECharts: option builders import them from './chart-theme' instead.
export { CHART_FONT, SERIES_COLOURS } from './chart-theme';
