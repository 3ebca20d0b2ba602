import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { callUpstream } from './off-main-thread';
import { sourceKey } from './keys';
import { upstreamArgs } from './upstream-args';

export const unitQueries = {
  catalogue: (config: AppConfig) =>
    queryOptions({
      queryKey: [...sourceKey.units, 'catalogue', config.province.code],
      queryFn: ({ signal }) => callUpstream('unitCatalogue', upstreamArgs.unitCatalogue(config), signal),
      // The catalogue changes by resolution, a few times a decade.
      staleTime: 60 * 60 * 1000,
    }),
};
