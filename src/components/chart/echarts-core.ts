/**
 * The one place ECharts modules are registered. Only what the dashboard draws is bundled (the full `echarts`
 * entry is ~1 MB). SVG renderer: crisp on a projector, vector in the briefing PDF, and it works in jsdom.
 *
 * Named imports only: `import * as echarts from 'echarts/core'` handed on as a value keeps every export of the
 * namespace alive (all of zrender, the canvas painter, GeoJSON parsing, the graphic, time and format helpers),
 * which made this chunk ~205 KiB gzip. `echarts` below is the three functions echarts-for-react calls.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { dispose, getInstanceByDom, init, use } from 'echarts/core';
import { LabelLayout, LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  HeatmapChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  // The heatmap's classes are pieces; the continuous visual map (a third of the visualMap code) is never drawn.
  VisualMapPiecewiseComponent,
  SVGRenderer,
  // The option builders size grids with `containLabel` (long Vietnamese unit names); ECharts 6 moved it here.
  LegacyGridContainLabel,
  // Value labels that would collide give way (`labelLayout.hideOverlap`, set by the layout fitting in ./layout).
  LabelLayout,
]);

/** What echarts-for-react and the PDF export call: init, dispose and getInstanceByDom. */
export const echarts = { init, dispose, getInstanceByDom };
export type { EChartsCoreOption as EChartsOption } from 'echarts/core';

// Importing these from here loads ECharts: option builders import them from './chart-theme' instead.
export { CHART_FONT, SERIES_COLOURS } from './chart-theme';
