import { useTranslation } from 'react-i18next';
import { useDashboardState } from '../../state/url-state';
import { useUnitsInForce } from '../../state/use-units-in-force';
import { useLevelWords } from '../../state/use-level-words';
import { ThemeMapPanel } from '../../components/map/ThemeMapPanel';
import { NotComparableNote } from '../../components/panel/NotComparableNote';
import { Deferred } from '../../components/panel/Deferred';
import { NotComparableProvider } from '../../components/panel/not-comparable-context';
import { formatPercent, formatPeriod, formatPointChange } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { AttentionPanel } from './AttentionPanel';
import { CommuneDrilldownPanel } from './CommuneDrilldownPanel';
import { ContentHeatmapPanel } from './ContentHeatmapPanel';
import { dataPeriod } from './data-period';
import { HeadlinePanel } from './HeadlinePanel';
import { PostingPanel } from './PostingPanel';
import { RankingPanel } from './RankingPanel';
import { TrendPanel } from './TrendPanel';
import { useDisclosureModel } from './use-disclosure-model';
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
  const { period, unitCode, toggleUnit } = useDashboardState();
  const model = useDisclosureModel(period, unitCode);
  const { summary, yearReports, districtReports, rollUp, contentsByBasis, unitCodes, isAvailable, allQuarters } = model;
  const { unitName, districtName, communeName, meta, districtRows, previousRows, drillCode, mapValues, province, heatmapDistricts } = model;
  const { summaryState, provinceState, drillState } = model;
  const selectUnit = toggleUnit;
  const words = useLevelWords(period);
  const { level } = useUnitsInForce(period);

  return (
    <NotComparableProvider codes={model.notComparable}>
      <div className="page disclosure-page">
        <header className="page-header">
          <h1>{t('disclosurePage.title')}</h1>
          <p data-testid="disclosure-subtitle">{t('disclosurePage.subtitle', { unit: unitName, period: formatPeriod(period, lang) })}</p>
          {model.notComparable && <NotComparableNote codes={model.notComparable} nameOf={districtName} />}
          {period.kind === 'month' && (
            <p className="kpi-note" data-testid="quarterly-note">
              {t('disclosurePage.quarterlyNote', { quarter: formatPeriod(dataPeriod(period), lang) })}
            </p>
          )}
        </header>
        <div className="page-grid">
          <HeadlinePanel rows={rollUp} period={period} unitCodes={unitCodes} scopeName={unitName} isAvailable={isAvailable} {...summaryState} />

          {/* Below the headline: rendered in the background once the figures are in (see Deferred). */}
          <Deferred>
            <div className="span-6 disclosure-cell">
              <ThemeMapPanel
                title={t('disclosurePage.map.title', words)}
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
                definition={t('disclosurePage.map.definition', { context: level === 'commune' ? 'commune' : undefined })}
                status={summary.status}
                error={summary.error}
                onRetry={() => void summary.refetch()}
                testId="panel-map"
              />
            </div>

            <RankingPanel rows={districtRows} period={period} province={province} selectedCode={unitCode} onSelect={selectUnit} meta={meta} {...summaryState} />

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
          </Deferred>
        </div>
      </div>
    </NotComparableProvider>
  );
}
