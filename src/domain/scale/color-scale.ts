import {
  divergingEqualIntervals,
  divergingQuantileIntervals,
  equalIntervals,
  finiteSorted,
  fixedIntervals,
  intervalIndex,
  quantileIntervals,
  type ClassInterval,
} from './classify';
import { autoDecimals, intervalLabel } from './format';
import {
  MAX_DIVERGING_SIZE,
  NO_DATA_FILL,
  NO_DATA_HATCH,
  divergingColours,
  sequentialColours,
  type DivergingPalette,
  type SequentialPalette,
} from './palettes';

/** Which end of the indicator is good news: it decides which end of the palette a high value gets. */
export type Direction = 'higher-is-better' | 'lower-is-better';

export type Classification =
  | { readonly method: 'quantile'; readonly classes: number }
  | { readonly method: 'equal-interval'; readonly classes: number }
  /** Official tiers: n thresholds give n + 1 classes. */
  | { readonly method: 'fixed'; readonly thresholds: readonly number[] };

export type ColourScheme =
  | { readonly kind: 'sequential'; readonly palette?: SequentialPalette }
  /** Colours spread both ways from `centre` (a target, the province average). */
  | { readonly kind: 'diverging'; readonly centre: number; readonly palette?: DivergingPalette };

export interface ScaleSpec {
  readonly classification: Classification;
  readonly scheme: ColourScheme;
  readonly direction: Direction;
  /** Written once after a legend label: "%" gives "75,0 – 82,5 %". */
  readonly unit?: string;
  /** Decimals in legend labels; by default the fewest that keep different bounds apart. */
  readonly decimals?: number;
  /**
   * Fixes the range instead of taking it from the values, e.g. 0 – 100 for a rate, so the classes
   * (and colours) stay put across periods. Equal-interval uses it as its range; fixed uses it to close the end classes.
   */
  readonly domain?: { readonly min: number; readonly max: number };
  readonly locale?: string;
  readonly noDataLabel?: string;
}

export interface ScaleClass {
  readonly kind: 'class';
  readonly index: number;
  readonly lower: number;
  readonly upper: number;
  readonly fill: string;
  readonly label: string;
}

/** Units without a value: grey and hatched, never confused with the lowest class. */
export interface NoDataClass {
  readonly kind: 'no-data';
  readonly fill: string;
  readonly hatch: string;
  readonly label: string;
}

export type LegendEntry = (ScaleClass | NoDataClass) & { readonly count: number };

export interface ColorScale {
  readonly spec: ScaleSpec;
  readonly direction: Direction;
  /** Ascending by value. */
  readonly classes: readonly ScaleClass[];
  readonly noData: NoDataClass;
  classify(value: number | null | undefined): ScaleClass | NoDataClass;
  /** The plain fill colour; no-data gives the grey (the map draws the hatching on top of it). */
  fill(value: number | null | undefined): string;
  /** Legend entries from the same classes the fills use, with how many of `values` fall in each; no-data last. */
  legend(values?: Iterable<number | null | undefined>): LegendEntry[];
}

export const DEFAULT_NO_DATA_LABEL = 'Không có số liệu';

function intervalsFor(spec: ScaleSpec, sorted: readonly number[]): ClassInterval[] {
  const { classification, scheme, domain } = spec;
  const min = domain?.min ?? sorted[0];
  const max = domain?.max ?? sorted[sorted.length - 1];
  if (classification.method === 'fixed') return fixedIntervals(classification.thresholds, domain);
  if (min === undefined || max === undefined) return [];
  if (classification.method === 'equal-interval') {
    return scheme.kind === 'diverging'
      ? divergingEqualIntervals(min, max, scheme.centre, classification.classes)
      : equalIntervals(min, max, classification.classes);
  }
  return scheme.kind === 'diverging'
    ? divergingQuantileIntervals(sorted, scheme.centre, classification.classes)
    : quantileIntervals(sorted, classification.classes);
}

