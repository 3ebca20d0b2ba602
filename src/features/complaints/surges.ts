import type { ComplaintMonth } from '../../domain/complaints';
import { totalReceived } from '../../domain/complaints-metrics';
import type { MonthKey } from '../../domain/period';

/**
 * Surges: a unit receiving far more petitions than usual for several months running, such as a wave of
 * complaints when land is cleared for a project. A single busy month is common (Tết catch-up, a land-price
 * table, voters' meetings) and is not flagged; a run of months is.
 *
 * A month is elevated when its count is at least `ratio` times the unit's median month over the `window`
 * months before it and exceeds that median by at least `minExcess` petitions (small units double by chance).
 * The median needs `minHistory` months of history. A surge is a run of at least `minRun` consecutive elevated months.
 */
export const SURGE_RULE = { ratio: 1.5, minExcess: 15, minRun: 3, window: 12, minHistory: 6 } as const;

export interface SurgeMonth {
  readonly month: MonthKey;
  readonly received: number;
  /** Median month of the window before. */
  readonly baseline: number;
}

export interface Surge {
  readonly unitCode: string;
  /** Consecutive months, oldest first. */
  readonly months: readonly SurgeMonth[];
  /** The month furthest above its baseline. */
  readonly peak: SurgeMonth;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Months since year 0, so that consecutive months differ by one across a year's end. */
const ordinal = (m: MonthKey) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** Every surge in the records given (all units, or those in `unitCodes`), by unit code then time. */
export function findSurges(records: readonly ComplaintMonth[], unitCodes?: ReadonlySet<string>, rule = SURGE_RULE): Surge[] {
  const byUnit = new Map<string, Map<number, number>>();
  for (const r of records) {
    if (unitCodes && !unitCodes.has(r.unitCode)) continue;
    let months = byUnit.get(r.unitCode);
    if (!months) byUnit.set(r.unitCode, (months = new Map()));
    months.set(ordinal(r.month), (months.get(ordinal(r.month)) ?? 0) + totalReceived(r));
  }
  const monthOf = new Map(records.map((r) => [ordinal(r.month), r.month]));
  const surges: Surge[] = [];
  for (const [unitCode, counts] of [...byUnit].toSorted(([a], [b]) => a.localeCompare(b))) {
    const keys = [...counts.keys()].toSorted((a, b) => a - b);
    let run: SurgeMonth[] = [];
    let last = -Infinity;
    const close = () => {
      if (run.length >= rule.minRun) surges.push({ unitCode, months: run, peak: peakOf(run) });
      run = [];
    };
    for (const key of keys) {
      const received = counts.get(key) as number;
      const history: number[] = [];
      for (let k = key - rule.window; k < key; k++) {
        const v = counts.get(k);
        if (v !== undefined) history.push(v);
      }
      const baseline = history.length >= rule.minHistory ? median(history) : null;
      const elevated = baseline !== null && received >= rule.ratio * baseline && received - baseline >= rule.minExcess;
      if (!elevated || key !== last + 1) close();
      if (elevated && baseline !== null) run.push({ month: monthOf.get(key) as MonthKey, received, baseline });
      last = key;
    }
    close();
  }
  return surges;
}

function peakOf(run: readonly SurgeMonth[]): SurgeMonth {
  return run.reduce((best, m) => (m.received / m.baseline > best.received / best.baseline ? m : best));
}

/** The part of each surge that falls in the given months; surges outside them are dropped. */
export function surgesWithin(surges: readonly Surge[], months: readonly MonthKey[]): Surge[] {
  const wanted = new Set(months);
  return surges.flatMap((s) => {
    const inside = s.months.filter((m) => wanted.has(m.month));
    return inside.length ? [{ unitCode: s.unitCode, months: inside, peak: peakOf(inside) }] : [];
  });
}
