import { useMemo } from 'react';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import { useDistricts } from '../../state/use-districts';
import { useRebasedYears } from '../../state/use-units-in-force';
import { CASE_FILE_KEYING } from '../../domain/unit-keyings';
import { provinceScope, serviceCatalogueYear, unitsScope } from '../../domain/indicators';
import { samePeriodLastYear, type Period } from '../../domain/period';
import type { CaseFileMonth } from '../../domain/procedures';
import { usePeriodData } from '../../queries/use-period-data';
import { figuresByOwner, figuresByScope, groupScope, MEASURES, rateIn, serviceFigures, type Measure, type OwnerFigures } from './measures';
import { ownersOf, type Owner } from './service-levels';
import type { Named } from './services-tables';
import { trendMonths, yearsForWindow } from './trend-window';

const PROCEDURES_ONLY = ['procedures', 'units'] as const;

/**
 * Everything the services page shows, from the one period-data hook: the case files of the period's year, the year
 * before and the twelve-month trend window, and the year's service catalogue (levels, department names). Every
 * figure is the catalogue's `measure()` for an owner, a group of owners or the whole province.
 */
export function useServicesModel(period: Period, unitCode: string | null) {
  const config = useConfig();
  const bounds = boundsOf(config);
  const firstYear = Number(bounds.firstMonth.slice(0, 4));
  const lastYear = Number(bounds.lastMonth.slice(0, 4));
  const yearAvailable = (y: number) => y >= firstYear && y <= lastYear;

  const window = useMemo(
    () => trendMonths(period, (p) => periodAvailable(p, bounds)),
    // bounds come from config, which does not change while the app runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [period.kind, period.year, period.index, bounds.firstMonth, bounds.lastMonth],
  );
  const years = [...new Set([period.year - 1, period.year, ...yearsForWindow(window, yearAvailable)])].filter(yearAvailable).toSorted((a, b) => a - b);
  const loaded = usePeriodData(config, years, serviceCatalogueYear(period), PROCEDURES_ONLY);
  // Records of earlier unit sets are carried onto the units the period is shown on (previous period, last year, 2025).
  const caseFiles = useRebasedYears(loaded.caseFiles, CASE_FILE_KEYING, period);
  const catalogue = loaded.catalogue;
  const { districts, byCode } = useDistricts(period);

  const records: readonly CaseFileMonth[] | undefined = caseFiles.byYear.get(period.year);
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

  const figures = useMemo(() => {
    const byYear = caseFiles.byYear;
    // Every owner's figures for the period and the same period last year: the map, the rankings and the payment
    // panel read these same rows, so a unit shows one figure wherever it appears.
    const rows: Named<OwnerFigures>[] = figuresByOwner(byYear, period, owners).map((r) => ({ ...r, name: names.get(r.code) ?? r.code }));
    const lastYearRows = figuresByOwner(byYear, samePeriodLastYear(period), owners);
    const lastYearOf = (m: Measure) => new Map(lastYearRows.map((r) => [r.code, rateIn(r.figures, m)]));
    const districtRows = rows.filter((r) => r.kind === 'district' && districtCodes.has(r.code));
    const departmentRows = rows.filter((r) => r.kind === 'department');
    const pooledOf = (group: readonly Owner[], kind: Owner['kind']) =>
      Object.fromEntries(MEASURES.map((m) => [m, rateIn(serviceFigures(byYear, groupScope(group, kind), period), m)])) as Record<Measure, number | null>;
    return {
      rows,
      districtRows,
      departmentRows,
      lastYearOf,
      pooled: { district: pooledOf(districtRows, 'district'), department: pooledOf(departmentRows, 'department') },
      byScope: records ? figuresByScope(byYear, period, owners) : null,
    };
    // `period` is rebuilt from the URL on every render; its key fields are the real inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseFiles.byYear, period.kind, period.year, period.index, owners, names, districtCodes, records]);

  // The headline and trends: the selected district's own files, or "Toàn tỉnh", the whole province (every owner).
  const scope = useMemo(
    () => (unitCode ? unitsScope([unitCode]) : provinceScope([...districtCodes])),
    [unitCode, districtCodes],
  );

  return { caseFiles, window, catalogue, records, owners, districts, districtCodes, nameOf, names, figures, scope };
}

export type ServicesModel = ReturnType<typeof useServicesModel>;
