/**
 * After 1 Jul 2025 there are no districts. For continuity of trend lines the new communes can still be grouped by
 * the district they came from: a *grouping* for reading trends, not an administrative level, and labelled so.
 */
import type { Crosswalk } from './types';

export interface FormerDistrictGroup {
  /** Code of the former district (as of 30 Jun 2025). */
  readonly districtCode: string;
  /** New units placed in this group, sorted by code. */
  readonly unitCodes: readonly string[];
}

export interface FormerDistrictGrouping {
  readonly groups: readonly FormerDistrictGroup[];
  /** New unit → the group it is placed in. */
  readonly groupOf: ReadonlyMap<string, string>;
  /**
   * New units whose old communes came from more than one district, with those districts: each is placed with the
   * district that gave it most communes (whole communes count 1, a split commune counts its share 1/n), ties
   * going to the lower code. A continuity view should say that these units straddle a former border.
   */
  readonly straddling: ReadonlyMap<string, readonly string[]>;
}

/**
 * Groups the new units of a crosswalk (communes of the last district-era set → new communes) by former district.
 * `districtOf` gives each old commune's district in the crosswalk's older set.
 */
export function groupByFormerDistrict(crosswalk: Crosswalk, districtOf: ReadonlyMap<string, string>): FormerDistrictGrouping {
  const targetsOf = new Map<string, number>();
  for (const link of crosswalk.links) targetsOf.set(link.from, (targetsOf.get(link.from) ?? 0) + 1);
  const weights = new Map<string, Map<string, number>>();
  for (const link of crosswalk.links) {
    const district = districtOf.get(link.from);
    if (!district) throw new Error(`Old commune ${link.from} has no district`);
    const byDistrict = weights.get(link.to) ?? new Map<string, number>();
    byDistrict.set(district, (byDistrict.get(district) ?? 0) + 1 / (targetsOf.get(link.from) ?? 1));
    weights.set(link.to, byDistrict);
  }
  const groupOf = new Map<string, string>();
  const straddling = new Map<string, readonly string[]>();
  for (const [unit, byDistrict] of [...weights].sort(([a], [b]) => a.localeCompare(b))) {
    const ranked = [...byDistrict].sort(([da, wa], [db, wb]) => wb - wa || da.localeCompare(db));
    const [top] = ranked;
    if (!top) continue;
    groupOf.set(unit, top[0]);
    if (ranked.length > 1) straddling.set(unit, ranked.map(([d]) => d).sort());
  }
  const members = new Map<string, string[]>();
  for (const [unit, district] of groupOf) members.set(district, [...(members.get(district) ?? []), unit]);
  const groups = [...members]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([districtCode, unitCodes]) => ({ districtCode, unitCodes: unitCodes.sort() }));
  return { groups, groupOf, straddling };
}
