import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { periodEndDate, periodStartDate, type Period } from '../domain/period';
import { compareVietnamese, unitValidDuring } from '../domain/units';
import { unitQueries } from '../queries/units';
import { useConfig } from './config-context';

/**
 * The unit catalogue seen from a period: the district-level units in force during it (Lộc Hà disappears after
 * 2024), sorted the Vietnamese way, plus look-ups by code for labelling any record.
 */
export function useDistricts(period: Period) {
  const config = useConfig();
  const query = useQuery(unitQueries.catalogue(config));
  const from = periodStartDate(period);
  const to = periodEndDate(period);
  return useMemo(() => {
    const all = query.data?.districts ?? [];
    const districts = all.filter((u) => unitValidDuring(u, from, to)).toSorted((a, b) => compareVietnamese(a.fullName, b.fullName));
    return {
      districts,
      all,
      byCode: new Map(all.map((u) => [u.code, u])),
      communesByCode: new Map((query.data?.communes ?? []).map((u) => [u.code, u])),
      query,
    };
  }, [query, from, to]);
}
