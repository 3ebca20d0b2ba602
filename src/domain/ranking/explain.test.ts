import { describe, expect, it } from 'vitest';
import { pathFor, scoreChange, whatItTakes } from './explain';
import type { RankingMethod } from './method';
import { rankPeriod } from './score';
import { inputsOf, SMALL_METHOD, TIERS } from './test-helpers';

const unitOf = (r: ReturnType<typeof rankPeriod>, code: string) => r.units.find((u) => u.code === code)!;

describe('why the score moved', () => {
  // C stays at the worst overdue share (10 %) so the range's anchors hold still.
  const before = rankPeriod(
    inputsOf({
      A: { 'disclosure.onTime': 0.9, 'disclosure.listPosted': 0.6, 'complaints.overdue': 0.1 },
      B: { 'disclosure.onTime': 0.7, 'disclosure.listPosted': 1, 'complaints.overdue': 0.02 },
      C: { 'disclosure.onTime': 0.5, 'disclosure.listPosted': 0.8, 'complaints.overdue': 0.1 },
    }, 2023),
    SMALL_METHOD,
  );

  it('splits the change exactly into weighted indicator moves', () => {
    // A now: on time 100 % (score 80 → 100), overdue 6 % (score 0 → 50). Overall 30 → ½(¾·100) + ½·50 = 62.5.
    const now = rankPeriod(
      inputsOf({
        A: { 'disclosure.onTime': 1, 'disclosure.listPosted': 0.6, 'complaints.overdue': 0.06 },
        B: { 'disclosure.onTime': 0.7, 'disclosure.listPosted': 1, 'complaints.overdue': 0.02 },
        C: { 'disclosure.onTime': 0.5, 'disclosure.listPosted': 0.8, 'complaints.overdue': 0.1 },
      }),
      SMALL_METHOD,
    );
    const change = scoreChange(unitOf(now, 'A'), unitOf(before, 'A'))!;
    expect(change.before).toBeCloseTo(30, 10);
    expect(change.now).toBeCloseTo(62.5, 10);
    const points = Object.fromEntries(change.contributions.map((c) => [c.id, c.points]));
    expect(points['disclosure.onTime']).toBeCloseTo(7.5, 10); // 0.375 × (100 − 80)
    expect(points['disclosure.listPosted']).toBeCloseTo(0, 10);
    expect(points['complaints.overdue']).toBeCloseTo(25, 10); // 0.5 × (50 − 0)
    expect(change.contributions.reduce((s, c) => s + c.points, 0)).toBeCloseTo(change.now - change.before, 10);
  });

  it('still adds up when an indicator loses its data and the weights shift', () => {
    // A has no complaint data now: disclosure carries the whole score, 75; the on-time part goes from 0.375·80 to 0.75·100.
    const now = rankPeriod(
      inputsOf({
        A: { 'disclosure.onTime': 1, 'disclosure.listPosted': 0.6 },
        B: { 'disclosure.onTime': 0.7, 'disclosure.listPosted': 1, 'complaints.overdue': 0.02 },
        C: { 'disclosure.onTime': 0.5, 'disclosure.listPosted': 0.8, 'complaints.overdue': 0.1 },
      }),
      SMALL_METHOD,
    );
    const change = scoreChange(unitOf(now, 'A'), unitOf(before, 'A'))!;
    expect(change.now).toBeCloseTo(75, 10);
    const onTime = change.contributions.find((c) => c.id === 'disclosure.onTime')!;
    expect(onTime.points).toBeCloseTo(45, 10);
    expect(change.contributions.reduce((s, c) => s + c.points, 0)).toBeCloseTo(45, 10);
  });

  it('has nothing to explain without a score in both periods', () => {
    const now = rankPeriod(inputsOf({ A: {}, B: { 'disclosure.onTime': 0.8 } }), SMALL_METHOD);
    expect(scoreChange(unitOf(now, 'A'), unitOf(before, 'A'))).toBeNull();
  });
});

