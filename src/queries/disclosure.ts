import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import type { Period } from '../domain/period';
import { callUpstream } from './off-main-thread';
import { sourceKey } from './keys';
import { reportQuarters, upstreamArgs } from './upstream-args';
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
  /**
   * Commune reports of the quarters the period touches, optionally of one district (the drill-down): a quarter is a
   * quarter of a year's reports, and every view of them (heatmap, communes needing attention, drill-down, a unit's
   * best and worst communes) reads the period's quarters only.
   */
  reports: (config: AppConfig, period: Period, districtCode?: string) => {
    const { from, to } = reportQuarters(period);
    return queryOptions({
      queryKey: [...sourceKey.disclosure, 'reports', from, to, districtCode ?? 'all'],
      queryFn: ({ signal }) => callUpstream('disclosureReports', upstreamArgs.disclosureReports(config, from, to, districtCode), signal),
    });
  },
};

