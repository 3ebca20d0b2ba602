/**
 * Peer groups: so that the chair of a ward compares it with wards and the chair of a rural commune with rural
 * communes. A peer group is a way of reading the one league table, not a ranking of its own: every unit keeps its
 * overall rank (among all units ranked) and gets a rank within its group, both from the same scores.
 *
 * Two groupings: by unit type (phường vs xã, or for districts city / town / rural district), and by former district
 * (after 1 Jul 2025 the new units grouped by the district they came from: a grouping for reading, not an
 * administrative level, see unit-history/former-district.ts).
 */
import type { FormerDistrictGrouping } from '../unit-history';
import type { UnitType } from '../units';
import { competitionRanks, scoreKey } from './rank';
import type { PeriodRanking } from './score';

export const PEER_GROUPINGS = ['type', 'former-district'] as const;
export type PeerGrouping = (typeof PEER_GROUPINGS)[number];

export interface PeerGroup {
  /** `type:phuong`, `type:xa`…, or `district:436`: stable, usable in a URL. */
  readonly key: string;
  readonly grouping: PeerGrouping;
  /** The unit type, or the former district's code. */
  readonly value: string;
  /** Members in the order given. */
  readonly codes: readonly string[];
}

export interface PeerGroups {
  readonly grouping: PeerGrouping;
  readonly groups: readonly PeerGroup[];
  readonly groupOf: ReadonlyMap<string, string>;
}

export const isPeerGrouping = (text: string | null | undefined): text is PeerGrouping => PEER_GROUPINGS.includes(text as PeerGrouping);

/** Urban before rural, the order a provincial report lists them in. */
const TYPE_ORDER: readonly UnitType[] = ['thanh-pho', 'thi-xa', 'huyen', 'phuong', 'thi-tran', 'xa'];

function collect(grouping: PeerGrouping, pairs: ReadonlyArray<readonly [string, string]>, order: (a: string, b: string) => number): PeerGroups {
  const members = new Map<string, string[]>();
  for (const [code, value] of pairs) members.set(value, [...(members.get(value) ?? []), code]);
  const groups = [...members]
    .sort(([a], [b]) => order(a, b))
    .map(([value, codes]): PeerGroup => ({ key: `${grouping === 'type' ? 'type' : 'district'}:${value}`, grouping, value, codes }));
  const groupOf = new Map(groups.flatMap((g) => g.codes.map((code) => [code, g.key] as const)));
  return { grouping, groups, groupOf };
}

/** Groups units by their type: phường and xã after 1 Jul 2025; city, town and rural districts before. */
export function peerGroupsByType(units: ReadonlyArray<{ readonly code: string; readonly type: UnitType }>): PeerGroups {
  return collect(
    'type',
    units.map((u) => [u.code, u.type] as const),
    (a, b) => TYPE_ORDER.indexOf(a as UnitType) - TYPE_ORDER.indexOf(b as UnitType),
  );
}

/**
 * Groups units by the district they came from. Units the grouping does not place (none, when the grouping was made
 * from the crosswalk into the units ranked) are left out of every group rather than guessed.
 */
export function peerGroupsByFormerDistrict(codes: readonly string[], grouping: FormerDistrictGrouping): PeerGroups {
  return collect(
    'former-district',
    codes.flatMap((code) => {
      const district = grouping.groupOf.get(code);
      return district ? [[code, district] as const] : [];
    }),
    (a, b) => a.localeCompare(b),
  );
}

/**
 * Each ranked unit's rank within its group: the same overall scores (compared at one decimal, as shown), ranked
 * among the group's members only; ties share a rank. Null for a unit without a score or without a group.
 */
export function groupRanks(ranking: PeriodRanking, groups: PeerGroups): Map<string, number | null> {
  const out = new Map<string, number | null>(ranking.units.map((u) => [u.code, null]));
  for (const group of groups.groups) {
    const members = new Set(group.codes);
    const ranks = competitionRanks(
      ranking.units.filter((u) => members.has(u.code)).map((u) => ({ key: u.code, sortKey: u.score === null ? null : scoreKey(u.score) })),
      'higher',
    );
    for (const [code, rank] of ranks) out.set(code, rank);
  }
  return out;
}
