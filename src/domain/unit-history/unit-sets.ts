/** Which unit set is in force on a day, and which one a period is shown on. */
import type { UnitSet } from './types';

const inForce = (set: UnitSet, isoDate: string) => set.validFrom <= isoDate && (set.validTo === null || isoDate <= set.validTo);

/** The unit set in force on an ISO date (YYYY-MM-DD), or null outside every set. */
export function unitSetAt(sets: readonly UnitSet[], isoDate: string): UnitSet | null {
  return sets.find((set) => inForce(set, isoDate)) ?? null;
}

export interface PeriodUnits {
  /** The set the whole period is shown on: the one in force on its last day. */
  readonly set: UnitSet;
  /** Sets in force on earlier days of the period, oldest first: their figures need re-aggregation to `set`. */
  readonly earlierSets: readonly UnitSet[];
}

/**
 * A period that spans a change (e.g. the year 2025) is shown on the units at its end; the earlier sets are named
 * so that their months can be re-aggregated through the crosswalk, with a visible note. Null when the period's
 * last day is outside every set.
 */
export function unitSetForPeriod(sets: readonly UnitSet[], fromIso: string, toIso: string): PeriodUnits | null {
  const set = unitSetAt(sets, toIso);
  if (!set) return null;
  const earlierSets = sets
    .filter((s) => s.id !== set.id && s.validFrom <= toIso && (s.validTo === null || s.validTo >= fromIso))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return { set, earlierSets };
}

/** The sets between two sets, inclusive, oldest first: the steps a figure travels through the crosswalk chain. */
export function setsBetween(sets: readonly UnitSet[], fromId: string, toId: string): readonly UnitSet[] {
  const ordered = [...sets].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const start = ordered.findIndex((s) => s.id === fromId);
  const end = ordered.findIndex((s) => s.id === toId);
  if (start < 0 || end < 0 || end < start) throw new Error(`No chain of unit sets from ${fromId} to ${toId}`);
  return ordered.slice(start, end + 1);
}
