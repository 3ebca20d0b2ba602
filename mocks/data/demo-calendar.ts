/**
 * Calendar facts every monthly demo generator shares: the span of the demo dataset and the Lunar New Year
 * (Tết), which empties public offices for a week or more and so dents every monthly series.
 */
import type { MonthKey } from '../../src/domain/period';

export const DEMO_FIRST_MONTH: MonthKey = '2017-01';
/** The last full month: the demo is dated December 2026. */
export const DEMO_LAST_MONTH: MonthKey = '2026-11';
export const DEMO_FIRST_YEAR = 2017;
export const DEMO_LAST_YEAR = 2026;
/**
 * The end of the first dataset (2017–2024, before the 2025 reforms). Every draw of those months stays as it was:
 * the months after it come from their own seeded streams and their own trend extensions, so the published
 * figures and every 2017–2024 payload are unchanged by the data added since.
 */
export const BASE_LAST_MONTH: MonthKey = '2024-12';
export const BASE_LAST_YEAR = 2024;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(text: string): boolean {
  return MONTH_KEY.test(text);
}

export function splitMonth(month: MonthKey): { year: number; month: number } {
  const match = MONTH_KEY.exec(month);
  if (!match) throw new Error(`Not a month key: ${month}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Months from `from` to `to` inclusive, clipped to the demo span; empty when the range is inverted. */
export function demoMonthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const first = from < DEMO_FIRST_MONTH ? DEMO_FIRST_MONTH : from;
  const last = to > DEMO_LAST_MONTH ? DEMO_LAST_MONTH : to;
  const out: MonthKey[] = [];
  let { year, month } = splitMonth(first);
  for (let key = first; key <= last; key = `${year}-${pad(month)}`) {
    out.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** First and last ISO day of a month, for validity checks. */
export function monthBounds(month: MonthKey): { first: string; last: string } {
  const { year, month: m } = splitMonth(month);
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${pad(lastDay)}` };
}

/** Months since January 2017, so trends can be written as smooth functions of time. */
export function monthIndex(month: MonthKey): number {
  const { year, month: m } = splitMonth(month);
  return (year - DEMO_FIRST_YEAR) * 12 + (m - 1);
}

/** First day of the Lunar New Year, 2016–2026 (Vietnamese calendar, UTC+7). */
const TET_DAY: Readonly<Record<number, string>> = {
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
};

const DAY_MS = 86_400_000;

/**
 * Activity factor (0–1] for a month because of Tết: offices close for about a week and work slows for a week
 * on either side, so a month loses output in proportion to how much of that ~17-day window it contains.
 */
export function tetFactor(month: MonthKey): number {
  const { year, month: m } = splitMonth(month);
  const tet = TET_DAY[year];
  if (!tet) return 1;
  const tetMs = Date.parse(`${tet}T00:00:00Z`);
  const windowStart = tetMs - 7 * DAY_MS;
  const windowEnd = tetMs + 10 * DAY_MS;
  const monthStart = Date.UTC(year, m - 1, 1);
  const monthEnd = Date.UTC(year, m, 1);
  const overlapDays = Math.max(0, Math.min(windowEnd, monthEnd) - Math.max(windowStart, monthStart)) / DAY_MS;
  const daysInMonth = (monthEnd - monthStart) / DAY_MS;
  return 1 - (0.7 * overlapDays) / daysInMonth;
}

/** Yearly values anchored at mid-year: [[2017, 0.05], [2018, 0.08], …]. */
export type Anchors = readonly (readonly [year: number, value: number])[];

/** Linear interpolation between mid-year anchors at fractional year `t`, flat beyond the ends, so trends have no steps at New Year. */
export function interpolateMidYear(anchors: Anchors, t: number): number {
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || !last) throw new Error('empty anchors');
  if (t <= first[0] + 0.5) return first[1];
  if (t >= last[0] + 0.5) return last[1];
  for (let i = 1; i < anchors.length; i++) {
    const [y1, v1] = anchors[i] as readonly [number, number];
    const [y0, v0] = anchors[i - 1] as readonly [number, number];
    if (t <= y1 + 0.5) return v0 + ((v1 - v0) * (t - (y0 + 0.5))) / (y1 - y0);
  }
  return last[1];
}

/**
 * A 2017–2024 trend carried on after 2024: the first dataset's own interpolation up to December 2024 (so those
 * months keep their values exactly), then a straight line from December 2024's value through `extension`'s
 * mid-year anchors, flat beyond the last. No step at the join.
 */
export function continueTrend(anchors: Anchors, extension: Anchors): (t: number) => number {
  const join = BASE_LAST_YEAR + 11.5 / 12;
  const points: (readonly [number, number])[] = [[join, interpolateMidYear(anchors, join)], ...extension.map(([y, v]) => [y + 0.5, v] as const)];
  return (t) => {
    if (t <= join) return interpolateMidYear(anchors, t);
    for (let i = 1; i < points.length; i++) {
      const [t1, v1] = points[i] as readonly [number, number];
      const [t0, v0] = points[i - 1] as readonly [number, number];
      if (t <= t1) return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
    }
    return points[points.length - 1]?.[1] ?? 0;
  };
}

/** Fractional year at the middle of a month: 2019-07 → 2019.54. */
export function midMonth(month: MonthKey): number {
  const { year, month: m } = splitMonth(month);
  return year + (m - 0.5) / 12;
}

export const logit = (p: number) => Math.log(p / (1 - p));
export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function previousMonth(month: MonthKey): MonthKey {
  const { year, month: m } = splitMonth(month);
  return m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
}
