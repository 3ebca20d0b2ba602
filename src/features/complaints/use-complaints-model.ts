import { useMemo } from 'react';
import type { PopulationLookup } from '../../domain/population';
import type { PopulationProblem } from '../../domain/units';
import { usePopulation } from '../../state/use-population';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable, yearsAvailable } from '../../state/period-bounds';
import { useDistricts } from '../../state/use-districts';
import { useRebasedYears, type RebasedYearlyData } from '../../state/use-units-in-force';
import { COMPLAINT_KEYING } from '../../domain/unit-keyings';
import type { ComplaintMonth } from '../../domain/complaints';
import { monthsOf, previousPeriod, samePeriodLastYear, type MonthKey, type Period } from '../../domain/period';
import { usePeriodData } from '../../queries/use-period-data';
import { complaintData, districtFigures, provinceFigures, type ScopeFigures, type UnitLabel } from './complaint-view';
import { findSurges, surgesWithin, type Surge } from './surges';

export interface ComplaintsModel {
  readonly data: RebasedYearlyData<ComplaintMonth>;
  readonly months: readonly MonthKey[];
  readonly current: readonly ComplaintMonth[];
  readonly lastYearRecords: readonly ComplaintMonth[];
  readonly districts: readonly UnitLabel[];
  readonly districtCodes: ReadonlySet<string>;
  readonly figures: readonly ScopeFigures[];
  readonly province: ScopeFigures;
  /** The period before (the previous quarter or month; the year before for years and 6- or 9-month periods). */
  readonly previousFigures: readonly ScopeFigures[];
  readonly lastYearFigures: readonly ScopeFigures[];
  readonly lastYearProvince: ScopeFigures | null;
  /** Surges anywhere in the two years loaded, and the part of them inside the period. */
  readonly surges: readonly Surge[];
  readonly surgesInPeriod: readonly Surge[];
  /** The residents behind the per-10,000 figures, and the catalogue's populations left out as invalid. */
  readonly population: PopulationLookup;
  readonly populationProblems: readonly PopulationProblem[];
}

const COMPLAINTS_ONLY = ['complaints'] as const;

/**
 * The complaints page's data, through the one period-data hook: the period's calendar year and the one before (for
 * "same period last year" and for the surge baseline), and every figure from the catalogue's `measure()`.
 */
export function useComplaintsModel(period: Period): ComplaintsModel {
  const { t } = useTranslation();
  const config = useConfig();
  const bounds = boundsOf(config);
  const { districts: inForce, query: unitsQuery } = useDistricts(period);
  const population = usePopulation();
  const years = useMemo(() => {
    const available = new Set(yearsAvailable(bounds));
    return [period.year - 1, period.year].filter((y) => available.has(y));
  }, [bounds, period.year]);
  // Records of earlier unit sets are carried onto the units the period is shown on (previous period, last year, 2025).
  const data = useRebasedYears(usePeriodData(config, years, null, COMPLAINTS_ONLY).complaints, COMPLAINT_KEYING, period);

  const derived = useMemo(() => {
    const current = data.byYear.get(period.year) ?? [];
    const lastYearRecords = data.byYear.get(period.year - 1) ?? [];
    // Without the unit catalogue, units are still shown, by code: the complaints figures do not depend on it.
    const districts: UnitLabel[] =
      inForce.length > 0 || unitsQuery.isPending
        ? inForce.map((u) => ({ code: u.code, name: u.fullName }))
        : [...new Set(current.map((r) => r.unitCode))].toSorted().map((code) => ({ code, name: code }));
    const provinceName = t('filters.allUnits');
    const provinceCode = config.province.code;
    const indicatorData = complaintData(data.byYear, population);
    const lastYear = samePeriodLastYear(period);
    const lastYearKnown = periodAvailable(lastYear, bounds);
    const previous = previousPeriod(period);
    const surges = findSurges([...lastYearRecords, ...current]);
    return {
      months: monthsOf(period),
      current,
      lastYearRecords,
      districts,
      districtCodes: new Set(districts.map((d) => d.code)),
      figures: districtFigures(indicatorData, period, districts),
      province: provinceFigures(indicatorData, period, districts, provinceName, provinceCode),
      previousFigures: periodAvailable(previous, bounds) ? districtFigures(indicatorData, previous, districts) : [],
      lastYearFigures: lastYearKnown ? districtFigures(indicatorData, lastYear, districts) : [],
      lastYearProvince: lastYearKnown ? provinceFigures(indicatorData, lastYear, districts, provinceName, provinceCode) : null,
      surges,
      surgesInPeriod: surgesWithin(surges, monthsOf(period)),
      population,
      populationProblems: unitsQuery.data?.populationProblems ?? [],
    };
    // `period` is rebuilt from the URL on every render; its key fields are the real inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.byYear, inForce, unitsQuery.isPending, unitsQuery.data, population, period.kind, period.year, period.index, bounds, t, config.province.code]);
  return { data, ...derived };
}
