import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboardState } from '../../state/url-state';
import { useLevelWords } from '../../state/use-level-words';
import { ThemeMapPanel } from '../../components/map/ThemeMapPanel';
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
import { rateIn, type Measure } from './measures';
import { TrendPanel } from './TrendPanel';
import { useServicesModel } from './use-services-model';
import { NotComparableNote } from '../../components/panel/NotComparableNote';
import { Deferred } from '../../components/panel/Deferred';
import { NotComparableProvider } from '../../components/panel/not-comparable-context';
import './services.css';
import './messages';

type HeadlineMeasure = Extract<Measure, 'online' | 'onTime'>;

const asPoints = (rate: number | null) => (rate === null ? null : rate * 100);

/**
 * Dịch vụ công trực tuyến: online share and on-time handling by district and department, levels, payment and
 * digitisation, and unusual months. The model hook gives every figure from the catalogue; the panels draw them.
 */
export default function ServicesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { period, unitCode, toggleUnit } = useDashboardState();
  const model = useServicesModel(period, unitCode);
  const { caseFiles: current, districtCodes, figures } = model;
  const [measure, setMeasure] = useState<HeadlineMeasure>('online');
  const [marked, setMarked] = useState<string | null>(null);

  const select = useCallback(
    (code: string) => {
      if (districtCodes.has(code)) toggleUnit(code);
      else if (model.owners.some((o) => o.code === code && o.kind === 'department')) setMarked((m) => (m === code ? null : code));
    },
    [districtCodes, model.owners, toggleUnit],
  );

  const unitCodes = useMemo(() => (unitCode ? new Set([unitCode]) : undefined), [unitCode]);
  const scopeName = unitCode ? model.nameOf(unitCode) : t('filters.allUnits');
  const words = useLevelWords(period);
  const ctx: ServicesPageContext = { t, lang, period, unitCode, marked, select, nameOf: model.nameOf, scopeName, words };

  const lastYear = useMemo(() => figures.lastYearOf(measure), [figures, measure]);
  // The map's colour scale and legend work in percentage points (0–100, "%" written after); tooltips and its
  // table format them back, so they print exactly what the rankings print.
  const mapValues = useMemo(() => new Map(figures.districtRows.map((r) => [r.code, asPoints(rateIn(r.figures, measure))])), [figures, measure]);
  const mapPrevious = useMemo(() => new Map([...districtCodes].map((code) => [code, asPoints(lastYear.get(code) ?? null)])), [districtCodes, lastYear]);

  const status = { status: current.status, error: current.error, onRetry: current.retry, asOf: current.asOf };
  const measureName = t(`servicesPage.measure.${measure}`);

  return (
    <NotComparableProvider codes={model.caseFiles.notComparable}>
      <div className="page services-page">
        <header className="page-header">
          <h1>{t('servicesPage.title')}</h1>
          <p data-testid="services-subtitle">{t('servicesPage.subtitle', { unit: scopeName, period: formatPeriod(period, lang) })}</p>
          <NotComparableNote codes={model.caseFiles.notComparable} nameOf={model.nameOf} />
        </header>
        <div className="page-grid">
          <HeadlinePanel ctx={ctx} current={current} services={model.catalogue.data?.services} unitCodes={unitCodes} scope={model.scope} />

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

          {/* Below the headline and the switch: rendered in the background once the figures are in (see Deferred). */}
          <Deferred>
            <div className="span-6 services-map">
              <ThemeMapPanel
                title={t('servicesPage.map.title', { measure: measureName, ...words })}
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
            <RankingPanel ctx={ctx} kind="district" measure={measure} rows={figures.districtRows} pooled={figures.pooled.district[measure]} lastYear={lastYear} {...status} />
            <RankingPanel ctx={ctx} kind="department" measure={measure} rows={figures.departmentRows} pooled={figures.pooled.department[measure]} lastYear={lastYear} {...status} />
            <ScopePanel ctx={ctx} figures={figures.byScope} {...status} />

            <TrendPanel ctx={ctx} measure="online" window={model.window} history={current} scope={model.scope} />
            <TrendPanel ctx={ctx} measure="onTime" window={model.window} history={current} scope={model.scope} />

            <LevelsPanel
              ctx={ctx}
              catalogue={{ status: model.catalogue.status, error: model.catalogue.error, data: model.catalogue.data, refetch: model.catalogue.refetch }}
            />
            <PaymentPanel ctx={ctx} rows={figures.rows} {...status} />

            <AnomaliesPanel ctx={ctx} records={model.records} {...status} />
          </Deferred>
        </div>
      </div>
    </NotComparableProvider>
  );
}
