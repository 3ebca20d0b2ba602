import { INDICATORS, THEMES, indicatorDef, type IndicatorId, type ThemeId } from './indicators';

/**
 * How a ranking is computed: weights, normalisation and tier thresholds. The defaults below are the method the
 * dashboard documents (README "Ranking method", and the "how rankings are computed" panel); a deployment overrides
 * any part of it in the runtime config's optional `ranking` section.
 */

/**
 * "target": the indicator scores 0 at `floor` and 100 at `target` (and beyond), linearly between. For a
 * lower-is-better indicator the target is below the floor.
 * "range": 0 for the worst unit of the period, 100 for the best, linearly between: a relative measure for
 * indicators with no legal or agreed target.
 */
export type Normalisation =
  | { readonly kind: 'target'; readonly floor: number; readonly target: number }
  | { readonly kind: 'range' };

export interface IndicatorMethod {
  readonly id: IndicatorId;
  /** Relative weight inside the theme; weights are shares of their sum, so they need not add up to 100. */
  readonly weight: number;
  readonly normalisation: Normalisation;
}

export interface ThemeMethod {
  readonly id: ThemeId;
  /** Relative weight in the overall score. */
  readonly weight: number;
  readonly indicators: readonly IndicatorMethod[];
}

/** Lowest overall score of each tier; below `average` is "Yếu". */
export interface TierThresholds {
  readonly good: number;
  readonly fair: number;
  readonly average: number;
}

export interface RankingMethod {
  readonly themes: readonly ThemeMethod[];
  readonly tiers: TierThresholds;
}

/** What the runtime config may override; every part optional. */
export interface IndicatorOverride {
  readonly weight?: number;
  readonly normalise?: 'target' | 'range';
  readonly target?: number;
  readonly floor?: number;
}

export interface RankingOverrides {
  readonly themes?: Partial<Record<ThemeId, { readonly weight?: number; readonly indicators?: Readonly<Record<string, IndicatorOverride>> }>>;
  readonly tiers?: TierThresholds;
}

interface IndicatorDefault {
  readonly weight: number;
  readonly normalise: 'target' | 'range';
  /** Anchors used when normalised against a target (also when a deployment switches a "range" indicator to "target"). */
  readonly floor: number;
  readonly target: number;
}

/**
 * The documented defaults. Targets are the legal requirement where the law sets one (every content published on
 * time, every quarterly list posted, every reception session held) and a level the province's reports treat as
 * good otherwise; floors are where the score reaches zero. Indicators without an agreed target (online share,
 * petitions and models per 10,000 residents, exemplary share) are normalised on the range across units.
 */
export const DEFAULT_INDICATORS: Readonly<Record<IndicatorId, IndicatorDefault>> = {
  'disclosure.onTime': { weight: 70, normalise: 'target', floor: 0.4, target: 1 },
  'disclosure.listPosted': { weight: 30, normalise: 'target', floor: 0.4, target: 1 },
  'complaints.resolution': { weight: 35, normalise: 'target', floor: 0.6, target: 0.95 },
  'complaints.overdue': { weight: 25, normalise: 'target', floor: 0.1, target: 0 },
  'complaints.per10k': { weight: 15, normalise: 'range', floor: 60, target: 20 },
  'complaints.reception': { weight: 25, normalise: 'target', floor: 0.5, target: 1 },
  'services.online': { weight: 50, normalise: 'range', floor: 0, target: 0.8 },
  'services.onTime': { weight: 50, normalise: 'target', floor: 0.9, target: 1 },
  'emulation.modelsPer10k': { weight: 50, normalise: 'range', floor: 0, target: 20 },
  'emulation.exemplaryShare': { weight: 50, normalise: 'range', floor: 0, target: 0.4 },
};

export const DEFAULT_THEME_WEIGHTS: Readonly<Record<ThemeId, number>> = { disclosure: 25, complaints: 25, services: 25, emulation: 25 };

export const DEFAULT_TIERS: TierThresholds = { good: 80, fair: 65, average: 50 };

