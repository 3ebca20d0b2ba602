import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import { useDashboardState } from '../../state/url-state';
import { useDistricts } from '../../state/use-districts';
import { ThemeMapPanel } from '../../components/map/ThemeMapPanel';
import { groupContentsByBasis } from '../../domain/disclosure-contents';
import { previousPeriod, quarterKey, quarterOfMonth, type Period } from '../../domain/period';
import { formatPercent, formatPeriod, formatPointChange } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { disclosureQueries } from '../../queries/disclosure';
import { AttentionPanel } from './AttentionPanel';
import { CommuneDrilldownPanel } from './CommuneDrilldownPanel';
import { ContentHeatmapPanel } from './ContentHeatmapPanel';
import { localContentName } from './content-names';
import { dataPeriod } from './data-period';
import { lowestOnTimeDistrict } from './default-drill-unit';
import { quarterRange } from './disclosure-trend';
import { HeadlinePanel } from './HeadlinePanel';
import { scopeTotals, shareOf } from './measures';
import { PostingPanel } from './PostingPanel';
import { combinedStatus } from './query-status';
import { RankingPanel } from './RankingPanel';
import type { DistrictTotalsRow } from './tables';
import { TrendPanel } from './TrendPanel';
import { useTableMeta } from './use-table-meta';
import './disclosure.css';
import './messages';

/**
 * Disclosure under the grassroots-democracy rules: the headline share disclosed on time, where (map, ranking), how it
 * moved (trend across the 2023-07 switch from 11 to 14 contents), which contents lag (district × content), which
 * communes (drill-down, communes needing attention), and posting time and quarterly lists.
 * Map, ranking, trend and headline use the app's district roll-up; the content and commune views its commune reports.
 */
export default function DisclosurePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const bounds = boundsOf(config);
  const { period, unitCode, toggleUnit } = useDashboardState();
  const { districts, byCode, communesByCode } = useDistricts(period);

  const summary = useQuery(disclosureQueries.summary(config));
  const contents = useQuery(disclosureQueries.contents(config));
  const yearReports = useQuery(disclosureQueries.reportsYear(config, period.year));

  const rollUp = summary.data?.rows ?? null;
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
  const selectUnit = toggleUnit;
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
  const districtReports = useQuery({ ...disclosureQueries.reportsYear(config, period.year, drillCode ?? undefined), enabled: drillCode !== null });
  const mapValues = useMemo(() => new Map(districtRows.map((r) => [r.code, toPercentPoints(shareOf(r.totals, 'onTime'))])), [districtRows]);
  const province = rollUp ? scopeTotals(rollUp, period) : null;
  const heatmapDistricts = useMemo(() => districts.map((d) => ({ code: d.code, name: d.fullName })), [districts]);

  const summaryState = { status: summary.status, error: summary.error, onRetry: () => void summary.refetch(), asOf: summary.data?.asOf };
  const provinceState = combinedStatus([yearReports, contents]);
  const drillState = combinedStatus([districtReports, contents]);

  return (
    <div className="page disclosure-page">
      <header className="page-header">
        <h1>{t('disclosurePage.title')}</h1>
        <p data-testid="disclosure-subtitle">{t('disclosurePage.subtitle', { unit: unitName, period: formatPeriod(period, lang) })}</p>
        {period.kind === 'month' && (
          <p className="kpi-note" data-testid="quarterly-note">
            {t('disclosurePage.quarterlyNote', { quarter: formatPeriod(dataPeriod(period), lang) })}
          </p>
        )}
      </header>
      <div className="page-grid">
        <HeadlinePanel rows={rollUp} period={period} unitCodes={unitCodes} scopeName={unitName} isAvailable={isAvailable} {...summaryState} />

        <div className="span-6 disclosure-cell">
          <ThemeMapPanel
            title={t('disclosurePage.map.title')}
            period={period}
            values={mapValues}
            previousValues={previousRows}
            unitOfMeasure="%"
            formatValue={(v) => formatPercent(v / 100, lang)}
            formatChange={(d) => t('disclosurePage.headline.points', { value: formatPointChange(d / 100, lang) })}
            direction="higher-is-better"
            domain={{ min: 0, max: 100 }}
            sources={['disclosure']}
            asOf={summary.data?.asOf}
            definition={t('disclosurePage.map.definition')}
            status={summary.status}
            error={summary.error}
            onRetry={() => void summary.refetch()}
            testId="panel-map"
          />
        </div>

        <RankingPanel rows={districtRows} province={province} selectedCode={unitCode} onSelect={selectUnit} meta={meta} {...summaryState} />

        <TrendPanel rows={rollUp} quarters={allQuarters} period={period} unitCodes={unitCodes} scopeName={unitName} meta={meta} {...summaryState} />

        <AttentionPanel
          reports={yearReports.data?.reports ?? null}
          contentsByBasis={contentsByBasis}
          period={period}
          communeName={communeName}
          districtName={districtName}
          selectedCode={unitCode}
          onSelect={selectUnit}
          meta={meta}
          status={provinceState.status}
          error={provinceState.error}
          onRetry={provinceState.retry}
          asOf={yearReports.data?.asOf}
        />

        <PostingPanel rows={districtRows} contentsByBasis={contentsByBasis} period={period} selectedCode={unitCode} onSelect={selectUnit} meta={meta} {...summaryState} />

        <ContentHeatmapPanel
          reports={yearReports.data?.reports ?? null}
          contentsByBasis={contentsByBasis}
          period={period}
          districts={heatmapDistricts}
          selectedCode={unitCode}
          onSelect={selectUnit}
          meta={meta}
          status={provinceState.status}
          error={provinceState.error}
          onRetry={provinceState.retry}
          asOf={yearReports.data?.asOf}
        />

        <CommuneDrilldownPanel
          unitCode={drillCode}
          unitName={drillCode ? districtName(drillCode) : unitName}
          note={unitCode === null && drillCode !== null ? t('disclosurePage.drill.defaultNote') : undefined}
          reports={districtReports.data?.reports ?? null}
          contentsByBasis={contentsByBasis}
          period={period}
          communeName={communeName}
          meta={meta}
          status={drillState.status}
          error={drillState.error}
          onRetry={drillState.retry}
          asOf={districtReports.data?.asOf}
        />
      </div>
    </div>
  );
}

/** The map's scale and legend work in percent (0–100); the domain keeps fractions. */
const toPercentPoints = (fraction: number | null) => (fraction === null ? null : fraction * 100);
