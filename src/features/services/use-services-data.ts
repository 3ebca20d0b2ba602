import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import { useDistricts } from '../../state/use-districts';
import { useRebasedYears } from '../../state/use-units-in-force';
import { CASE_FILE_KEYING } from '../../domain/unit-keyings';
import type { Period } from '../../domain/period';
import type { CaseFileMonth } from '../../domain/procedures';
import { procedureQueries } from '../../queries/procedures';
import { useYearlyQueries } from '../../queries/use-yearly-queries';
import { ownersOf, trendMonths, yearsForWindow, type Owner } from './services-metrics';
import { serviceCatalogueYear } from '../../domain/indicators';

/**
 * Everything the page reads, as separate query states so each panel can show its own: the period's year and the
 * year before (map, rankings, headline, anomalies), the twelve-month window with its comparison year (trends),
 * and the year's service catalogue (levels, department names).
 */
export function useServicesData(period: Period) {
  const config = useConfig();
  const bounds = boundsOf(config);
  const firstYear = Number(bounds.firstMonth.slice(0, 4));
  const lastYear = Number(bounds.lastMonth.slice(0, 4));
  const yearAvailable = (y: number) => y >= firstYear && y <= lastYear;

  const currentYears = [period.year - 1, period.year].filter(yearAvailable);
  // Records of earlier unit sets are carried onto the units the period is shown on (previous period, last year, 2025).
  const current = useRebasedYears(useYearlyQueries(currentYears, (y) => procedureQueries.caseFilesYear(config, y), (d) => d.records), CASE_FILE_KEYING, period);

  const window = useMemo(
    () => trendMonths(period, (p) => periodAvailable(p, bounds)),
    // bounds come from config, which does not change while the app runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [period.kind, period.year, period.index, bounds.firstMonth, bounds.lastMonth],
  );
  const windowYears = yearsForWindow(window, yearAvailable);
  const history = useRebasedYears(useYearlyQueries(windowYears, (y) => procedureQueries.caseFilesYear(config, y), (d) => d.records), CASE_FILE_KEYING, period);

  const catalogue = useQuery(procedureQueries.catalogue(config, serviceCatalogueYear(period)));
  const { districts, byCode } = useDistricts(period);

  const records: readonly CaseFileMonth[] | undefined = current.byYear.get(period.year);
  const owners = useMemo<Owner[]>(() => (records ? ownersOf(records) : []), [records]);

  /** District names from the unit catalogue (as on the map); department names from the procedure catalogue. */
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const o of catalogue.data?.owners ?? []) map.set(o.code, o.name);
    for (const [code, unit] of byCode) map.set(code, unit.fullName);
    return map;
  }, [catalogue.data, byCode]);
  const nameOf = (code: string) => names.get(code) ?? code;

  const districtCodes = useMemo(() => new Set(districts.map((d) => d.code)), [districts]);

  return { current, history, window, catalogue, records, owners, districts, districtCodes, nameOf, names };
}
