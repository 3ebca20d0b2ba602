import { describe, expect, it } from 'vitest';
import { themeMapScale } from './theme-map-scale';

const base = { method: 'quantile' as const, values: [0.5, 0.6, 0.7, 0.8, 0.9, 0.95], direction: 'higher-is-better' as const, unitOfMeasure: '%', locale: 'vi-VN', noDataLabel: 'Không có số liệu' };

describe('diverging theme map scale', () => {
  it('turns at the centre: units below and above it get colours from opposite ends', () => {
    const scale = themeMapScale({ ...base, divergeAround: 0.75 });
    const below = scale.classify(0.55);
    const above = scale.classify(0.92);
    expect(below.kind).toBe('class');
    expect(above.kind).toBe('class');
    // No class straddles the centre.
    for (const c of scale.classes) expect(c.lower >= 0.75 || c.upper <= 0.75).toBe(true);
    expect(scale.fill(0.55)).not.toBe(scale.fill(0.92));
  });

  it('stays sequential without a centre', () => {
    const sequential = themeMapScale(base);
    const diverging = themeMapScale({ ...base, divergeAround: 0.75 });
    expect(sequential.classes.map((c) => c.fill)).not.toEqual(diverging.classes.map((c) => c.fill));
  });
});
