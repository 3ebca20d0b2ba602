import type { DistrictTotalsRow } from './tables';
import { shareOf } from './measures';

/**
 * The district the commune drill-down opens on when none is chosen: the one with the lowest share disclosed on time
 * in the period (where a steering committee looks first), rather than an empty panel. Ties go to the first in the
 * catalogue's order; null when no district has figures.
 */
export function lowestOnTimeDistrict(rows: readonly DistrictTotalsRow[]): string | null {
  let lowest: { code: string; rate: number } | null = null;
  for (const row of rows) {
    const rate = shareOf(row.totals, 'onTime');
    if (rate !== null && (lowest === null || rate < lowest.rate)) lowest = { code: row.code, rate };
  }
  return lowest?.code ?? null;
}
