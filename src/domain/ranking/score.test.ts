import { describe, expect, it } from 'vitest';
import { anchorsFor, normalise, rankPeriod } from './score';
import { inputsOf, SMALL_METHOD } from './test-helpers';
import type { RankingMethod } from './method';

describe('normalisation', () => {
  it.each([
    { value: 0.75, worst: 0.5, best: 1, score: 50 },
    { value: 1, worst: 0.5, best: 1, score: 100 },
    { value: 0.4, worst: 0.5, best: 1, score: 0 }, // below the floor: 0, never negative
    { value: 1.2, worst: 0.5, best: 1, score: 100 }, // beyond the target: 100, never more
    { value: 0.02, worst: 0.1, best: 0, score: 80 }, // lower is better: the best anchor lies below the worst
    { value: 0.15, worst: 0.1, best: 0, score: 0 },
    { value: 7, worst: 7, best: 7, score: 100 }, // every unit equal: nobody is behind
  ])('$value between $worst (0) and $best (100) scores $score', ({ value, worst, best, score }) => {
    expect(normalise(value, { worst, best })).toBeCloseTo(score, 10);
  });

  it('takes range anchors from the units, in the direction of "better"', () => {
    const range = { id: 'complaints.overdue' as const, weight: 1, normalisation: { kind: 'range' as const } };
    expect(anchorsFor(range, 'higher', [0.3, 0.1, 0.2])).toEqual({ worst: 0.1, best: 0.3 });
    expect(anchorsFor(range, 'lower', [0.3, 0.1, 0.2])).toEqual({ worst: 0.3, best: 0.1 });
    expect(anchorsFor(range, 'lower', [])).toBeNull();
    const target = { id: 'disclosure.onTime' as const, weight: 1, normalisation: { kind: 'target' as const, floor: 0.5, target: 1 } };
    expect(anchorsFor(target, 'higher', [0.9])).toEqual({ worst: 0.5, best: 1 });
  });
});

