import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { callUpstream } from './off-main-thread';
import { quarterKey, quarterOfMonth } from '../domain/period';
import { sourceKey } from './keys';
import { catalogueDistricts, checkDisclosureQuarters } from './quality';

function quarterSpan(config: AppConfig) {
  const [fy, fm] = config.periods.firstMonth.split('-').map(Number) as [number, number];
  const [ly, lm] = config.periods.lastMonth.split('-').map(Number) as [number, number];
  return { from: quarterKey(fy, quarterOfMonth(fm)), to: quarterKey(ly, quarterOfMonth(lm)) };
}

export const disclosureQueries = {
  contents: (config: AppConfig) =>
    queryOptions({
      queryKey: [...sourceKey.disclosure, 'contents'],
      queryFn: ({ signal }) => callUpstream('disclosureContents', { cfg: config.sources.disclosure }, signal),
      staleTime: 60 * 60 * 1000,
    }),
  /** District roll-up per quarter over every quarter the system holds: small, cached for the session. */
  summary: (config: AppConfig) =>
    queryOptions({
      queryKey: [...sourceKey.disclosure, 'summary', config.periods.firstMonth, config.periods.lastMonth],
      queryFn: async ({ signal, client }) => {
        const data = await callUpstream('disclosureSummary', { cfg: config.sources.disclosure, ...quarterSpan(config) }, signal);
        const { accepted, issues, unitScope } = checkDisclosureQuarters(data.rows, await catalogueDistricts(client, config));
        return { asOf: data.asOf, rows: accepted, issues, unitScope };
      },
    }),
  /** Commune reports of one year, optionally of one district (the drill-down). */
  reportsYear: (config: AppConfig, year: number, districtCode?: string) =>
    queryOptions({
      queryKey: [...sourceKey.disclosure, 'reports', year, districtCode ?? 'all'],
      queryFn: ({ signal }) =>
        callUpstream('disclosureReports', { cfg: config.sources.disclosure, from: `${year}-Q1`, to: `${year}-Q4`, districtCode }, signal),
    }),
};
