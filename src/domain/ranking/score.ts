import type { Period } from '../period';
import { INDICATORS, indicatorDef, THEMES, type Better, type IndicatorId, type ThemeId } from './indicators';
import type { IndicatorValue, PeriodInputs } from './inputs';
import { shares, type IndicatorMethod, type RankingMethod } from './method';
import { competitionRanks, scoreKey } from './rank';
import { tierOf, type TierId } from './tiers';

/** Where an indicator scores 0 (`worst`) and 100 (`best`) in one period. */
export interface Anchors {
  readonly worst: number;
  readonly best: number;
}

export interface IndicatorResult {
  readonly value: IndicatorValue | null;
  /** 0–100, null when the unit has no data for the indicator. */
  readonly score: number | null;
  /** Rank among the units with data, best = 1, ties share a rank; by value (at display precision). */
  readonly rank: number | null;
  /**
   * Share of the overall score this indicator carries for this unit: theme weight share × indicator weight share,
   * both renormalised over what the unit has data for. 0 when missing. Sums to 1 over a ranked unit's indicators.
   */
  readonly effectiveWeight: number;
}

export interface ThemeResult {
  readonly score: number | null;
  readonly rank: number | null;
  /** Indicators of the theme the unit has no data for. */
  readonly missing: readonly IndicatorId[];
}

export interface UnitRanking {
  readonly code: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly tier: TierId | null;
  readonly themes: Readonly<Record<ThemeId, ThemeResult>>;
  readonly indicators: Readonly<Record<IndicatorId, IndicatorResult>>;
  /** Every indicator the unit is not ranked on, in catalogue order. */
  readonly missing: readonly IndicatorId[];
}

export interface PeriodRanking {
  readonly period: Period;
  /** In the order of the inputs. */
  readonly units: readonly UnitRanking[];
  /** Normalisation anchors actually used this period; null when no unit has data for the indicator. */
  readonly anchors: Readonly<Record<IndicatorId, Anchors | null>>;
  /** Ranked units (with an overall score). */
  readonly rankedCount: number;
}

/** Linear score between the anchors, clamped to 0–100. Works for both directions: `best` may lie below `worst`. */
export function normalise(value: number, a: Anchors): number {
  if (a.best === a.worst) return 100; // every unit at the same level: none is behind
  const t = (value - a.worst) / (a.best - a.worst);
  return Math.min(100, Math.max(0, t * 100));
}

/** Anchors from the method, or from the period's spread across units for "range" indicators. */
export function anchorsFor(m: IndicatorMethod, better: Better, values: readonly number[]): Anchors | null {
  if (m.normalisation.kind === 'target') return { worst: m.normalisation.floor, best: m.normalisation.target };
  if (!values.length) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return better === 'higher' ? { worst: min, best: max } : { worst: max, best: min };
}

/** Values are compared at the precision they are shown with: 0.1 percentage point for shares, 0.1 for per-10,000 rates. */
export function valueKey(id: IndicatorId, value: number): number {
  return indicatorDef(id).unit === 'share' ? Math.round(value * 1000) : Math.round(value * 10);
}

const weighted = (parts: ReadonlyArray<readonly [number, number]>) => parts.reduce((s, [score, w]) => s + score * w, 0);

/** Scores, ranks and tiers of every unit for one period. Pure: inputs + method → ranking. */
export function rankPeriod(inputs: PeriodInputs, method: RankingMethod): PeriodRanking {
  const indicatorMethods = new Map(method.themes.flatMap((t) => t.indicators.map((i) => [i.id, i] as const)));
  const anchors = {} as Record<IndicatorId, Anchors | null>;
  for (const d of INDICATORS) {
    const m = indicatorMethods.get(d.id);
    const values = inputs.units.flatMap((u) => (u.values[d.id] ? [u.values[d.id]!.value] : []));
    anchors[d.id] = m ? anchorsFor(m, d.better, values) : null;
  }

  const partial = inputs.units.map((u) => {
    const themeScores = new Map<ThemeId, { score: number | null; missing: IndicatorId[]; indicatorShares: Map<IndicatorId, number>; scores: Map<IndicatorId, number> }>();
    for (const theme of method.themes) {
      const scores = new Map<IndicatorId, number>();
      const missing: IndicatorId[] = [];
      for (const im of theme.indicators) {
        const v = u.values[im.id];
        const a = anchors[im.id];
        if (v && a) scores.set(im.id, normalise(v.value, a));
        else missing.push(im.id);
      }
      // The remaining indicators' weights, renormalised; an indicator of weight 0 still counts as "has data".
      const indicatorShares = shares(theme.indicators.filter((im) => scores.has(im.id)).map((im) => [im.id, im.weight] as const));
      const score = indicatorShares.size ? weighted([...indicatorShares].map(([id, w]) => [scores.get(id) as number, w] as const)) : null;
      themeScores.set(theme.id, { score, missing, indicatorShares, scores });
    }
    const themeShares = shares(method.themes.filter((t) => themeScores.get(t.id)?.score !== null).map((t) => [t.id, t.weight] as const));
    const score = themeShares.size ? weighted([...themeShares].map(([id, w]) => [themeScores.get(id)?.score as number, w] as const)) : null;
    return { u, themeScores, themeShares, score };
  });

  const overallRanks = competitionRanks(partial.map((p) => ({ key: p.u.code, sortKey: p.score === null ? null : scoreKey(p.score) })), 'higher');
  const themeRanks = new Map(
    THEMES.map((theme) => [
      theme,
      competitionRanks(partial.map((p) => {
        const s = p.themeScores.get(theme)?.score ?? null;
        return { key: p.u.code, sortKey: s === null ? null : scoreKey(s) };
      }), 'higher'),
    ]),
  );
  const indicatorRanks = new Map(
    INDICATORS.map((d) => [
      d.id,
      competitionRanks(partial.map((p) => {
        const v = p.u.values[d.id];
        return { key: p.u.code, sortKey: v && anchors[d.id] ? valueKey(d.id, v.value) : null };
      }), d.better),
    ]),
  );

  const units = partial.map(({ u, themeScores, themeShares, score }): UnitRanking => {
    const themes = {} as Record<ThemeId, ThemeResult>;
    const indicators = {} as Record<IndicatorId, IndicatorResult>;
    for (const theme of THEMES) {
      const t = themeScores.get(theme);
      themes[theme] = { score: t?.score ?? null, rank: themeRanks.get(theme)?.get(u.code) ?? null, missing: t?.missing ?? INDICATORS.filter((d) => d.theme === theme).map((d) => d.id) };
    }
    for (const d of INDICATORS) {
      const t = themeScores.get(d.theme);
      const s = t?.scores.get(d.id);
      indicators[d.id] = {
        value: u.values[d.id] ?? null,
        score: s ?? null,
        rank: indicatorRanks.get(d.id)?.get(u.code) ?? null,
        effectiveWeight: (themeShares.get(d.theme) ?? 0) * (t?.indicatorShares.get(d.id) ?? 0),
      };
    }
    return {
      code: u.code,
      score,
      rank: overallRanks.get(u.code) ?? null,
      // Tiers read the score as shown (one decimal), so "80,0" is never put in the tier below 80.
      tier: score === null ? null : tierOf(scoreKey(score) / 10, method.tiers),
      themes,
      indicators,
      missing: INDICATORS.filter((d) => indicators[d.id].score === null).map((d) => d.id),
    };
  });
  return { period: inputs.period, units, anchors, rankedCount: units.filter((u) => u.rank !== null).length };
}
