import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import { useMemo, useRef, type Ref, useImperativeHandle } from 'react';
import { echarts, type EChartsOption } from './echarts-core';
import { fitOptionToSize } from './layout';
import { measureText, useBoxWidth } from './use-box-width';
import { useDrawTurn } from './use-draw-turn';

export interface EChartHandle {
  /** The chart as SVG markup, for PNG and PDF export. */
  toSvg(): string | null;
  size(): { width: number; height: number } | null;
}

export interface EChartProps {
  readonly option: EChartsOption;
  readonly height?: number;
  /** Screen-reader summary; the full numbers are in the chart's table view. */
  readonly ariaLabel: string;
  /** Called with the data name of a clicked element (e.g. a unit code stored in the data item's `name`). */
  readonly onItemClick?: (params: { name: string; seriesName?: string; data?: unknown }) => void;
  readonly testId?: string;
  readonly ref?: Ref<EChartHandle>;
}

// Constant references: echarts-for-react re-initialises the chart when opts or theme change identity.
const OPTS = { renderer: 'svg' as const };

/**
 * Draws an ECharts option. Must be imported with the tree-shaken core (`echarts-for-react/esm/core`):
 * the `lib/core` entry yields an object instead of a component under Vite 8 and every chart renders blank.
 */
export default function EChart({ option, height = 320, ariaLabel, onItemClick, testId, ref }: EChartProps) {
  const instance = useRef<EChartsType | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // The option is laid out for the space the chart has, and again when that changes (rotation, window resize).
  const { width, screenWidth } = useBoxWidth(box);
  // One chart draws at a time, the nearest the viewport first (see draw-queue): until its turn, its space is kept.
  const { mayDraw, drawn } = useDrawTurn(box);
  const fitted = useMemo(
    () => (width > 0 ? fitOptionToSize(option, { width, height, screenWidth }, measureText) : { option, extraHeight: 0 }),
    [option, width, height, screenWidth],
  );
  const events = useMemo(
    () => (onItemClick ? { click: (p: { name: string; seriesName?: string; data?: unknown }) => onItemClick(p) } : undefined),
    [onItemClick],
  );
  useImperativeHandle(ref, () => ({
    toSvg: () => (instance.current ? instance.current.renderToSVGString() : null),
    size: () => (instance.current ? { width: instance.current.getWidth(), height: instance.current.getHeight() } : null),
  }));
  return (
    <div ref={box} role="img" aria-label={ariaLabel} data-testid={testId} className="echart">
      {mayDraw ? (
        <ReactEChartsCore
          echarts={echarts}
          option={fitted.option}
          notMerge
          lazyUpdate
          opts={OPTS}
          style={{ height: height + fitted.extraHeight, width: '100%' }}
          onEvents={events}
          onChartReady={(chart: EChartsType) => {
            instance.current = chart;
            // The option is drawn on the next frame (lazyUpdate); the next chart's turn starts after that.
            const painted = () => {
              chart.off('rendered', painted);
              drawn();
            };
            chart.on('rendered', painted);
          }}
        />
      ) : (
        <div className="chart-placeholder" style={{ height: height + fitted.extraHeight }} />
      )}
    </div>
  );
}
