import type { DistrictDisclosureQuarter } from '../disclosure';
import { valueFunction } from './value-functions';

/**
 * Disclosure is reported by quarter; the catalogue's `measure()` pools the counts of the quarters a period touches
 * (a month shows its quarter), each quarter against the list then in force, and gives null for a missing quarter.
 */
export function disclosureValues(rows: readonly DistrictDisclosureQuarter[], unitCodes?: ReadonlySet<string>) {
  return {
    onTimeRate: valueFunction('disclosure.onTime', { disclosureRows: rows }, unitCodes),
    publishedRate: valueFunction('disclosure.published', { disclosureRows: rows }, unitCodes),
  };
}
