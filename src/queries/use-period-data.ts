import { useQuery } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import type { IndicatorData } from '../domain/indicators';
import { complaintQueries } from './complaints';
import { disclosureQueries } from './disclosure';
import { emulationQueries } from './emulation';
import { procedureQueries } from './procedures';
import { unitQueries } from './units';
import { useYearlyQueries } from './use-yearly-queries';

/** The upstream systems a period's figures come from; a theme page asks only for its own. */
export type PeriodSystem = 'units' | 'disclosure' | 'complaints' | 'procedures' | 'emulation';
export const PERIOD_SYSTEMS: readonly PeriodSystem[] = ['units', 'disclosure', 'complaints', 'procedures', 'emulation'];
const NO_YEARS: readonly number[] = [];

/**
 * The upstream data a period's figures need, loaded once through the shared query factories (same keys, so the
 * cache is shared by every page): the unit catalogue, the disclosure roll-up, the "Dân vận khéo" registry, the
 * years of petitions and case files asked for, and, when a year is given, that year's online service catalogue.
 * The Overview, the league table, the briefing and the theme pages read their figures from it through `indicatorData`;
 * a theme page names the systems it shows (`systems`), and the others are not asked.
 */
export function usePeriodData(
  config: AppConfig,
  years: readonly number[],
  catalogueYear: number | null = null,
  systems: readonly PeriodSystem[] = PERIOD_SYSTEMS,
) {
  const wants = (s: PeriodSystem) => systems.includes(s);
  const units = useQuery({ ...unitQueries.catalogue(config), enabled: wants('units') });
  const disclosure = useQuery({ ...disclosureQueries.summary(config), enabled: wants('disclosure') });
  const registry = useQuery({ ...emulationQueries.registry(config), enabled: wants('emulation') });
  const complaints = useYearlyQueries(wants('complaints') ? years : NO_YEARS, (y) => complaintQueries.year(config, y), (d) => d.records);
  const caseFiles = useYearlyQueries(wants('procedures') ? years : NO_YEARS, (y) => procedureQueries.caseFilesYear(config, y), (d) => d.records);
  const catalogue = useQuery({ ...procedureQueries.catalogue(config, catalogueYear ?? 0), enabled: catalogueYear !== null && wants('procedures') });
  return { units, disclosure, registry, complaints, caseFiles, catalogue, catalogueYear };
}

export type PeriodData = ReturnType<typeof usePeriodData>;

/** What `measure()` reads, from the loaded data; a system that failed or has not answered is null. */
export function indicatorData(d: PeriodData, population: IndicatorData['population']): IndicatorData {
  return {
    disclosureRows: d.disclosure.data?.rows ?? null,
    complaintsByYear: d.complaints.status === 'success' ? d.complaints.byYear : null,
    caseFilesByYear: d.caseFiles.status === 'success' ? d.caseFiles.byYear : null,
    models: d.registry.data?.models ?? null,
    serviceCatalogues: d.catalogue.data && d.catalogueYear !== null ? new Map([[d.catalogueYear, d.catalogue.data.services]]) : null,
    population,
  };
}
