import { useQuery } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import type { IndicatorData } from '../domain/indicators';
import { complaintQueries } from './complaints';
import { disclosureQueries } from './disclosure';
import { emulationQueries } from './emulation';
import { procedureQueries } from './procedures';
import { unitQueries } from './units';
import { useYearlyQueries } from './use-yearly-queries';

/**
 * The upstream data a period's figures need, loaded once through the shared query factories (same keys, so the
 * cache is shared by every page): the unit catalogue, the disclosure roll-up, the "Dân vận khéo" registry, the
 * years of petitions and case files asked for, and, when a year is given, that year's online service catalogue.
 * The Overview, the league table and the briefing read their figures from it through `indicatorData`.
 */
export function usePeriodData(config: AppConfig, years: readonly number[], catalogueYear: number | null = null) {
  const units = useQuery(unitQueries.catalogue(config));
  const disclosure = useQuery(disclosureQueries.summary(config));
  const registry = useQuery(emulationQueries.registry(config));
  const complaints = useYearlyQueries(years, (y) => complaintQueries.year(config, y), (d) => d.records);
  const caseFiles = useYearlyQueries(years, (y) => procedureQueries.caseFilesYear(config, y), (d) => d.records);
  const catalogue = useQuery({ ...procedureQueries.catalogue(config, catalogueYear ?? 0), enabled: catalogueYear !== null });
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
