import { describe, expect, it } from 'vitest';
import { tierOf } from './tiers';

describe('tiers', () => {
  const thresholds = { good: 80, fair: 65, average: 50 };
  it.each([
    [100, 'good'],
    [80, 'good'],
    [79.9, 'fair'],
    [65, 'fair'],
    [64.9, 'average'],
    [50, 'average'],
    [49.9, 'weak'],
    [0, 'weak'],
  ] as const)('a score of %d is %s', (score, tier) => {
    expect(tierOf(score, thresholds)).toBe(tier);
  });

  it('follows configured thresholds', () => {
    expect(tierOf(70, { good: 90, fair: 75, average: 60 })).toBe('average');
  });
});
