import type { EChartsOption } from '../../components/chart/chart-theme';

/** Below this chart width (a phone in portrait) unit names and value ticks must give way to the bars. */
export const NARROW_CHART_WIDTH = 460;

/**
 * Wraps a horizontal-bar option in an ECharts media query: on a narrow chart the category labels are cut shorter
 * and the value axis gets fewer ticks, so a phone shows bars rather than names and overlapping ticks. ECharts
 * re-evaluates the query on every resize; the export and the table are unaffected.
 */
export function withNarrowLayout(option: EChartsOption, narrowLabelWidth: number): EChartsOption {
  return {
    baseOption: option,
    media: [
      {
        query: { maxWidth: NARROW_CHART_WIDTH },
        option: { yAxis: { axisLabel: { width: narrowLabelWidth } }, xAxis: { splitNumber: 3 } },
      },
    ],
  };
}