describe('ranking a period (hand-checked)', () => {
  // A: on time 90 % → 80; list 60 % (worst) → 0; overdue 10 % (worst) → 0.
  // B: on time 70 % → 40; list 100 % (best) → 100; overdue 2 % (best) → 100.
  // C: on time 50 % → 0; list 80 % → 50; no complaint data.
  // Disclosure = ¾ on time + ¼ list: A 60, B 55, C 12.5. Complaints: A 0, B 100, C missing.
  // Overall = ½ disclosure + ½ complaints: A 30, B 77.5; C has disclosure only, renormalised: 12.5.
  const inputs = inputsOf({
    A: { 'disclosure.onTime': 0.9, 'disclosure.listPosted': 0.6, 'complaints.overdue': 0.1 },
    B: { 'disclosure.onTime': 0.7, 'disclosure.listPosted': 1, 'complaints.overdue': 0.02 },
    C: { 'disclosure.onTime': 0.5, 'disclosure.listPosted': 0.8 },
  });
  const ranking = rankPeriod(inputs, SMALL_METHOD);
  const unit = (code: string) => ranking.units.find((u) => u.code === code)!;

  it('scores each theme from its indicators and the overall score from the themes', () => {
    expect(unit('A').themes.disclosure.score).toBeCloseTo(60, 10);
    expect(unit('B').themes.disclosure.score).toBeCloseTo(55, 10);
    expect(unit('C').themes.disclosure.score).toBeCloseTo(12.5, 10);
    expect(unit('A').themes.complaints.score).toBeCloseTo(0, 10);
    expect(unit('B').themes.complaints.score).toBeCloseTo(100, 10);
    expect(unit('A').score).toBeCloseTo(30, 10);
    expect(unit('B').score).toBeCloseTo(77.5, 10);
    expect(unit('C').score).toBeCloseTo(12.5, 10);
  });

  it('ranks overall, per theme and per indicator, best first', () => {
    expect(ranking.units.map((u) => u.rank)).toEqual([2, 1, 3]);
    expect(ranking.units.map((u) => u.themes.disclosure.rank)).toEqual([1, 2, 3]);
    expect(ranking.units.map((u) => u.indicators['disclosure.listPosted'].rank)).toEqual([3, 1, 2]);
    // Lower is better for overdue: B's 2 % beats A's 10 %.
    expect(ranking.units.map((u) => u.indicators['complaints.overdue'].rank)).toEqual([2, 1, null]);
    expect(ranking.rankedCount).toBe(3);
  });

  it('does not rank a unit on an indicator it has no data for, and says so', () => {
    expect(unit('C').indicators['complaints.overdue']).toMatchObject({ value: null, score: null, rank: null, effectiveWeight: 0 });
    expect(unit('C').themes.complaints).toEqual({ score: null, rank: null, missing: ['complaints.overdue'] });
    expect(unit('C').missing).toContain('complaints.overdue');
    expect(unit('A').missing).not.toContain('complaints.overdue');
  });

  it('gives effective weights that add up to 1 over what the unit has', () => {
    const weights = (code: string) => Object.values(unit(code).indicators).map((i) => i.effectiveWeight);
    expect(unit('A').indicators['disclosure.onTime'].effectiveWeight).toBeCloseTo(0.375, 10);
    expect(unit('A').indicators['complaints.overdue'].effectiveWeight).toBeCloseTo(0.5, 10);
    expect(unit('C').indicators['disclosure.onTime'].effectiveWeight).toBeCloseTo(0.75, 10);
    for (const code of ['A', 'B', 'C']) expect(weights(code).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('puts each unit in its tier', () => {
    expect(ranking.units.map((u) => u.tier)).toEqual(['weak', 'fair', 'weak']);
  });

  it('records the anchors it used', () => {
    expect(ranking.anchors['disclosure.onTime']).toEqual({ worst: 0.5, best: 1 });
    expect(ranking.anchors['disclosure.listPosted']).toEqual({ worst: 0.6, best: 1 });
    expect(ranking.anchors['complaints.overdue']).toEqual({ worst: 0.1, best: 0.02 });
    expect(ranking.anchors['services.online']).toBeNull();
  });

  it('lets the weights decide: without the complaints theme A passes B', () => {
    const disclosureOnly: RankingMethod = { ...SMALL_METHOD, themes: SMALL_METHOD.themes.map((t) => (t.id === 'complaints' ? { ...t, weight: 0 } : t)) };
    const r = rankPeriod(inputs, disclosureOnly);
    expect(r.units.map((u) => Math.round((u.score ?? NaN) * 1e9) / 1e9)).toEqual([60, 55, 12.5]);
    expect(r.units.map((u) => u.rank)).toEqual([1, 2, 3]);
  });

  it('gives a theme with no data at all no score, and leaves a unit with no data unranked', () => {
    const r = rankPeriod(inputsOf({ A: { 'disclosure.onTime': 0.8 }, Z: {} }), SMALL_METHOD);
    expect(r.units[0]).toMatchObject({ rank: 1, tier: 'average' });
    expect(r.units[0]!.score).toBeCloseTo(60, 10);
    expect(r.units[0]!.themes.complaints.score).toBeNull();
    expect(r.units[1]).toMatchObject({ score: null, rank: null, tier: null });
    expect(r.rankedCount).toBe(1);
  });

  it('gives the same rank to the same score ("1, 2, 2, 4")', () => {
    const r = rankPeriod(
      inputsOf({
        P: { 'disclosure.onTime': 1 },
        Q: { 'disclosure.onTime': 0.8 },
        R: { 'disclosure.onTime': 0.8 },
        S: { 'disclosure.onTime': 0.6 },
      }),
      SMALL_METHOD,
    );
    expect(r.units.map((u) => u.rank)).toEqual([1, 2, 2, 4]);
    expect(r.units.map((u) => u.indicators['disclosure.onTime'].rank)).toEqual([1, 2, 2, 4]);
  });

  it('ranks only the units it is given: a unit outside its validity never enters the range', () => {
    const withLocHa = rankPeriod(inputsOf({ A: { 'disclosure.listPosted': 0.6 }, B: { 'disclosure.listPosted': 1 }, L: { 'disclosure.listPosted': 0.2 } }), SMALL_METHOD);
    const without = rankPeriod(inputsOf({ A: { 'disclosure.listPosted': 0.6 }, B: { 'disclosure.listPosted': 1 } }), SMALL_METHOD);
    expect(withLocHa.units[0]!.score).toBeCloseTo(50, 10);
    expect(without.units[0]!.score).toBeCloseTo(0, 10);
    expect(without.units.map((u) => u.code)).toEqual(['A', 'B']);
  });
});
