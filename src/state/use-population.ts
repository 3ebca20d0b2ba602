import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { populationLookup, type PopulationLookup } from '../domain/population';
import { unitQueries } from '../queries/units';
import { useConfig } from './config-context';

/**
 * The population behind every "per 10,000 residents" figure, for the units of any period: the districts' published
 * figures, and the unit catalogue's for the 69 communes and wards (see `populationLookup`). Until the catalogue has
 * answered, or when it failed, only the districts have one.
 */
export function usePopulation(): PopulationLookup {
  const config = useConfig();
  const { data } = useQuery(unitQueries.catalogue(config));
  return useMemo(() => {
    const provinceCode = data?.province.code;
    const underProvince = data ? [...data.districts, ...data.communes].filter((u) => u.parentCode === provinceCode) : [];
    return populationLookup(underProvince);
  }, [data]);
}
