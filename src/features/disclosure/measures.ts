import type { DistrictDisclosureQuarter } from '../../domain/disclosure';
import {
  disclosureShare,
  indicatorDataOf,
  measureDisclosureCounts,
  provinceScope,
  unitsScope,
  type DisclosureCountFields,
  type IndicatorId,
} from '../../domain/indicators';
import type { Period } from '../../domain/period';

/**
 * The disclosure page's five shares are the catalogue's `disclosure.*` indicators; this module only names them and
 * asks `measure()` (through the catalogue) for a scope's counts. It computes nothing of its own.
 */
export type DisclosureMeasure = 'onTime' | 'published' | 'postedLongEnough' | 'listPosted' | 'filed';

export const DISCLOSURE_MEASURES: readonly DisclosureMeasure[] = ['onTime', 'published', 'postedLongEnough', 'listPosted', 'filed'];

/** The catalogue id of a measure ("onTime" → "disclosure.onTime"). */
export const indicatorOf = (m: DisclosureMeasure): IndicatorId => `disclosure.${m}`;

export type DisclosureTotals = DisclosureCountFields;

/** The scope's counts for the period from the district roll-up (the whole province without codes). */
export function scopeTotals(rows: readonly DistrictDisclosureQuarter[], period: Period, unitCodes?: ReadonlySet<string>): DisclosureTotals | null {
  return measureDisclosureCounts(indicatorDataOf({ disclosureRows: rows }), unitCodes ? unitsScope([...unitCodes]) : provinceScope([]), period);
}

/** A measure of counts already measured or tallied, by the catalogue's definition; null without counts. */
export const shareOf = (t: DisclosureTotals | null | undefined, m: DisclosureMeasure): number | null => (t ? disclosureShare(indicatorOf(m), t) : null);
