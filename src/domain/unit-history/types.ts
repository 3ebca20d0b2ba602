/**
 * Administrative units that change over time. A unit set is the list of units in force over one validity period
 * (e.g. 13 districts + 216 communes, 2020-01-01 … 2024-12-31); a crosswalk says how the communes of one set became
 * the communes of the next. Figures are keyed by (unit code, unit set, period), never by code alone: a code can
 * survive a reform while its territory changes (Thành Sen 18073 is four former wards).
 */
import type { UnitLevel, UnitType } from '../units';

export type { UnitLevel, UnitType };

export interface DatedUnit {
  readonly code: string;
  /** Full name with its type, e.g. "Huyện Thạch Hà", "Phường Thành Sen". */
  readonly name: string;
  readonly type: UnitType;
  readonly level: UnitLevel;
  /** District for a commune before 1 Jul 2025; the province after; null for the province itself. */
  readonly parentCode: string | null;
  /** ISO dates, inclusive; validTo null = still in force. */
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface UnitSet {
  /** Stable id, e.g. "2025-07": the month the set came into force. */
  readonly id: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  /** The tier between province and commune; empty once districts are abolished (1 Jul 2025). */
  readonly districts: readonly DatedUnit[];
  readonly communes: readonly DatedUnit[];
}

/**
 * `full`: the whole old unit went into the new one. `partial`: the old unit was split and only part of it went
 * there; the sources give no shares, so figures of a split unit are never apportioned.
 */
export type CrosswalkRelation = 'full' | 'partial';

export interface CrosswalkLink {
  readonly from: string;
  readonly to: string;
  readonly relation: CrosswalkRelation;
}

/** How the communes of `fromSet` map to the communes of `toSet`, effective on `effective` (first day of `toSet`). */
export interface Crosswalk {
  readonly fromSet: string;
  readonly toSet: string;
  readonly effective: string;
  readonly links: readonly CrosswalkLink[];
}
