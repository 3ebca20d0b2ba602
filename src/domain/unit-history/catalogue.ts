/**
 * The unit sets of a province, derived from a catalogue that lists every version of every unit with its validity.
 * A real catalogue has no notion of "unit set": the sets are the spans between the days on which some commune or
 * district began or ended, so a new resolution in the catalogue makes a new set without a code change here.
 */
import type { AdminUnit } from '../units';
import type { Crosswalk, DatedUnit, UnitSet } from './types';

/** What the unit catalogue knows: the province, every unit version, the sets they form and the crosswalks between them. */
export interface UnitHistory {
  readonly province: AdminUnit;
  /** Every version of every district and commune; a code can recur with another territory (key by code + set). */
  readonly versions: readonly AdminUnit[];
  /** Oldest first. */
  readonly sets: readonly UnitSet[];
  /** Single steps between successive sets, oldest first. */
  readonly crosswalks: readonly Crosswalk[];
  /** Why the crosswalks were left out (they did not fit the units), or null: figures of earlier sets are then not comparable. */
  readonly crosswalkProblem: Error | null;
}

const DAY = 86_400_000;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
export const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - DAY).toISOString().slice(0, 10);

const inForceOn = (u: AdminUnit, iso: string) => u.validFrom <= iso && (u.validTo === null || iso <= u.validTo);

export const datedUnit = (u: AdminUnit): DatedUnit => ({
  code: u.code,
  name: u.fullName,
  type: u.type,
  level: u.level,
  parentCode: u.parentCode,
  validFrom: u.validFrom,
  validTo: u.validTo,
});

/**
 * The unit sets: one per span between change days, from the first day any commune is listed (commune history
 * before it is unknown, so earlier periods are shown on the first set). Spans without communes are dropped.
 */
export function deriveUnitSets(versions: readonly AdminUnit[]): UnitSet[] {
  const communes = versions.filter((u) => u.level === 'commune');
  if (communes.length === 0) return [];
  const first = communes.reduce((min, u) => (u.validFrom < min ? u.validFrom : min), communes[0]?.validFrom ?? '');
  const days = new Set<string>();
  for (const u of versions) {
    if (u.level === 'province') continue;
    if (u.validFrom >= first) days.add(u.validFrom);
    if (u.validTo !== null && u.validTo >= first) days.add(dayAfter(u.validTo));
  }
  const starts = [...days].sort();
  const sets: UnitSet[] = [];
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    const inForce = versions.filter((u) => inForceOn(u, start));
    const setCommunes = inForce.filter((u) => u.level === 'commune');
    if (setCommunes.length === 0) return;
    sets.push({
      id: start.slice(0, 7),
      validFrom: start,
      validTo: next ? dayBefore(next) : null,
      districts: inForce.filter((u) => u.level === 'district').map(datedUnit),
      communes: setCommunes.map(datedUnit),
    });
  });
  return sets;
}

/** The catalogue's version of a unit in a set (codes recur across sets, so the set decides which version). */
export function versionIn(versions: readonly AdminUnit[], set: UnitSet, code: string): AdminUnit | undefined {
  return versions.find((u) => u.code === code && inForceOn(u, set.validFrom));
}
