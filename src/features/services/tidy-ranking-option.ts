import type { EChartsOption } from '../../components/chart/chart-theme';

/**
 * Adjusts the shared ranking option for this page: long department names are cut on the axis (the tooltip and the
 * table keep them), axis ticks drop their decimals so they do not collide on a phone, and the threshold's label sits
 * above the line's top end instead of running down it across the bars.
 */
export function tidyRankingOption(option: EChartsOption, labelWidth: number, tickFormat: (v: number) => string): EChartsOption {
  const yAxis = option.yAxis as Record<string, unknown>;
  const xAxis = option.xAxis as Record<string, unknown>;
  const series = (option.series as Array<Record<string, unknown>>).map((s) => {
    const markLine = s.markLine as { data: Array<Record<string, unknown>> } | undefined;
    if (!markLine) return s;
    return { ...s, markLine: { ...markLine, data: markLine.data.map((d) => ({ ...d, label: { ...(d.label as object), position: 'end' } })) } };
  });
  return {
    ...option,
    xAxis: { ...xAxis, axisLabel: { ...(xAxis.axisLabel as object), formatter: tickFormat } },
    yAxis: { ...yAxis, axisLabel: { ...(yAxis.axisLabel as object), width: labelWidth, overflow: 'truncate' } },
    series,
  };
}
