/**
 * The Online public services page's figures, computed from the procedure system's monthly case-file records and
 * its service catalogue. Every rate is pooled from counts (never averaged from rates) through caseFileTotals, the
 * same function the Overview uses, so a unit's figure here is the Overview's figure for that unit.
 */
import { monthKey, monthsOf, type MonthKey, type Period } from '../../domain/period';
import type { CaseFileMonth, OwnerKind, ServiceLevelRecord } from '../../domain/procedures';
import { caseFileTotals, countServiceLevels, type CaseFileTotals, type LevelCounts } from '../../domain/procedures-metrics';
import { addRatios, rateOf, ratio, type Ratio } from '../../domain/ratio';

/** The rates the page shows. Online payment is counted on files resolved; digitisation on files received. */
export type Measure = 'online' | 'onTime' | 'paidOnline' | 'digitised';
export const MEASURES: readonly Measure[] = ['online', 'onTime', 'paidOnline', 'digitised'];

export function measureRatio(totals: CaseFileTotals, measure: Measure): Ratio {
  switch (measure) {
    case 'online':
      return totals.onlineShare;
    case 'onTime':
      return totals.onTime;
    case 'paidOnline':
      return ratio(totals.paidOnline, totals.resolved);
    case 'digitised':
      return ratio(totals.digitised, totals.received);
  }
}

export const measureRate = (totals: CaseFileTotals | null, measure: Measure): number | null =>
  totals ? rateOf(measureRatio(totals, measure)) : null;

/**
 * Totals over the months of `period`, or null unless every one of them is reported: a period with a month
 * missing would otherwise show a partial sum as if it were whole (the Overview applies the same rule).
 */
export function periodTotals(
  records: readonly CaseFileMonth[] | undefined,
  period: Period,
  ownerCodes?: ReadonlySet<string>,
): CaseFileTotals | null {
  if (!records) return null;
  const months = monthsOf(period);
  const totals = caseFileTotals(records, months, ownerCodes);
  return totals.monthsReported === months.length ? totals : null;
}

export interface Owner {
  readonly code: string;
  readonly kind: OwnerKind;
}

/** The owners that reported in the records, departments by agency code and districts by GSO code, in code order. */
export function ownersOf(records: readonly CaseFileMonth[]): Owner[] {
  const byCode = new Map<string, OwnerKind>();
  for (const r of records) byCode.set(r.ownerCode, r.ownerKind);
  return [...byCode]
    .map(([code, kind]) => ({ code, kind }))
    .toSorted((a, b) => a.code.localeCompare(b.code));
}

export interface OwnerTotals extends Owner {
  readonly totals: CaseFileTotals | null;
}

/** One row per owner with its totals for the period. */
export function totalsByOwner(records: readonly CaseFileMonth[] | undefined, period: Period, owners: readonly Owner[]): OwnerTotals[] {
  return owners.map((o) => ({ ...o, totals: periodTotals(records, period, new Set([o.code])) }));
}

export type Scope = 'province' | OwnerKind;
export const SCOPES: readonly Scope[] = ['department', 'district', 'province'];

/** Totals of all departments, all districts, and the whole province (departments + districts). */
export function totalsByScope(records: readonly CaseFileMonth[] | undefined, period: Period): Record<Scope, CaseFileTotals | null> {
  const codesOf = (kind: OwnerKind) => new Set((records ?? []).filter((r) => r.ownerKind === kind).map((r) => r.ownerCode));
  return {
    department: periodTotals(records, period, codesOf('department')),
    district: periodTotals(records, period, codesOf('district')),
    province: periodTotals(records, period),
  };
}

/** A pooled rate over several owners' totals: numerators and denominators added, then divided. */
export function pooledRate(rows: readonly OwnerTotals[], measure: Measure): number | null {
  const ratios = rows.flatMap((r) => (r.totals ? [measureRatio(r.totals, measure)] : []));
  return ratios.length ? rateOf(addRatios(ratios)) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Monthly trend window

/**
 * The twelve months ending with the period's last month, clipped to the months with data: one window for every
 * kind of period, so a quarter or a month is seen in the year around it, with its own months shaded.
 */
export function trendMonths(period: Period, isAvailable: (month: Period) => boolean, length = 12): Period[] {
  const last = monthsOf(period).at(-1) as MonthKey;
  let year = Number(last.slice(0, 4));
  let month = Number(last.slice(5, 7));
  const out: Period[] = [];
  for (let i = 0; i < length; i++) {
    const p: Period = { kind: 'month', year, index: month };
    if (isAvailable(p)) out.unshift(p);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out;
}

/** Calendar years the window and its "same months last year" comparison need. */
export function yearsForWindow(window: readonly Period[], isYearAvailable: (year: number) => boolean): number[] {
  const years = new Set<number>();
  for (const p of window) {
    years.add(p.year);
    years.add(p.year - 1);
  }
  return [...years].filter(isYearAvailable).toSorted((a, b) => a - b);
}

export const monthKeyOf = (p: Period): MonthKey => monthKey(p.year, p.index ?? 1);

// ---------------------------------------------------------------------------------------------------------
// Service levels per owner

export type LevelScheme = LevelCounts['scheme'];

export interface OwnerLevels extends Owner {
  readonly counts: LevelCounts | null;
}

export interface LevelsByOwner {
  /** The year's scheme; null when the catalogue lists no service. */
  readonly scheme: LevelScheme | null;
  readonly rows: readonly OwnerLevels[];
  readonly province: LevelCounts | null;
}

/**
 * Services per level for each owner, and for the province. countServiceLevels throws on a year that mixes
 * Decree 43 levels with Decree 42 ones: that error is the caller's to show in the panel.
 */
export function levelsByOwner(services: readonly ServiceLevelRecord[], owners: readonly Owner[]): LevelsByOwner {
  const province = countServiceLevels(services);
  const byOwner = new Map<string, ServiceLevelRecord[]>();
  for (const s of services) {
    const list = byOwner.get(s.ownerCode);
    if (list) list.push(s);
    else byOwner.set(s.ownerCode, [s]);
  }
  const rows = owners.map((o) => ({ ...o, counts: countServiceLevels(byOwner.get(o.code) ?? []) }));
  return { scheme: province?.scheme ?? null, rows, province };
}

/** Level keys of a scheme, in the order they are stacked and tabulated (lowest level first). */
export function levelKeys(scheme: LevelScheme): readonly string[] {
  return scheme === 'decree43' ? ['1', '2', '3', '4'] : ['partial', 'full'];
}

/** The count of one level key ("3", "full"…) in a LevelCounts; 0 when the owner has none. */
export function levelCount(counts: LevelCounts | null, key: string): number {
  if (!counts) return 0;
  if (counts.scheme === 'decree43') {
    const level = Number(key) as 1 | 2 | 3 | 4;
    return counts.byLevel[level] ?? 0;
  }
  return key === 'full' || key === 'partial' ? counts.byLevel[key] : 0;
}

/** Adds owners' level counts (all of one scheme) into one: a kind's subtotal, built from the rows it shows. */
export function sumLevelCounts(rows: readonly OwnerLevels[], scheme: LevelScheme): LevelCounts {
  const sum = (key: string) => rows.reduce((s, r) => s + levelCount(r.counts, key), 0);
  const total = rows.reduce((s, r) => s + (r.counts?.total ?? 0), 0);
  return scheme === 'decree43'
    ? { scheme, byLevel: { 1: sum('1'), 2: sum('2'), 3: sum('3'), 4: sum('4') }, total }
    : { scheme, byLevel: { full: sum('full'), partial: sum('partial') }, total };
}
