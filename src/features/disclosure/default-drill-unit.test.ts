import { describe, expect, it } from 'vitest';
import { lowestOnTimeDistrict } from './default-drill-unit';
import { sumDisclosureCounts } from '../../domain/indicators';

const ZERO_TOTALS = sumDisclosureCounts([]);

const row = (code: string, publishedOnTime: number, required: number) => ({ code, name: code, totals: { ...ZERO_TOTALS, required, publishedOnTime } });

describe('the district the commune drill-down opens on', () => {
  it('is the one with the lowest share disclosed on time', () => {
    expect(lowestOnTimeDistrict([row('436', 90, 100), row('443', 60, 100), row('448', 75, 100)])).toBe('443');
  });

  it('skips districts without figures and is null when none has any', () => {
    expect(lowestOnTimeDistrict([{ code: '436', name: '436', totals: null }, row('440', 0, 0), row('447', 8, 10)])).toBe('447');
    expect(lowestOnTimeDistrict([{ code: '436', name: '436', totals: null }])).toBeNull();
  });
});
