/** A rate kept as its numerator and denominator, so totals re-aggregate correctly and 0/0 is "no data", never NaN. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

export const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });

/** The rate as a fraction in [0, 1] (or beyond, if the data say so), or null when there is nothing to divide by. */
export function rateOf(r: Ratio): number | null {
  return r.denominator > 0 && Number.isFinite(r.numerator) ? r.numerator / r.denominator : null;
}

export function addRatios(rs: readonly Ratio[]): Ratio {
  return rs.reduce((acc, r) => ratio(acc.numerator + r.numerator, acc.denominator + r.denominator), ratio(0, 0));
}

/** Change between two values; null when either is missing. For rates this is in percentage points × 0.01. */
export function change(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

/** Relative change (current / previous − 1); null when undefined. */
export function relativeChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null || previous === 0 ? null : current / previous - 1;
}
