import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { fetchUnitCatalogue } from '../sources/units/client';
import { sourceKey } from './keys';

export const unitQueries = {
  catalogue: (config: AppConfig) =>
    queryOptions({
      queryKey: [...sourceKey.units, 'catalogue', config.province.code],
      queryFn: ({ signal }) => fetchUnitCatalogue(config.sources.units, config.province.code, signal),
      // The catalogue changes by resolution, a few times a decade.
      staleTime: 60 * 60 * 1000,
    }),
};
