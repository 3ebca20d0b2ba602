import { echarts, type EChartsOption } from '../chart/echarts-core';

/**
 * Draws a chart option off screen with ECharts' server-side SVG renderer: the same option the slide draws, in the
 * font embedded in the PDF, without animation, at a fixed size. Every slide of the pack gets its chart this way,
 * including slides nobody has opened.
 */
export function chartToSvg(option: EChartsOption, size: { width: number; height: number }, fontFamily: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    const textStyle = (option.textStyle ?? {}) as Record<string, unknown>;
    chart.setOption({ ...option, animation: false, textStyle: { ...textStyle, fontFamily } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
