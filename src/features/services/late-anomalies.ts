/**
 * Months in which a unit resolved an unusual share of its files late. The yardstick is the unit's own year: a
 * month is flagged when its late share is at least `minRatio` times the median of the unit's monthly late shares
 * that year and at least `minPoints` above it, with at least `minLate` late files so that a small office whose
 * one late file in four makes "25 %" is not flagged. The median, unlike the mean, is not dragged up by the very
 * months it is meant to expose (a backlog that lasts four months still stands out against the other eight).
 */
import type { MonthKey } from '../../domain/period';
import type { CaseFileMonth, OwnerKind } from '../../domain/procedures';

export interface LateAnomalyRule {
  readonly minRatio: number;
  readonly minPoints: number;
  readonly minLate: number;
}

export const LATE_ANOMALY_RULE: LateAnomalyRule = { minRatio: 2, minPoints: 0.05, minLate: 10 };

export interface LateAnomaly {
  readonly ownerCode: string;
  readonly ownerKind: OwnerKind;
  readonly month: MonthKey;
  readonly late: number;
  readonly resolved: number;
  /** late / resolved in the month. */
  readonly lateShare: number;
  /** Median of the unit's monthly late shares over the records given. */
  readonly baseline: number;
  /** Files still in process and past due at the month's end: the backlog the late files leave behind. */
  readonly overdue: number;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const resolvedOf = (r: CaseFileMonth) => r.resolvedEarly + r.resolvedOnTime + r.resolvedLate;

/** Flagged months, oldest first, then the largest late share first. Pass one year of records. */
export function detectLateAnomalies(records: readonly CaseFileMonth[], rule: LateAnomalyRule = LATE_ANOMALY_RULE): LateAnomaly[] {
  const byOwner = new Map<string, CaseFileMonth[]>();
  for (const r of records) {
    const list = byOwner.get(r.ownerCode);
    if (list) list.push(r);
    else byOwner.set(r.ownerCode, [r]);
  }
  const out: LateAnomaly[] = [];
  for (const [ownerCode, months] of byOwner) {
    const shares = months.filter((r) => resolvedOf(r) > 0).map((r) => r.resolvedLate / resolvedOf(r));
    const baseline = median(shares);
    if (baseline === null) continue;
    for (const r of months) {
      const resolved = resolvedOf(r);
      if (resolved === 0 || r.resolvedLate < rule.minLate) continue;
      const lateShare = r.resolvedLate / resolved;
      if (lateShare >= baseline * rule.minRatio && lateShare - baseline >= rule.minPoints) {
        out.push({ ownerCode, ownerKind: r.ownerKind, month: r.month, late: r.resolvedLate, resolved, lateShare, baseline, overdue: r.overdue });
      }
    }
  }
  return out.toSorted((a, b) => a.month.localeCompare(b.month) || b.lateShare - a.lateShare);
}

/** Monthly late share of a set of owners (pooled), for the months given; null where nothing was resolved. */
export function monthlyLateShare(records: readonly CaseFileMonth[], months: readonly MonthKey[], ownerCodes?: ReadonlySet<string>): (number | null)[] {
  return months.map((m) => {
    let late = 0;
    let resolved = 0;
    for (const r of records) {
      if (r.month !== m || (ownerCodes && !ownerCodes.has(r.ownerCode))) continue;
      late += r.resolvedLate;
      resolved += resolvedOf(r);
    }
    return resolved > 0 ? late / resolved : null;
  });
}
