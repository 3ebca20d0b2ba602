import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { callUpstream } from './off-main-thread';
import { sourceKey } from './keys';
import { upstreamArgs } from './upstream-args';
import { catalogueDistricts, checkDisclosureQuarters } from './quality';

export const disclosureQueries = {
  contents: (config: AppConfig) =>
    queryOptions({
      queryKey: [...sourceKey.disclosure, 'contents'],
      queryFn: ({ signal }) => callUpstream('disclosureContents', upstreamArgs.disclosureContents(config), signal),
      staleTime: 60 * 60 * 1000,
    }),
  /** District roll-up per quarter over every quarter the system holds: small, cached for the session. */
  summary: (config: AppConfig) =>
    queryOptions({
      queryKey: [...sourceKey.disclosure, 'summary', config.periods.firstMonth, config.periods.lastMonth],
      queryFn: async ({ signal, client }) => {
        const data = await callUpstream('disclosureSummary', upstreamArgs.disclosureSummary(config), signal);
        const { accepted, issues, unitScope } = checkDisclosureQuarters(data.rows, await catalogueDistricts(client, config));
        return { asOf: data.asOf, rows: accepted, issues, unitScope };
      },
    }),
  /** Commune reports of one year, optionally of one district (the drill-down). */
  reportsYear: (config: AppConfig, year: number, districtCode?: string) =>
    queryOptions({
      queryKey: [...sourceKey.disclosure, 'reports', year, districtCode ?? 'all'],
      queryFn: ({ signal }) =>
        callUpstream('disclosureReports', upstreamArgs.disclosureReports(config, `${year}-Q1`, `${year}-Q4`, districtCode), signal),
    }),
};
