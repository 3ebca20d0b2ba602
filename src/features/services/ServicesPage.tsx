import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboardState } from '../../state/url-state';
import { ThemeMapPanel } from '../../components/map/ThemeMapPanel';
import { samePeriodLastYear } from '../../domain/period';
import { formatPercent, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { AnomaliesPanel } from './AnomaliesPanel';
import { HeadlinePanel } from './HeadlinePanel';
import { LevelsPanel } from './LevelsPanel';
import { pointsOf, type ServicesPageContext } from './page-context';
import { PaymentPanel } from './PaymentPanel';
import { RankingPanel } from './RankingPanel';
import { ScopePanel } from './ScopePanel';
import { SegmentedSwitch } from './SegmentedSwitch';
import { measureRate, totalsByOwner, type Measure } from './services-metrics';
import type { Named } from './services-tables';
import type { OwnerTotals } from './services-metrics';
import { TrendPanel } from './TrendPanel';
import { useServicesData } from './use-services-data';
import { NotComparableNote } from '../../components/panel/NotComparableNote';
import './services.css';
import './messages';

type HeadlineMeasure = Extract<Measure, 'online' | 'onTime'>;

const asPoints = (rate: number | null) => (rate === null ? null : rate * 100);

export default function ServicesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { period, unitCode, toggleUnit } = useDashboardState();
  const data = useServicesData(period);
  const { current, districtCodes } = data;
  const [measure, setMeasure] = useState<HeadlineMeasure>('online');
  const [marked, setMarked] = useState<string | null>(null);

  const select = useCallback(
    (code: string) => {
      if (districtCodes.has(code)) toggleUnit(code);
      else if (data.owners.some((o) => o.code === code && o.kind === 'department')) setMarked((m) => (m === code ? null : code));
    },
    [districtCodes, data.owners, toggleUnit],
  );

  const unitCodes = useMemo(() => (unitCode ? new Set([unitCode]) : undefined), [unitCode]);
  const scopeName = unitCode ? data.nameOf(unitCode) : t('filters.allUnits');
  const ctx: ServicesPageContext = { t, lang, period, unitCode, marked, select, nameOf: data.nameOf, scopeName };

  // Every owner's totals for the period and the same period last year: the map, the rankings and the payment
  // panel read these same rows, so a unit shows one figure wherever it appears.
  const rows = useMemo<Named<OwnerTotals>[]>(
    () => totalsByOwner(data.records, period, data.owners).map((r) => ({ ...r, name: data.nameOf(r.code) })),
    // nameOf is rebuilt with `names`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.records, period, data.owners, data.names],
  );
  const lastYearRows = useMemo(
    () => totalsByOwner(current.byYear.get(period.year - 1), samePeriodLastYear(period), data.owners),
    [current.byYear, period, data.owners],
  );
  const lastYear = useMemo(() => new Map(lastYearRows.map((r) => [r.code, measureRate(r.totals, measure)])), [lastYearRows, measure]);

  const districtRows = useMemo(() => rows.filter((r) => r.kind === 'district' && districtCodes.has(r.code)), [rows, districtCodes]);
  const departmentRows = useMemo(() => rows.filter((r) => r.kind === 'department'), [rows]);
  // The map's colour scale and legend work in percentage points (0–100, "%" written after); tooltips and its
  // table format them back, so they print exactly what the rankings print.
  const mapValues = useMemo(() => new Map(districtRows.map((r) => [r.code, asPoints(measureRate(r.totals, measure))])), [districtRows, measure]);
  const mapPrevious = useMemo(() => new Map([...districtCodes].map((code) => [code, asPoints(lastYear.get(code) ?? null)])), [districtCodes, lastYear]);

  const status = { status: current.status, error: current.error, onRetry: current.retry, asOf: current.asOf };
  const measureName = t(`servicesPage.measure.${measure}`);

  return (
    <div className="page services-page">
      <header className="page-header">
        <h1>{t('servicesPage.title')}</h1>
        <p data-testid="services-subtitle">{t('servicesPage.subtitle', { unit: scopeName, period: formatPeriod(period, lang) })}</p>
        <NotComparableNote codes={current.notComparable} nameOf={data.nameOf} />
      </header>
      <div className="page-grid">
        <HeadlinePanel ctx={ctx} current={current} services={data.catalogue.data?.services} unitCodes={unitCodes} />

        <div className="span-12 services-toolbar">
          <SegmentedSwitch
            legend={t('servicesPage.measureSwitch')}
            options={[
              { value: 'online', label: t('servicesPage.measure.online') },
              { value: 'onTime', label: t('servicesPage.measure.onTime') },
            ]}
            value={measure}
            onChange={setMeasure}
            testId="services-measure"
          />
        </div>

        <div className="span-6 services-map">
          <ThemeMapPanel
            title={t('servicesPage.map.title', { measure: measureName })}
            period={period}
            values={mapValues}
            previousValues={mapPrevious}
            unitOfMeasure="%"
            formatValue={(v) => formatPercent(v / 100, lang)}
            formatChange={(d) => pointsOf(t, lang)(d / 100)}
            direction="higher-is-better"
            domain={{ min: 0, max: 100 }}
            sources={['procedures']}
            asOf={current.asOf}
            definition={t('servicesPage.map.def', { definition: t(`servicesPage.measureDef.${measure}`) })}
            status={current.status}
            error={current.error}
            onRetry={current.retry}
            testId="services-map"
          />
        </div>
        <RankingPanel ctx={ctx} kind="district" measure={measure} rows={districtRows} lastYear={lastYear} {...status} />
        <RankingPanel ctx={ctx} kind="department" measure={measure} rows={departmentRows} lastYear={lastYear} {...status} />
        <ScopePanel ctx={ctx} records={data.records} {...status} />

        <TrendPanel ctx={ctx} measure="online" window={data.window} history={data.history} unitCodes={unitCodes} />
        <TrendPanel ctx={ctx} measure="onTime" window={data.window} history={data.history} unitCodes={unitCodes} />

        <LevelsPanel
          ctx={ctx}
          catalogue={{ status: data.catalogue.status, error: data.catalogue.error, data: data.catalogue.data, refetch: data.catalogue.refetch }}
        />
        <PaymentPanel ctx={ctx} rows={rows} {...status} />

        <AnomaliesPanel ctx={ctx} records={data.records} {...status} />
      </div>
    </div>
  );
}
