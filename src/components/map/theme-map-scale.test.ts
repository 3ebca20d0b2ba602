import { describe, expect, it } from 'vitest';
import { createColorScale } from '../../domain/scale';
import { defaultClassification, themeMapScale } from './theme-map-scale';

const values = [50.8, 55.4, 60.8, 65.1, 67.1, 69, 70, 70.8, 70.8, 81.4, 82.1, 83.1, null];
const base = { values, direction: 'higher-is-better' as const, unitOfMeasure: '%', locale: 'vi-VN', noDataLabel: 'Không có số liệu' };

describe('theme map scale (screen and briefing pack alike)', () => {
  it('opens on official thresholds when a theme has them, on quantiles otherwise', () => {
    expect(defaultClassification([80, 90])).toBe('fixed');
    expect(defaultClassification([])).toBe('quantile');
    expect(defaultClassification(undefined)).toBe('quantile');
  });

  it('is five sequential quantile classes, "%" after each label, nulls as no data', () => {
    const scale = themeMapScale({ ...base, method: 'quantile' });
    const expected = createColorScale(
      { classification: { method: 'quantile', classes: 5 }, scheme: { kind: 'sequential' }, direction: 'higher-is-better', unit: '%', locale: 'vi-VN', noDataLabel: 'Không có số liệu' },
      values,
    );
    expect(scale.legend(values)).toEqual(expected.legend(values));
    expect(scale.classes).toHaveLength(5);
    expect(scale.classes[0]?.label).toMatch(/^50,80 – [\d,]+ %$/);
    expect(scale.legend(values).at(-1)).toMatchObject({ kind: 'no-data', label: 'Không có số liệu', count: 1 });
  });

  it('writes other units only in the title: a count’s legend has bare numbers', () => {
    const scale = themeMapScale({ ...base, values: [123, 155, 188, 264, 396], method: 'quantile', unitOfMeasure: 'mô hình' });
    expect(scale.classes.every((c) => !c.label.includes('mô hình') && !c.label.includes('%'))).toBe(true);
  });

  it('uses the fixed range for equal intervals only, and thresholds only for "fixed"', () => {
    const equal = themeMapScale({ ...base, method: 'equal-interval', domain: { min: 0, max: 100 } });
    expect(equal.classes.map((c) => [c.lower, c.upper])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ]);
    const fixed = themeMapScale({ ...base, method: 'fixed', thresholds: [60, 80] });
    expect(fixed.classes).toHaveLength(3);
    // Without thresholds "fixed" falls back to quantiles rather than one class.
    expect(themeMapScale({ ...base, method: 'fixed' }).classes).toHaveLength(5);
  });
});