function orient(colours: readonly string[], direction: Direction): readonly string[] {
  return direction === 'higher-is-better' ? colours : colours.toReversed();
}

/**
 * Diverging colours by side: classes below the centre take the "worse" half, classes above the "better" half,
 * the class that straddles the centre the neutral middle. Intensity grows with distance from the centre on both
 * sides even when one side has more classes, so equal colours mean equal distance.
 */
function divergingFills(intervals: readonly ClassInterval[], centre: number, palette: DivergingPalette, direction: Direction): string[] {
  const side = (i: ClassInterval): 'below' | 'middle' | 'above' => {
    if (i.lower === centre && i.upper === centre) return 'middle';
    if (i.upper <= centre) return 'below';
    if (i.lower >= centre) return 'above';
    return 'middle';
  };
  const sides = intervals.map(side);
  const below = sides.filter((s) => s === 'below').length;
  const above = sides.filter((s) => s === 'above').length;
  const middle = sides.includes('middle') ? 1 : 0;
  const half = Math.max(below, above);
  const size = 2 * half + middle;
  if (size > MAX_DIVERGING_SIZE) throw new RangeError(`A diverging scale has at most ${(MAX_DIVERGING_SIZE - 1) / 2} classes per side`);
  const colours = orient(divergingColours(palette, size), direction);
  let nextBelow = half - below;
  let nextAbove = half + middle;
  return sides.map((s) => {
    if (s === 'below') return colours[nextBelow++] ?? NO_DATA_FILL;
    if (s === 'above') return colours[nextAbove++] ?? NO_DATA_FILL;
    return colours[half] ?? NO_DATA_FILL;
  });
}

function fillsFor(spec: ScaleSpec, intervals: readonly ClassInterval[]): string[] {
  if (intervals.length === 0) return [];
  if (spec.scheme.kind === 'diverging') {
    return divergingFills(intervals, spec.scheme.centre, spec.scheme.palette ?? 'RdYlBu', spec.direction);
  }
  return [...orient(sequentialColours(spec.scheme.palette ?? 'YlGnBu', intervals.length), spec.direction)];
}

/**
 * Builds the one scale object that both paints the map and writes its legend.
 * `values` are the units' values for the period shown; a fixed classification ignores them (except for counts).
 */
export function createColorScale(spec: ScaleSpec, values: Iterable<number | null | undefined> = []): ColorScale {
  const locale = spec.locale ?? 'vi-VN';
  const sorted = finiteSorted(values);
  const intervals = intervalsFor(spec, sorted);
  const fills = fillsFor(spec, intervals);
  const decimals = spec.decimals ?? autoDecimals(intervals, locale);
  const classes: ScaleClass[] = intervals.map((interval, index) => ({
    kind: 'class',
    index,
    lower: interval.lower,
    upper: interval.upper,
    fill: fills[index] ?? NO_DATA_FILL,
    label: intervalLabel(interval, { locale, decimals, unit: spec.unit }),
  }));
  const noData: NoDataClass = {
    kind: 'no-data',
    fill: NO_DATA_FILL,
    hatch: NO_DATA_HATCH,
    label: spec.noDataLabel ?? DEFAULT_NO_DATA_LABEL,
  };

  const classify = (value: number | null | undefined): ScaleClass | NoDataClass => {
    if (typeof value !== 'number' || !Number.isFinite(value) || classes.length === 0) return noData;
    return classes[intervalIndex(intervals, value)] ?? noData;
  };

  return {
    spec,
    direction: spec.direction,
    classes,
    noData,
    classify,
    fill: (value) => classify(value).fill,
    legend: (legendValues = []) => {
      const counts = new Map<ScaleClass | NoDataClass, number>();
      for (const value of legendValues) {
        const target = classify(value);
        counts.set(target, (counts.get(target) ?? 0) + 1);
      }
      return [...classes, noData].map((entry) => ({ ...entry, count: counts.get(entry) ?? 0 }));
    },
  };
}