export interface OverrideProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Problems in a config override that a schema cannot see alone: unknown indicators, anchors the wrong way round, tiers out of order. */
export function checkOverrides(o: RankingOverrides): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  for (const theme of THEMES) {
    const t = o.themes?.[theme];
    if (!t?.indicators) continue;
    const keys = Object.keys(t.indicators);
    for (const key of keys) {
      const id = `${theme}.${key}` as IndicatorId;
      const path = ['themes', theme, 'indicators', key];
      if (!INDICATORS.some((d) => d.id === id)) {
        problems.push({ path, message: `không có chỉ tiêu "${key}" trong lĩnh vực ${theme}` });
        continue;
      }
      const merged = mergeIndicator(id, t.indicators[key]);
      if (merged.normalisation.kind === 'target') {
        const { floor, target } = merged.normalisation;
        const better = indicatorDef(id).better;
        if (better === 'higher' ? target <= floor : target >= floor) {
          problems.push({ path, message: better === 'higher' ? 'mục tiêu (target) phải lớn hơn ngưỡng 0 điểm (floor)' : 'mục tiêu (target) phải nhỏ hơn ngưỡng 0 điểm (floor)' });
        }
      }
    }
    if (keys.length && indicatorsWithWeights(theme, o).every((i) => i.weight === 0)) {
      problems.push({ path: ['themes', theme, 'indicators'], message: 'mọi trọng số chỉ tiêu đều bằng 0' });
    }
  }
  if (THEMES.every((theme) => (o.themes?.[theme]?.weight ?? DEFAULT_THEME_WEIGHTS[theme]) === 0)) {
    problems.push({ path: ['themes'], message: 'mọi trọng số lĩnh vực đều bằng 0' });
  }
  if (o.tiers && !(o.tiers.good > o.tiers.fair && o.tiers.fair > o.tiers.average)) {
    problems.push({ path: ['tiers'], message: 'ngưỡng phải giảm dần: good > fair > average' });
  }
  return problems;
}

function mergeIndicator(id: IndicatorId, o: IndicatorOverride | undefined): IndicatorMethod {
  const d = DEFAULT_INDICATORS[id];
  const kind = o?.normalise ?? d.normalise;
  return {
    id,
    weight: o?.weight ?? d.weight,
    normalisation: kind === 'range' ? { kind } : { kind, floor: o?.floor ?? d.floor, target: o?.target ?? d.target },
  };
}

function indicatorsWithWeights(theme: ThemeId, o: RankingOverrides | undefined): IndicatorMethod[] {
  return INDICATORS.filter((d) => d.theme === theme).map((d) => mergeIndicator(d.id, o?.themes?.[theme]?.indicators?.[d.key]));
}

/** The method in use: the defaults with the config's overrides applied. Throws on an override checkOverrides rejects. */
export function resolveMethod(overrides?: RankingOverrides | null): RankingMethod {
  if (overrides) {
    const problems = checkOverrides(overrides);
    if (problems.length) throw new RangeError(problems.map((p) => `ranking.${p.path.join('.')}: ${p.message}`).join('; '));
  }
  return {
    themes: THEMES.map((theme) => ({
      id: theme,
      weight: overrides?.themes?.[theme]?.weight ?? DEFAULT_THEME_WEIGHTS[theme],
      indicators: indicatorsWithWeights(theme, overrides ?? undefined),
    })),
    tiers: overrides?.tiers ?? DEFAULT_TIERS,
  };
}

export const DEFAULT_METHOD: RankingMethod = resolveMethod();

/** Each weight as a share of the weights present (missing ones drop out and the rest are scaled up); empty when none. */
export function shares<K>(weights: ReadonlyArray<readonly [K, number]>): Map<K, number> {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  return total > 0 ? new Map(weights.map(([k, w]) => [k, w / total])) : new Map();
}

/**
 * Shares rounded for display so that they still add up to exactly 100 % (largest-remainder method): each share is
 * cut down to `step` (0.01 = whole percent, 0.001 = one decimal), then the steps left over go to the largest
 * remainders. A table of weights that reads 100,2 % would make a reader doubt the method.
 */
export function roundedShares<K>(exact: ReadonlyMap<K, number>, step: number): Map<K, number> {
  const units = Math.round(1 / step);
  const entries = [...exact].map(([k, v], i) => ({ k, i, floor: Math.floor(v * units + 1e-9), rest: v * units - Math.floor(v * units + 1e-9) }));
  const total = [...exact.values()].reduce((s, v) => s + v, 0);
  let left = Math.round(total * units) - entries.reduce((s, e) => s + e.floor, 0);
  for (const e of [...entries].sort((a, b) => b.rest - a.rest || a.i - b.i)) {
    if (left <= 0) break;
    e.floor += 1;
    left -= 1;
  }
  return new Map(entries.map((e) => [e.k, e.floor / units]));
}
