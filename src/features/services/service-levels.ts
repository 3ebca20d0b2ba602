import type { CaseFileMonth, OwnerKind, ServiceLevelRecord } from '../../domain/procedures';
import { countServiceLevels, type LevelCounts } from '../../domain/procedures-metrics';

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
