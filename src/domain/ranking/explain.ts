import { INDICATORS, type IndicatorId } from './indicators';
import { scoreKey } from './rank';
import type { Anchors, PeriodRanking, UnitRanking } from './score';

export interface Contribution {
  readonly id: IndicatorId;
  /** Overall-score points this indicator added (+) or took away (−) since the previous period. */
  readonly points: number;
  readonly scoreNow: number | null;
  readonly scoreBefore: number | null;
}

export interface ScoreChange {
  readonly before: number;
  readonly now: number;
  /** One entry per indicator, catalogue order; the points add up exactly to now − before. */
  readonly contributions: readonly Contribution[];
}

/**
 * Why the score moved. The overall score is Σ eᵢ·sᵢ (effective weight × indicator score), so its change splits
 * exactly into eᵢ·sᵢ(now) − eᵢ·sᵢ(before) per indicator. When the same indicators have data in both periods the
 * weights are equal and an indicator's part is simply eᵢ·Δsᵢ; an indicator that gained or lost data moves by its
 * whole weighted score, and the others' weights shift with the renormalisation.
 */
export function scoreChange(now: UnitRanking, before: UnitRanking): ScoreChange | null {
  if (now.score === null || before.score === null) return null;
  const part = (u: UnitRanking, id: IndicatorId) => {
    const r = u.indicators[id];
    return r.score === null ? 0 : r.score * r.effectiveWeight;
  };
  return {
    before: before.score,
    now: now.score,
    contributions: INDICATORS.map((d) => ({
      id: d.id,
      points: part(now, d.id) - part(before, d.id),
      scoreNow: now.indicators[d.id].score,
      scoreBefore: before.indicators[d.id].score,
    })),
  };
}

export interface IndicatorPath {
  readonly id: IndicatorId;
  /** Indicator score the unit would need (0–100). */
  readonly scoreNeeded: number;
  /** The value it would need, in the indicator's own units, and the change from today's value. */
  readonly valueNeeded: number;
  readonly change: number;
  /** |change| / |best − value|: the share of the way from today's value to the value scoring 100 that the change covers. */
  readonly effort: number;
}

export interface WhatItTakes {
  /** The unit with the next higher score (the first of them, by input order, when several share it). */
  readonly aboveCode: string;
  readonly aboveScore: number;
  /** Overall-score points needed to be shown strictly above it: the gap in tenths, plus one tenth. */
  readonly pointsNeeded: number;
  /** Every indicator that alone could close the gap, easiest first. */
  readonly paths: readonly IndicatorPath[];
  /** Indicators that could not close the gap alone (already at 100, too little weight, or no data). */
  readonly outOfReach: readonly IndicatorId[];
}

/**
 * What it takes to pass the unit just above. With the other units and this period's normalisation anchors held
 * as they are, raising indicator i's score by Δs raises the overall score by eᵢ·Δs. So indicator i alone closes
 * a gap of g points if sᵢ + g/eᵢ ≤ 100; the value that gives that score is read back through the anchors. The
 * "soonest" indicator is the one whose needed change, in its own units, is the smallest share of its feasible range:
 * the distance from the unit's value today to the value that scores 100 (the target, or this period's best unit).
 * An indicator where the unit is far behind has more room, so the same points cost a smaller share of it; one
 * already at 100 has none. Ties go to the heavier weight, then catalogue order.
 * Null for a unit that is first or unranked.
 */
export function whatItTakes(ranking: PeriodRanking, code: string): WhatItTakes | null {
  const unit = ranking.units.find((u) => u.code === code);
  if (!unit || unit.score === null) return null;
  const own = scoreKey(unit.score);
  const above = ranking.units
    .filter((u): u is UnitRanking & { score: number } => u.score !== null && scoreKey(u.score) > own)
    .reduce<(UnitRanking & { score: number }) | null>((best, u) => (best === null || scoreKey(u.score) < scoreKey(best.score) ? u : best), null);
  if (!above) return null;
  const pointsNeeded = (scoreKey(above.score) - own + 1) / 10;
  const paths: IndicatorPath[] = [];
  const outOfReach: IndicatorId[] = [];
  for (const d of INDICATORS) {
    const r = unit.indicators[d.id];
    const anchors = ranking.anchors[d.id];
    const path = r.score !== null && r.value && anchors && r.effectiveWeight > 0 ? pathFor(d.id, r.value.value, r.score, r.effectiveWeight, pointsNeeded, anchors) : null;
    if (path) paths.push(path);
    else outOfReach.push(d.id);
  }
  const weightOf = (id: IndicatorId) => unit.indicators[id].effectiveWeight;
  paths.sort((a, b) => a.effort - b.effort || weightOf(b.id) - weightOf(a.id) || INDICATORS.findIndex((d) => d.id === a.id) - INDICATORS.findIndex((d) => d.id === b.id));
  return { aboveCode: above.code, aboveScore: above.score, pointsNeeded, paths, outOfReach };
}

/** The single-indicator improvement that adds `points` to the overall score, or null when it would need a score above 100. */
export function pathFor(id: IndicatorId, value: number, score: number, effectiveWeight: number, points: number, a: Anchors): IndicatorPath | null {
  const span = a.best - a.worst;
  const room = Math.abs(a.best - value);
  if (span === 0 || room === 0) return null;
  const scoreNeeded = score + points / effectiveWeight;
  if (scoreNeeded > 100 + 1e-9) return null;
  // A value beyond the worst anchor scores 0; its first step is back to the anchor, which `change` includes.
  const valueNeeded = a.worst + (scoreNeeded / 100) * span;
  const change = valueNeeded - value;
  return { id, scoreNeeded, valueNeeded, change, effort: Math.abs(change) / room };
}
