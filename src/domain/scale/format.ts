import type { ClassInterval } from './classify';

/** Up to this many decimals are tried before two different bounds are allowed to print alike. */
const MAX_AUTO_DECIMALS = 3;

/** Building an Intl.NumberFormat costs far more than using one; a map restyle would build several. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, format);
  }
  return format;
}

/** Bounds that print exactly with this many decimals (e.g. official tiers 80,04) keep them all. */
const MAX_EXACT_DECIMALS = 2;

function printsExactly(bound: number, decimals: number): boolean {
  const factor = 10 ** decimals;
  return Math.abs(Math.round(bound * factor) / factor - bound) < 1e-9 * Math.max(1, Math.abs(bound));
}

/**
 * Decimals for legend labels: the fewest (0 – 2) that print every bound exactly, so official tiers read as written;
 * otherwise (computed quantile breaks) the fewest, from 1 to 3, that print different bounds differently.
 * A legend reading "75 – 75" would be useless.
 */
export function autoDecimals(intervals: readonly ClassInterval[], locale: string): number {
  const bounds = [...new Set(intervals.flatMap((i) => [i.lower, i.upper]).filter(Number.isFinite))];
  for (let decimals = 0; decimals <= MAX_EXACT_DECIMALS; decimals++) {
    if (bounds.every((b) => printsExactly(b, decimals))) return decimals;
  }
  for (let decimals = 1; decimals < MAX_AUTO_DECIMALS; decimals++) {
    const format = formatter(locale, decimals);
    if (new Set(bounds.map((b) => format.format(b))).size === bounds.length) return decimals;
  }
  return MAX_AUTO_DECIMALS;
}

/**
 * "75,0 – 82,5 %" for a bounded class, "< 50 %" and "≥ 90 %" for open-ended ones, "75,0 %" for a one-value class.
 * Numbers follow the locale (vi-VN: decimal comma, dot for thousands); the unit is written once, at the end.
 */
export function intervalLabel(interval: ClassInterval, options: { locale: string; decimals: number; unit?: string }): string {
  const format = formatter(options.locale, options.decimals);
  const unit = options.unit ? ` ${options.unit}` : '';
  const { lower, upper } = interval;
  if (!Number.isFinite(lower) && !Number.isFinite(upper)) return '';
  if (!Number.isFinite(lower)) return `< ${format.format(upper)}${unit}`;
  if (!Number.isFinite(upper)) return `≥ ${format.format(lower)}${unit}`;
  if (lower === upper) return `${format.format(lower)}${unit}`;
  return `${format.format(lower)} – ${format.format(upper)}${unit}`;
}