describe('what it takes to pass the unit above', () => {
  it('names the only indicator that can close a large gap (hand-checked)', () => {
    // A 30, B 77.5 (see score.test.ts). Gap 47.5 → 47.6 points needed. On time would need 80 + 47.6/0.375 > 100 and
    // list 0 + 47.6/0.125 > 100; overdue needs 0 + 47.6/0.5 = 95.2, i.e. 10 % + 0.952 × (2 % − 10 %) = 2.384 %.
    const r = rankPeriod(
      inputsOf({
        A: { 'disclosure.onTime': 0.9, 'disclosure.listPosted': 0.6, 'complaints.overdue': 0.1 },
        B: { 'disclosure.onTime': 0.7, 'disclosure.listPosted': 1, 'complaints.overdue': 0.02 },
        C: { 'disclosure.onTime': 0.5, 'disclosure.listPosted': 0.8 },
      }),
      SMALL_METHOD,
    );
    const w = whatItTakes(r, 'A')!;
    expect(w.aboveCode).toBe('B');
    expect(w.pointsNeeded).toBeCloseTo(47.6, 10);
    expect(w.paths).toHaveLength(1);
    expect(w.paths[0]!.id).toBe('complaints.overdue');
    expect(w.paths[0]!.scoreNeeded).toBeCloseTo(95.2, 10);
    expect(w.paths[0]!.valueNeeded).toBeCloseTo(0.02384, 10);
    expect(w.paths[0]!.change).toBeCloseTo(-0.07616, 10);
    expect(w.paths[0]!.effort).toBeCloseTo(0.952, 10); // 7.616 points of the 8 between 10 % and the best unit's 2 %
    expect(w.outOfReach).toEqual(expect.arrayContaining(['disclosure.onTime', 'disclosure.listPosted', 'services.online']));
    expect(whatItTakes(r, 'B')).toBeNull(); // first
  });

  it('prefers the indicator with more room, not the one with less change (hand-checked)', () => {
    // One theme, two indicators weighted equally, both against targets. X: on time 60 % (floor 0, target 100 % → 60),
    // list 75 % (floor 50 %, target 100 % → 50): 55. Y: 70 % → 70, 80 % → 60: 65. Needed: 65.0 − 55.0 + 0.1 = 10.1.
    // On time: score 60 + 10.1/0.5 = 80.2 → value 80.2 %, change +20.2 points of the 40 left to the target: 0.505.
    // List: score 50 + 20.2 = 70.2 → value 50 % + 0.702 × 50 % = 85.1 %, change +10.1 of the 25 left: 0.404.
    const method: RankingMethod = {
      themes: [
        {
          id: 'disclosure',
          weight: 1,
          indicators: [
            { id: 'disclosure.onTime', weight: 1, normalisation: { kind: 'target', floor: 0, target: 1 } },
            { id: 'disclosure.listPosted', weight: 1, normalisation: { kind: 'target', floor: 0.5, target: 1 } },
          ],
        },
      ],
      tiers: TIERS,
    };
    const r = rankPeriod(inputsOf({ X: { 'disclosure.onTime': 0.6, 'disclosure.listPosted': 0.75 }, Y: { 'disclosure.onTime': 0.7, 'disclosure.listPosted': 0.8 } }), method);
    const w = whatItTakes(r, 'X')!;
    expect(w.pointsNeeded).toBeCloseTo(10.1, 10);
    expect(w.paths.map((p) => p.id)).toEqual(['disclosure.listPosted', 'disclosure.onTime']);
    expect(w.paths[0]!.valueNeeded).toBeCloseTo(0.851, 10);
    expect(w.paths[0]!.effort).toBeCloseTo(0.404, 10);
    expect(w.paths[1]!.valueNeeded).toBeCloseTo(0.802, 10);
    expect(w.paths[1]!.effort).toBeCloseTo(0.505, 10);
  });

  it('counts the gap in tenths, as scores are shown, and looks past units tied with it', () => {
    // Scores 60 (P), 55.04 (Q, shown 55,0) tied with R, and S at 40: Q must reach 60,1 to pass P.
    const method: RankingMethod = {
      themes: [{ id: 'disclosure', weight: 1, indicators: [{ id: 'disclosure.onTime', weight: 1, normalisation: { kind: 'target', floor: 0, target: 1 } }] }],
      tiers: TIERS,
    };
    const r = rankPeriod(inputsOf({ P: { 'disclosure.onTime': 0.6 }, Q: { 'disclosure.onTime': 0.5504 }, R: { 'disclosure.onTime': 0.55 }, S: { 'disclosure.onTime': 0.4 } }), method);
    expect(r.units.map((u) => u.rank)).toEqual([1, 2, 2, 4]);
    const w = whatItTakes(r, 'Q')!;
    expect(w.aboveCode).toBe('P');
    expect(w.pointsNeeded).toBeCloseTo(5.1, 10);
    expect(w.paths[0]!.valueNeeded).toBeCloseTo(0.6014, 10);
    expect(whatItTakes(r, 'S')!.aboveCode).toBe('Q');
  });

  it.each([
    // A higher-is-better value below the floor: back to the floor first, then the points.
    { name: 'below the floor', value: 0.3, score: 0, weight: 0.5, points: 10, anchors: { worst: 0.5, best: 1 }, valueNeeded: 0.6, change: 0.3, effort: 0.3 / 0.7 },
    // Lower is better: overdue 8 % scores 20 between 10 % and 0 %; 5 points at weight ¼ need a score of 40, i.e. 6 %.
    { name: 'lower is better', value: 0.08, score: 20, weight: 0.25, points: 5, anchors: { worst: 0.1, best: 0 }, valueNeeded: 0.06, change: -0.02, effort: 0.25 },
    // Per 10,000 residents on the range 10–40 (higher better): 25 scores 50; 6 points at weight 0.3 → 70 → 31.
    { name: 'a rate per 10,000', value: 25, score: 50, weight: 0.3, points: 6, anchors: { worst: 10, best: 40 }, valueNeeded: 31, change: 6, effort: 0.4 },
  ])('pathFor: $name', ({ value, score, weight, points, anchors, valueNeeded, change, effort }) => {
    const p = pathFor('disclosure.onTime', value, score, weight, points, anchors)!;
    expect(p.valueNeeded).toBeCloseTo(valueNeeded, 10);
    expect(p.change).toBeCloseTo(change, 10);
    expect(p.effort).toBeCloseTo(effort, 10);
  });

  it.each([
    { name: 'already at 100', value: 1, score: 100, weight: 0.5, points: 1, anchors: { worst: 0.5, best: 1 } },
    { name: 'more than the indicator can give', value: 0.9, score: 80, weight: 0.1, points: 3, anchors: { worst: 0.5, best: 1 } },
    { name: 'every unit equal', value: 0.7, score: 100, weight: 0.5, points: 1, anchors: { worst: 0.7, best: 0.7 } },
  ])('pathFor: none when $name', ({ value, score, weight, points, anchors }) => {
    expect(pathFor('disclosure.onTime', value, score, weight, points, anchors)).toBeNull();
  });
});
