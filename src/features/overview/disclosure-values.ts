import type { DistrictDisclosureQuarter } from '../../domain/disclosure';
import type { ValueOf } from '../../domain/kpi';
import { quartersOf, type Period } from '../../domain/period';
import { rateOf } from '../../domain/ratio';

/**
 * Disclosure is reported by quarter. A period's rate pools the counts of the quarters it touches (a month shows its
 * quarter); each quarter's "required" already follows the list in force then (11 or 14 contents), so pooling across
 * the 2023-07 switch weighs each quarter by its own list. A quarter without rows gives null.
 */
export function disclosureValues(rows: readonly DistrictDisclosureQuarter[], unitCodes?: ReadonlySet<string>) {
  const byQuarter = new Map<string, DistrictDisclosureQuarter[]>();
  for (const r of rows) {
    if (unitCodes && !unitCodes.has(r.districtCode)) continue;
    const list = byQuarter.get(r.quarter);
    if (list) list.push(r);
    else byQuarter.set(r.quarter, [r]);
  }
  const pooled = (p: Period, pick: (r: DistrictDisclosureQuarter) => number): number | null => {
    let numerator = 0;
    let denominator = 0;
    for (const q of quartersOf(p)) {
      const list = byQuarter.get(q);
      if (!list) return null;
      for (const r of list) {
        numerator += pick(r);
        denominator += r.required;
      }
    }
    return rateOf({ numerator, denominator });
  };
  return {
    onTimeRate: ((p) => pooled(p, (r) => r.publishedOnTime)) satisfies ValueOf,
    publishedRate: ((p) => pooled(p, (r) => r.published)) satisfies ValueOf,
  };
}
