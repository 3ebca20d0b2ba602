import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { callUpstream } from './off-main-thread';
import { sourceKey } from './keys';
import { upstreamArgs } from './upstream-args';
import { catalogueDistricts, checkComplaintMonths } from './quality';

/** Monthly records are fetched a calendar year at a time: every period of that year is then served from the cache. */
export const complaintQueries = {
  year: (config: AppConfig, year: number) =>
    queryOptions({
      queryKey: [...sourceKey.complaints, 'months', year],
      queryFn: async ({ signal, client }) => {
        const data = await callUpstream('complaintMonths', upstreamArgs.complaintMonths(config, year), signal);
        const { accepted, issues, unitScope } = checkComplaintMonths(data.records, await catalogueDistricts(client, config));
        return { asOf: data.asOf, records: accepted, issues, unitScope };
      },
    }),
};
