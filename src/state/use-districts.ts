import { useMemo } from 'react';
import type { Period } from '../domain/period';
import { useUnitsInForce } from './use-units-in-force';

/**
 * The unit catalogue seen from a period, as the pages have always read it: `districts` are the units the period is
 * mapped, ranked and listed on (13 districts for 2024, 12 for 2025-Q1, the 69 communes and wards from 2025-07 and
 * for the year 2025: see `useUnitsInForce`, which this delegates to), sorted the Vietnamese way, plus look-ups by
 * code for labelling any record (every district the catalogue knows, and the units of the set shown).
 */
export function useDistricts(period: Period) {
  const inForce = useUnitsInForce(period);
  return useMemo(() => {
    const all = inForce.level === 'commune' ? [...inForce.allDistricts, ...inForce.units] : inForce.allDistricts;
    return {
      districts: inForce.units,
      all,
      byCode: new Map([...inForce.allDistricts, ...inForce.byCode.values()].map((u) => [u.code, u])),
      communesByCode: inForce.communesByCode,
      query: inForce.query,
      inForce,
    };
  }, [inForce]);
}
