import type { EChartsOption } from '../../components/chart/chart-theme';

/**
 * Adjusts the shared ranking option for this page: long department names are cut on the axis (the tooltip and the
 * table keep them), and axis ticks drop their decimals so they do not collide on a phone.
 */
export function tidyRankingOption(option: EChartsOption, labelWidth: number, tickFormat: (v: number) => string): EChartsOption {
  const yAxis = option.yAxis as Record<string, unknown>;
  const xAxis = option.xAxis as Record<string, unknown>;
  return {
    ...option,
    xAxis: { ...xAxis, axisLabel: { ...(xAxis.axisLabel as object), formatter: tickFormat } },
    yAxis: { ...yAxis, axisLabel: { ...(yAxis.axisLabel as object), width: labelWidth, overflow: 'truncate' } },
  };
}
