/**
 * Class intervals for a choropleth: where the breaks between colours fall.
 * An interval holds values with lower ≤ v < upper; the last one also holds v = upper.
 * Open ends are ±Infinity (fixed thresholds without a domain).
 */
export interface ClassInterval {
  readonly lower: number;
  readonly upper: number;
}

/** Finite numbers only, ascending: null, undefined and NaN are "no data", never zero. */
export function finiteSorted(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const value of values) if (typeof value === 'number' && Number.isFinite(value)) out.push(value);
  return out.sort((a, b) => a - b);
}

/** Type-7 quantile (linear interpolation between order statistics), as R, NumPy and d3 compute it by default. */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

function assertClassCount(classes: number): void {
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`Class count must be a positive integer, not ${classes}`);
}

/** Turns ascending bounds into intervals, dropping repeated bounds (ties can make two quantiles equal). */
export function intervalsFromBounds(bounds: readonly number[]): ClassInterval[] {
  const distinct = bounds.filter((bound, i) => i === 0 || bound !== bounds[i - 1]);
  const first = distinct[0];
  if (first === undefined) return [];
  // Every value equal: one class that holds exactly that value.
  if (distinct.length === 1) return [{ lower: first, upper: first }];
  return distinct.slice(1).map((upper, i) => ({ lower: distinct[i] ?? upper, upper }));
}

/** Classes with (about) the same number of units each. Fewer classes come back when ties merge breaks. */
export function quantileIntervals(values: Iterable<number | null | undefined>, classes: number): ClassInterval[] {
  assertClassCount(classes);
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return [];
  const bounds = Array.from({ length: classes + 1 }, (_, i) => quantileOfSorted(sorted, i / classes));
  return intervalsFromBounds(bounds);
}

/** Classes of equal width between min and max. */
export function equalIntervals(min: number, max: number, classes: number): ClassInterval[] {
  assertClassCount(classes);
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return [];
  if (min === max) return [{ lower: min, upper: max }];
  const step = (max - min) / classes;
  // The last bound is max itself, not min + k·step, so floating-point drift never leaves the maximum outside.
  const bounds = Array.from({ length: classes + 1 }, (_, i) => (i === classes ? max : min + i * step));
  return intervalsFromBounds(bounds);
}

/**
 * Classes cut at fixed thresholds (e.g. official tiers): n thresholds give n + 1 classes.
 * Without a domain the end classes are open ("< 50", "≥ 90").
 */
export function fixedIntervals(thresholds: readonly number[], domain?: { min: number; max: number }): ClassInterval[] {
  if (thresholds.length === 0) throw new RangeError('Fixed classification needs at least one threshold');
  thresholds.forEach((t, i) => {
    if (!Number.isFinite(t)) throw new RangeError(`Threshold ${t} is not a finite number`);
    const previous = thresholds[i - 1];
    if (previous !== undefined && t <= previous) throw new RangeError(`Thresholds must ascend strictly: ${thresholds.join(', ')}`);
  });
  const first = thresholds[0] ?? 0;
  const last = thresholds[thresholds.length - 1] ?? 0;
  const lower = domain && domain.min < first ? domain.min : Number.NEGATIVE_INFINITY;
  const upper = domain && domain.max > last ? domain.max : Number.POSITIVE_INFINITY;
  return intervalsFromBounds([lower, ...thresholds, upper]);
}

/**
 * Equal-width classes placed symmetrically around a centre (a target, the province average):
 * the same distance from the centre gets the same colour intensity on either side.
 * An even count puts a break on the centre; an odd count gives a neutral middle class around it.
 */
export function divergingEqualIntervals(min: number, max: number, centre: number, classes: number): ClassInterval[] {
  assertClassCount(classes);
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max || !Number.isFinite(centre)) return [];
  const reach = Math.max(Math.abs(min - centre), Math.abs(max - centre));
  if (reach === 0) return [{ lower: centre, upper: centre }];
  const width = (2 * reach) / classes;
  const start = centre - reach;
  const bounds = Array.from({ length: classes + 1 }, (_, i) => (i === classes ? centre + reach : start + i * width));
  if (classes % 2 === 0) bounds[classes / 2] = centre; // exact, not start + k·width
  return intervalsFromBounds(bounds);
}

/**
 * Quantile classes on each side of a centre, so no class mixes units above and below it.
 * The classes are shared between the sides in proportion to how many units each holds (at least one per side that has units).
 */
export function divergingQuantileIntervals(
  values: Iterable<number | null | undefined>,
  centre: number,
  classes: number,
): ClassInterval[] {
  assertClassCount(classes);
  const sorted = finiteSorted(values);
  if (sorted.length === 0 || !Number.isFinite(centre)) return [];
  const below = sorted.filter((v) => v < centre);
  const above = sorted.filter((v) => v >= centre);
  if (below.length === 0 || above.length === 0 || classes === 1) return quantileIntervals(sorted, classes);
  const belowClasses = Math.min(classes - 1, Math.max(1, Math.round((classes * below.length) / sorted.length)));
  const aboveClasses = classes - belowClasses;
  const belowBounds = Array.from({ length: belowClasses }, (_, i) => quantileOfSorted(below, i / belowClasses));
  const aboveBounds = Array.from({ length: aboveClasses + 1 }, (_, i) => quantileOfSorted(above, i / aboveClasses));
  aboveBounds[0] = centre;
  return intervalsFromBounds([...belowBounds, ...aboveBounds]);
}

/**
 * Index of the interval that holds the value. Values outside every interval go to the nearest end class,
 * so a scale built on one period still paints another period's extremes.
 */
export function intervalIndex(intervals: readonly ClassInterval[], value: number): number {
  const last = intervals.length - 1;
  for (let i = 0; i <= last; i++) {
    const interval = intervals[i];
    if (interval && value < interval.upper) return i;
  }
  return last;
}
