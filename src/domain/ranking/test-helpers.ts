import type { IndicatorId } from './indicators';
import type { IndicatorValue, PeriodInputs } from './inputs';
import type { RankingMethod } from './method';

/** A value as a ranking input: value over a denominator of 1000, enough for tests that only look at the value. */
export const v = (value: number): IndicatorValue => ({ value, numerator: value * 1000, denominator: 1000 });

export function inputsOf(units: Record<string, Partial<Record<IndicatorId, number>>>, year = 2024): PeriodInputs {
  return {
    period: { kind: 'year', year },
    units: Object.entries(units).map(([code, values]) => ({
      code,
      values: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, v(value as number)])),
    })),
    province: {},
  };
}

export const TIERS = { good: 80, fair: 65, average: 50 };

/**
 * A small method for hand-checked cases: disclosure (on-time against a target of 100 % from a floor of 50 %,
 * weight 3; list posted on the range across units, weight 1) and complaints (overdue share, lower is better, on the
 * range), the two themes weighted equally.
 */
export const SMALL_METHOD: RankingMethod = {
  themes: [
    {
      id: 'disclosure',
      weight: 1,
      indicators: [
        { id: 'disclosure.onTime', weight: 3, normalisation: { kind: 'target', floor: 0.5, target: 1 } },
        { id: 'disclosure.listPosted', weight: 1, normalisation: { kind: 'range' } },
      ],
    },
    { id: 'complaints', weight: 1, indicators: [{ id: 'complaints.overdue', weight: 1, normalisation: { kind: 'range' } }] },
  ],
  tiers: TIERS,
};
