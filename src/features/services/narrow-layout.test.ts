import { describe, expect, it } from 'vitest';
import { NARROW_CHART_WIDTH, withNarrowLayout } from './narrow-layout';

describe('withNarrowLayout', () => {
  it('keeps the option as the base and narrows labels and ticks below the phone width', () => {
    const base = { yAxis: { type: 'category', axisLabel: { width: 190 } }, xAxis: { type: 'value' } };
    const wrapped = withNarrowLayout(base, 110) as { baseOption: unknown; media: Array<{ query: { maxWidth: number }; option: { yAxis: { axisLabel: { width: number } }; xAxis: { splitNumber: number } } }> };
    expect(wrapped.baseOption).toBe(base);
    expect(wrapped.media).toHaveLength(1);
    expect(wrapped.media[0]?.query.maxWidth).toBe(NARROW_CHART_WIDTH);
    expect(wrapped.media[0]?.option.yAxis.axisLabel.width).toBe(110);
    expect(wrapped.media[0]?.option.xAxis.splitNumber).toBe(3);
  });
});
