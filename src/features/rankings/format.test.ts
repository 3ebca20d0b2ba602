import { describe, expect, it } from 'vitest';
import { formatIndicator, formatIndicatorChange, rankMove } from './format';

describe('formatting of ranking figures', () => {
  it('shows shares as percentages and rates with one decimal, the Vietnamese way', () => {
    expect(formatIndicator('disclosure.onTime', 0.8734, 'vi')).toBe('87,3%');
    expect(formatIndicator('complaints.per10k', 39.78, 'vi')).toBe('39,8');
    expect(formatIndicator('complaints.per10k', null, 'vi')).toBe('–');
    expect(formatIndicatorChange('services.online', 0.025, 'vi')).toBe('+2,5 điểm %');
    expect(formatIndicatorChange('emulation.modelsPer10k', -1.25, 'en')).toBe('-1.3');
  });

  it.each([
    [3, false, { kind: 'up', count: 3 }],
    [-2, false, { kind: 'down', count: 2 }],
    [0, false, { kind: 'same' }],
    [null, true, { kind: 'new' }],
    [null, false, { kind: 'none' }],
  ] as const)('a change of %s (new: %s) reads %j', (change, isNew, move) => {
    expect(rankMove(change, isNew)).toEqual(move);
  });
});
