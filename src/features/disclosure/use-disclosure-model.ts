import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import { useDistricts } from '../../state/use-districts';
import { DISCLOSURE_KEYING } from '../../domain/unit-keyings';
import { groupContentsByBasis } from '../../domain/disclosure-contents';
import { previousPeriod, quarterKey, quarterOfMonth, type Period } from '../../domain/period';
import type { Language } from '../../lib/i18n';
import { disclosureQueries } from '../../queries/disclosure';
import { usePeriodData } from '../../queries/use-period-data';
import { localContentName } from './content-names';
import { lowestOnTimeDistrict } from './default-drill-unit';
import { quarterRange } from './disclosure-trend';
import { scopeTotals, shareOf } from './measures';
import { combinedStatus } from './query-status';
import type { DistrictTotalsRow } from './tables';
import { useTableMeta } from './use-table-meta';

const NO_YEARS: readonly number[] = [];
const DISCLOSURE_ONLY = ['disclosure', 'units'] as const;

/** The map's scale and legend work in percent (0–100); the domain keeps fractions. */
const toPercentPoints = (fraction: number | null) => (fraction === null ? null : fraction * 100);

/**
 * Everything the disclosure page shows: the district roll-up (map, ranking, trend, headline; every share from the
 * catalogue's `measure()`), the contents lists and the commune reports of the period's quarters (content and commune views), and
 * the district the commune drill-down opens on.
 */
export function useDisclosureModel(period: Period, unitCode: string | null) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const bounds = boundsOf(config);
  const { districts, byCode, communesByCode, inForce } = useDistricts(period);

  // The district roll-up through the one period-data hook (the cache the Overview, league table and slides share).
  const summary = usePeriodData(config, NO_YEARS, null, DISCLOSURE_ONLY).disclosure;
  const contents = useQuery(disclosureQueries.contents(config));
  const yearReports = useQuery(disclosureQueries.reports(config, period));

  // Quarters of earlier unit sets are carried onto the units the period is shown on (see useUnitsInForce).
  const rebased = useMemo(() => (summary.data ? inForce.rebase(summary.data.rows, DISCLOSURE_KEYING) : null), [summary.data, inForce]);
  const rollUp = rebased?.records ?? null;
  const notComparable = rebased?.notComparable ?? null;
  const contentsByBasis = useMemo(
    () => (contents.data ? groupContentsByBasis(contents.data.contents.map((c) => ({ ...c, name: localContentName(c, lang) }))) : null),
    [contents.data, lang],
  );
  const unitCodes = useMemo(() => (unitCode ? new Set([unitCode]) : undefined), [unitCode]);
  const isAvailable = useCallback((p: Period) => periodAvailable(p, bounds), [bounds]);
  const allQuarters = useMemo(() => {
    const [fy, fm] = bounds.firstMonth.split('-').map(Number) as [number, number];
    const [ly, lm] = bounds.lastMonth.split('-').map(Number) as [number, number];
    return quarterRange(quarterKey(fy, quarterOfMonth(fm)), quarterKey(ly, quarterOfMonth(lm)));
  }, [bounds]);

  const unitName = unitCode ? (byCode.get(unitCode)?.fullName ?? unitCode) : t('filters.allUnits');
  const districtName = useCallback((code: string) => byCode.get(code)?.fullName ?? code, [byCode]);
  const communeName = useCallback((code: string) => communesByCode.get(code)?.fullName ?? code, [communesByCode]);
  const meta = useTableMeta(period, unitName);

  // One set of district totals feeds the map, the ranking, the posting chart and their tables.
  const districtRows = useMemo<DistrictTotalsRow[]>(() => {
    if (!rollUp) return [];
    return districts.map((d) => ({ code: d.code, name: d.fullName, totals: scopeTotals(rollUp, period, new Set([d.code])) }));
  }, [rollUp, period, districts]);
  const previousRows = useMemo(() => {
    if (!rollUp) return new Map<string, number | null>();
    const before = previousPeriod(period);
    return new Map(districts.map((d) => [d.code, toPercentPoints(shareOf(scopeTotals(rollUp, before, new Set([d.code])), 'onTime'))]));
  }, [rollUp, period, districts]);
  // With no unit chosen, the communes shown are those of the district lowest on time (named in the panel).
  const drillCode = unitCode ?? lowestOnTimeDistrict(districtRows);
  const districtReports = useQuery({ ...disclosureQueries.reports(config, period, drillCode ?? undefined), enabled: drillCode !== null });
  const mapValues = useMemo(() => new Map(districtRows.map((r) => [r.code, toPercentPoints(shareOf(r.totals, 'onTime'))])), [districtRows]);
  const province = rollUp ? scopeTotals(rollUp, period) : null;
  const heatmapDistricts = useMemo(() => districts.map((d) => ({ code: d.code, name: d.fullName })), [districts]);

  const summaryState = { status: summary.status, error: summary.error, onRetry: () => void summary.refetch(), asOf: summary.data?.asOf };
  const provinceState = combinedStatus([yearReports, contents]);
  const drillState = combinedStatus([districtReports, contents]);


  return {
    summary,
    contents,
    yearReports,
    districtReports,
    rollUp,
    notComparable,
    contentsByBasis,
    unitCodes,
    isAvailable,
    allQuarters,
    unitName,
    districtName,
    communeName,
    meta,
    districtRows,
    previousRows,
    drillCode,
    mapValues,
    province,
    heatmapDistricts,
    summaryState,
    provinceState,
    drillState,
  };
}
