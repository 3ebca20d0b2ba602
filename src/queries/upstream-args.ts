import type { AppConfig } from '../config/schema';
import { quarterKey, quarterOfMonth, quartersOf, type Period, type QuarterKey } from '../domain/period';

/**
 * The arguments of each upstream call the queries make, built in one place: the queries send them, and the page's
 * head start (src/app/head-start.ts) asks the upstream worker for the very same calls before the page's code has
 * loaded, so that the worker can hand the answer in flight to the query that asks next. Plain data only: they
 * travel to the worker and name the call there.
 */
export const upstreamArgs = {
  unitCatalogue: (config: AppConfig) => ({ cfg: config.sources.units, provinceCode: config.province.code }),
  complaintMonths: (config: AppConfig, year: number) => ({ cfg: config.sources.complaints, from: `${year}-01`, to: `${year}-12` }) as const,
  caseFiles: (config: AppConfig, year: number) => ({ cfg: config.sources.procedures, from: `${year}-01`, to: `${year}-12` }) as const,
  serviceCatalogue: (config: AppConfig, year: number) => ({ cfg: config.sources.procedures, year }),
  disclosureContents: (config: AppConfig) => ({ cfg: config.sources.disclosure }),
  disclosureSummary: (config: AppConfig) => ({ cfg: config.sources.disclosure, ...quarterSpan(config) }),
  disclosureReports: (config: AppConfig, from: QuarterKey, to: QuarterKey, districtCode?: string) => ({ cfg: config.sources.disclosure, from, to, districtCode }),
  emulationRegistry: (config: AppConfig) => ({ cfg: config.sources.emulation }),
};

/** Every quarter the systems hold data for (config.periods). */
function quarterSpan(config: AppConfig): { from: QuarterKey; to: QuarterKey } {
  const [fy, fm] = config.periods.firstMonth.split('-').map(Number) as [number, number];
  const [ly, lm] = config.periods.lastMonth.split('-').map(Number) as [number, number];
  return { from: quarterKey(fy, quarterOfMonth(fm)), to: quarterKey(ly, quarterOfMonth(lm)) };
}

/** The first and last quarter a period touches: the commune reports a period's views read. */
export function reportQuarters(period: Period): { from: QuarterKey; to: QuarterKey } {
  const quarters = quartersOf(period);
  return { from: quarters[0] as QuarterKey, to: quarters[quarters.length - 1] as QuarterKey };
}
