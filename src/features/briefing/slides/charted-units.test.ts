import { describe, expect, it } from 'vitest';
import { chartedUnits } from './slide-content';

const units = (n: number) => Array.from({ length: n }, (_, i) => ({ code: String(i), value: i === 5 ? null : i }));

describe('units a theme slide charts', () => {
  it('charts every district up to 20 units', () => {
    expect(chartedUnits(units(13), 'higher')).toHaveLength(13);
  });

  it('charts the best and worst 10 of the 69 communes and wards, best first, leaving out units without a value', () => {
    const higher = chartedUnits(units(69), 'higher').map((u) => u.value);
    expect(higher).toHaveLength(20);
    expect(higher.slice(0, 3)).toEqual([68, 67, 66]);
    expect(higher.slice(-3)).toEqual([2, 1, 0]);
    expect(higher).not.toContain(null);
    expect(chartedUnits(units(69), 'lower').map((u) => u.value).slice(0, 3)).toEqual([0, 1, 2]);
  });
});
