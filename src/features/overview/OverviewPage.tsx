import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KpiBlock } from '../../components/kpi/KpiBlock';
import { Panel } from '../../components/panel';
import { Deferred } from '../../components/panel/Deferred';
import { registryCovers, serviceCatalogueYear } from '../../domain/indicators';
import { kpiFigure, yearsForKpi } from '../../domain/kpi';
import type { Period } from '../../domain/period';
import { countServiceLevels } from '../../domain/procedures-metrics';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import { ROUTES } from '../../state/routes';
import { useDashboardState, useViewSearch } from '../../state/url-state';
import { formatNumber, formatPercent, formatPeriod, formatPointChange, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { DisclosureOverviewPanel } from './DisclosureOverviewPanel';
import { KPI_BODY_HEIGHT, KPI_BODY_HEIGHT_WITH_NOTE } from './kpi-height';
import { caseFileValues, complaintValues, emulationValues } from '../../domain/indicators/value-functions';
import { usePeriodData } from '../../queries/use-period-data';
import { CASE_FILE_KEYING, COMPLAINT_KEYING } from '../../domain/unit-keyings';
import { useDistricts } from '../../state/use-districts';
import { useRebasedYears } from '../../state/use-units-in-force';

interface OverviewPageProps {
  /** The league table's top and bottom three, drawn by the rankings feature and handed in by the app shell. */
  readonly rankingPanel?: ReactNode;
}

export default function OverviewPage({ rankingPanel }: OverviewPageProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const { period, unitCode } = useDashboardState();
  const search = useViewSearch();
  const bounds = boundsOf(config);
  const isAvailable = (p: Period) => periodAvailable(p, bounds);
  const years = yearsForKpi(period, isAvailable);
  const unitCodes = useMemo(() => (unitCode ? new Set([unitCode]) : undefined), [unitCode]);

  const loaded = usePeriodData(config, years, serviceCatalogueYear(period));
  const { catalogue, registry } = loaded;
  // A selected unit is one of the set the period is shown on; earlier sets' records are carried onto it.
  const complaints = useRebasedYears(loaded.complaints, COMPLAINT_KEYING, period);
  const caseFiles = useRebasedYears(loaded.caseFiles, CASE_FILE_KEYING, period);
  const { byCode } = useDistricts(period);
  const unitName = unitCode ? (byCode.get(unitCode)?.fullName ?? unitCode) : t('filters.allUnits');


  const pct = (v: number | null) => formatPercent(v, lang);
  const pts = (d: number | null) => t('overview.points', { value: formatPointChange(d, lang) });
  const count = (v: number | null) => formatNumber(v, lang);
  const countChange = (d: number | null) => formatSignedNumber(d, lang);
  const href = (path: string) => `${path}${search}`;

  const complaintKpis = useMemo(() => {
    const v = complaintValues(complaints.byYear, unitCodes);
    return { received: kpiFigure(period, v.received, isAvailable), resolution: kpiFigure(period, v.resolutionRate, isAvailable) };
    // isAvailable depends only on bounds, which come from config.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complaints.byYear, unitCodes, period, bounds]);

  const caseFileKpis = useMemo(() => {
    const v = caseFileValues(caseFiles.byYear, unitCodes);
    return { online: kpiFigure(period, v.onlineShare, isAvailable), onTime: kpiFigure(period, v.onTimeRate, isAvailable) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseFiles.byYear, unitCodes, period, bounds]);

  // Model counts are annual stocks: a quarter or month shows the stock at the end of the year before it.
  const stockYear: Period = { kind: 'year', year: period.kind === 'year' ? period.year : period.year - 1 };
  const emulationKpis = useMemo(() => {
    if (!registry.data) return null;
    const v = emulationValues(registry.data.models, unitCodes);
    // One stock rule everywhere: a year end is compared with the year end before wherever the registry reaches back.
    const models = registry.data.models;
    const yearAvailable = (p: Period) => registryCovers(models, p.year) && p.year <= Number(bounds.lastMonth.slice(0, 4));
    return { models: kpiFigure(stockYear, v.models, yearAvailable), exemplary: kpiFigure(stockYear, v.exemplary, yearAvailable) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [registry.data, unitCodes, stockYear.year, bounds]);

  // The stock shown is a year end; its comparison is the year end before that, named, never "last year" of the period.
  const stockComparison = t('overview.vsYearEnd', { year: stockYear.year - 1 });

  const levels = useMemo(() => {
    if (!catalogue.data) return null;
    return countServiceLevels(catalogue.data.services, unitCodes);
  }, [catalogue.data, unitCodes]);

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('overview.title')}</h1>
        <p data-testid="overview-subtitle">{t('overview.subtitle', { unit: unitName, period: formatPeriod(period, lang) })}</p>
      </header>
      <div className="grid">
        <DisclosureOverviewPanel period={period} unitCodes={unitCodes} href={href(ROUTES.disclosure)} />

        <Panel
          title={t('overview.complaintsTitle')}
          sources={['complaints']}
          asOf={complaints.asOf}
          definition={t('overview.complaintsDef')}
          status={complaints.status}
          error={complaints.error}
          onRetry={complaints.retry}
          testId="panel-complaints"
          reserveHeight={KPI_BODY_HEIGHT}
        >
          <div className="kpis">
            <KpiBlock label={t('overview.complaintsReceived')} figure={complaintKpis.received} format={count} formatChange={countChange} higherIsBetter={false} href={href(ROUTES.complaints)} testId="kpi-complaints-received" />
            <KpiBlock label={t('overview.complaintsResolution')} figure={complaintKpis.resolution} format={pct} formatChange={pts} higherIsBetter href={href(ROUTES.complaints)} testId="kpi-complaints-resolution" />
          </div>
        </Panel>

        <Panel
          title={t('overview.servicesTitle')}
          sources={['procedures']}
          asOf={caseFiles.asOf}
          definition={t('overview.servicesDef')}
          status={caseFiles.status}
          error={caseFiles.error}
          onRetry={caseFiles.retry}
          testId="panel-services"
          reserveHeight={KPI_BODY_HEIGHT_WITH_NOTE}
        >
          <div className="kpis">
            <KpiBlock label={t('overview.servicesOnline')} figure={caseFileKpis.online} format={pct} formatChange={pts} higherIsBetter href={href(ROUTES.services)} testId="kpi-services-online" />
            <KpiBlock label={t('overview.servicesOnTime')} figure={caseFileKpis.onTime} format={pct} formatChange={pts} higherIsBetter href={href(ROUTES.services)} testId="kpi-services-ontime" />
          </div>
          {levels && (
            <p className="kpi-note" data-testid="services-levels">
              {levels.scheme === 'decree43'
                ? `${t('overview.servicesLevel3')} (${serviceCatalogueYear(period)}): ${count(levels.byLevel[3])} · ${t('overview.servicesLevel4')}: ${count(levels.byLevel[4])}`
                : `${t('overview.servicesFull')} (${serviceCatalogueYear(period)}): ${count(levels.byLevel.full)} · ${t('overview.servicesPartial')}: ${count(levels.byLevel.partial)}`}
            </p>
          )}
        </Panel>

        <Panel
          title={t('overview.emulationTitle')}
          sources={['emulation']}
          asOf={registry.data?.asOf}
          definition={t('overview.emulationDef')}
          status={registry.status}
          error={registry.error}
          onRetry={() => void registry.refetch()}
          testId="panel-emulation"
          reserveHeight={KPI_BODY_HEIGHT}
        >
          {emulationKpis && (
            <>
              <div className="kpis">
                <KpiBlock label={t('overview.emulationModels')} figure={emulationKpis.models} format={count} formatChange={countChange} higherIsBetter href={href(ROUTES.emulation)} testId="kpi-emulation-models" comparisonLabel={stockComparison} />
                <KpiBlock label={t('overview.emulationExemplary')} figure={emulationKpis.exemplary} format={count} formatChange={countChange} higherIsBetter href={href(ROUTES.emulation)} testId="kpi-emulation-exemplary" comparisonLabel={stockComparison} />
              </div>
              <p className="kpi-note">{t('overview.emulationAsOfYear', { year: stockYear.year })}</p>
            </>
          )}
        </Panel>

        {/* The top and bottom units, under the headline figures: rendered in the background (see Deferred). */}
        <Deferred>{rankingPanel}</Deferred>
      </div>
    </div>
  );
}
