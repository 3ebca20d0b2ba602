import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { callUpstream } from './off-main-thread';
import { sourceKey } from './keys';
import { upstreamArgs } from './upstream-args';
import { catalogueDistricts, checkCaseFileMonths } from './quality';

export const procedureQueries = {
  caseFilesYear: (config: AppConfig, year: number) =>
    queryOptions({
      queryKey: [...sourceKey.procedures, 'case-files', year],
      queryFn: async ({ signal, client }) => {
        const data = await callUpstream('caseFiles', upstreamArgs.caseFiles(config, year), signal);
        const { accepted, issues, unitScope } = checkCaseFileMonths(data.records, await catalogueDistricts(client, config));
        return { asOf: data.asOf, records: accepted, issues, unitScope };
      },
    }),
  catalogue: (config: AppConfig, year: number) =>
    queryOptions({
      queryKey: [...sourceKey.procedures, 'catalogue', year],
      queryFn: ({ signal }) => callUpstream('serviceCatalogue', upstreamArgs.serviceCatalogue(config, year), signal),
    }),
};
