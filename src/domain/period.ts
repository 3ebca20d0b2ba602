/**
 * Reporting periods. One period string lives in the URL and keys every query:
 *   "2024"     a calendar year
 *   "2024-H1"  the first six months (báo cáo 6 tháng)
 *   "2024-N9"  the first nine months (báo cáo 9 tháng)
 *   "2024-Q3"  a quarter
 *   "2024-07"  a month
 * Data arrive by month (case files, petitions) or by quarter (disclosure); every period is a set of months.
 */
export type PeriodKind = 'year' | 'half' | 'nine' | 'quarter' | 'month';

export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  /** quarter 1–4 or month 1–12; absent for year, half and nine. */
  readonly index?: number;
}

/** Month key "YYYY-MM"; quarter key "YYYY-Qn". */
export type MonthKey = string;
export type QuarterKey = string;

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => Period | null]> = [
  [/^(\d{4})$/, (m) => ({ kind: 'year', year: Number(m[1]) })],
  [/^(\d{4})-H1$/, (m) => ({ kind: 'half', year: Number(m[1]) })],
  [/^(\d{4})-N9$/, (m) => ({ kind: 'nine', year: Number(m[1]) })],
  [/^(\d{4})-Q([1-4])$/, (m) => ({ kind: 'quarter', year: Number(m[1]), index: Number(m[2]) })],
  [
    /^(\d{4})-(\d{2})$/,
    (m) => {
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? { kind: 'month', year: Number(m[1]), index: month } : null;
    },
  ],
];

export function parsePeriod(text: string | null | undefined): Period | null {
  if (!text) return null;
  for (const [pattern, build] of PATTERNS) {
    const match = text.match(pattern);
    if (match) return build(match);
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return `${p.year}-H1`;
    case 'nine':
      return `${p.year}-N9`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'month':
      return `${p.year}-${pad(p.index ?? 1)}`;
  }
}

export const monthKey = (year: number, month: number): MonthKey => `${year}-${pad(month)}`;
export const quarterKey = (year: number, quarter: number): QuarterKey => `${year}-Q${quarter}`;
export const quarterOfMonth = (month: number) => Math.ceil(month / 3);

/** First and last month (1–12) a period covers. */
export function monthRange(p: Period): [number, number] {
  switch (p.kind) {
    case 'year':
      return [1, 12];
    case 'half':
      return [1, 6];
    case 'nine':
      return [1, 9];
    case 'quarter': {
      const q = p.index ?? 1;
      return [q * 3 - 2, q * 3];
    }
    case 'month':
      return [p.index ?? 1, p.index ?? 1];
  }
}

export function monthsOf(p: Period): MonthKey[] {
  const [from, to] = monthRange(p);
  const months: MonthKey[] = [];
  for (let m = from; m <= to; m++) months.push(monthKey(p.year, m));
  return months;
}

/** Quarters a period touches. A month period touches its own quarter: quarterly data is shown for it, labelled. */
export function quartersOf(p: Period): QuarterKey[] {
  const [from, to] = monthRange(p);
  const quarters: QuarterKey[] = [];
  for (let q = quarterOfMonth(from); q <= quarterOfMonth(to); q++) quarters.push(quarterKey(p.year, q));
  return quarters;
}

/** ISO date of the period's last day, the "as at" date for stock figures such as cumulative model counts. */
export function periodEndDate(p: Period): string {
  const [, to] = monthRange(p);
  const lastDay = new Date(Date.UTC(p.year, to, 0)).getUTCDate();
  return `${p.year}-${pad(to)}-${pad(lastDay)}`;
}

export function periodStartDate(p: Period): string {
  const [from] = monthRange(p);
  return `${p.year}-${pad(from)}-01`;
}

/**
 * The period just before. Cumulative periods (6 and 9 months) and years are compared with the year before,
 * as the province's own 6- and 9-month reports do.
 */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'year':
    case 'half':
    case 'nine':
      return { ...p, year: p.year - 1 };
    case 'quarter': {
      const q = p.index ?? 1;
      return q === 1 ? { kind: 'quarter', year: p.year - 1, index: 4 } : { kind: 'quarter', year: p.year, index: q - 1 };
    }
    case 'month': {
      const m = p.index ?? 1;
      return m === 1 ? { kind: 'month', year: p.year - 1, index: 12 } : { kind: 'month', year: p.year, index: m - 1 };
    }
  }
}

export function samePeriodLastYear(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/** The last `count` periods of the same kind, oldest first, ending with `p`. */
export function trailingPeriods(p: Period, count: number): Period[] {
  const out: Period[] = [p];
  while (out.length < count) out.unshift(previousPeriod(out[0] as Period));
  return out;
}

export function comparePeriods(a: Period, b: Period): number {
  return periodEndDate(a).localeCompare(periodEndDate(b));
}

/** Is the whole period inside [first, last] months ("YYYY-MM")? */
export function periodWithin(p: Period, first: MonthKey, last: MonthKey): boolean {
  const months = monthsOf(p);
  return (months[0] ?? '') >= first && (months[months.length - 1] ?? '') <= last;
}
