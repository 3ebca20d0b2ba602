import { describe, expect, it } from 'vitest';
import { competitionRanks, rankChange, scoreKey } from './rank';

describe('competition ranking', () => {
  const cases: Array<{ name: string; keys: (number | null)[]; better: 'higher' | 'lower'; ranks: (number | null)[] }> = [
    { name: 'distinct scores', keys: [30, 90, 60], better: 'higher', ranks: [3, 1, 2] },
    { name: 'a tie shares the rank and the next rank skips ("1, 2, 2, 4")', keys: [90, 70, 70, 50], better: 'higher', ranks: [1, 2, 2, 4] },
    { name: 'a tie at the top', keys: [80, 80, 10], better: 'higher', ranks: [1, 1, 3] },
    { name: 'everyone tied', keys: [5, 5, 5], better: 'higher', ranks: [1, 1, 1] },
    { name: 'lower is better', keys: [0.3, 0.1, 0.2], better: 'lower', ranks: [3, 1, 2] },
    { name: 'no data gets no rank and does not take a place', keys: [null, 50, 40], better: 'higher', ranks: [null, 1, 2] },
    { name: 'nothing to rank', keys: [null, null], better: 'higher', ranks: [null, null] },
  ];
  it.each(cases)('$name', ({ keys, better, ranks }) => {
    const result = competitionRanks(keys.map((sortKey, i) => ({ key: `u${i}`, sortKey })), better);
    expect(keys.map((_, i) => result.get(`u${i}`))).toEqual(ranks);
  });

  it.each([
    [72.44, 72.36, true],
    [72.44, 72.46, false],
    [50, 50.04, true],
    [0, 0.06, false],
  ])('scores %d and %d compare as equal at one decimal: %s', (a, b, equal) => {
    expect(scoreKey(a) === scoreKey(b)).toBe(equal);
  });

  it.each([
    [3, 6, 3],
    [5, 2, -3],
    [4, 4, 0],
    [null, 4, null],
    [4, null, null],
  ])('rank %s after %s is a change of %s places', (now, before, expected) => {
    expect(rankChange(now, before)).toBe(expected);
  });
});
