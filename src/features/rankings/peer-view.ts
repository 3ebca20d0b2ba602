import { formerDistrictsOf, peerGroupsByFormerDistrict, peerGroupsByType, type FormerDistricts, type PeerGrouping, type PeerGroups, type UnitHistory } from '../../domain/ranking';
import type { RankedUnitSet } from '../../state/ranked-units';

/**
 * The peer groups of the units ranked in a period. By type always; by former district only for a unit set without
 * districts whose crosswalk from the district era is known (else null: the page says the grouping is not available).
 */
export function peerGroupsFor(grouping: PeerGrouping | null, set: RankedUnitSet | null, former: FormerDistricts | null): PeerGroups | null {
  if (!grouping || !set) return null;
  if (grouping === 'type') return peerGroupsByType(set.units);
  return former ? peerGroupsByFormerDistrict(set.units.map((u) => u.code), former.grouping) : null;
}

/** The former-district grouping of the period's unit set, when it has no districts and the history is known. */
export function formerDistrictsFor(history: UnitHistory | null, set: RankedUnitSet | null): FormerDistricts | null {
  return history && set && set.level === 'commune' ? formerDistrictsOf(history, set.setId) : null;
}
