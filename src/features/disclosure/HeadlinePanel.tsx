import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Sparkline } from '../../components/kpi/Sparkline';
import { Panel, type PanelStatus } from '../../components/panel';
import { kpiFigure, type KpiFigure } from '../../domain/kpi';
import type { Period } from '../../domain/period';
import { formatNumber, formatPercent, formatPeriodShort, formatPointChange } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { DistrictDisclosureQuarter } from '../../domain/disclosure';
import { valueFunction } from '../../domain/indicators/value-functions';
import { DISCLOSURE_MEASURES, indicatorOf, scopeTotals, type DisclosureMeasure } from './measures';

interface HeadlinePanelProps {
  readonly rows: readonly DistrictDisclosureQuarter[] | null;
  readonly period: Period;
  readonly unitCodes?: ReadonlySet<string>;
  readonly scopeName: string;
  readonly isAvailable: (p: Period) => boolean;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf?: string | null;
}

const changeClass = (delta: number | null) => (delta === null || delta === 0 ? '' : delta > 0 ? 'up-good' : 'down-bad');
const arrow = (delta: number | null) => (delta === null || delta === 0 ? '' : delta > 0 ? '▲ ' : '▼ ');

/**
 * The headline (share of required contents disclosed on time) and the four shares behind it, for the selected unit
 * or the province, each against the previous period and the same period last year, computed as the Overview does.
 */
export function HeadlinePanel(props: HeadlinePanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { rows, period, unitCodes, isAvailable } = props;

  const figures = useMemo(() => {
    if (!rows) return null;
    return DISCLOSURE_MEASURES.map((m) => ({
      measure: m,
      figure: kpiFigure(period, valueFunction(indicatorOf(m), { disclosureRows: rows }, unitCodes), isAvailable),
    }));
  }, [rows, period, unitCodes, isAvailable]);
  const totals = rows ? scopeTotals(rows, period, unitCodes) : null;
  // Years and 6- and 9-month periods are compared with the year before: one comparison, said once.
  const previousIsLastYear = period.kind === 'year' || period.kind === 'half' || period.kind === 'nine';

  const change = (delta: number | null) => t('disclosurePage.headline.points', { value: formatPointChange(delta, lang) });
  const figure = (measure: DisclosureMeasure, f: KpiFigure) => (
    <div key={measure} className={`disclosure-kpi${measure === 'onTime' ? ' headline' : ''}`} data-testid={`kpi-${measure}`}>
      <p className="kpi-label">{t(`disclosurePage.measure.${measure}`)}</p>
      <p className="kpi-value" data-testid={`kpi-${measure}-value`}>
        {formatPercent(f.current, lang)}
      </p>
      <ul className="kpi-changes">
        {!previousIsLastYear && (
          <li className={changeClass(f.changeVsPrevious)}>
            {f.previous === null ? t('disclosurePage.headline.noComparison') : `${arrow(f.changeVsPrevious)}${change(f.changeVsPrevious)}`}{' '}
            <span>{t('disclosurePage.headline.vsPrevious')}</span>
          </li>
        )}
        <li className={changeClass(f.changeVsLastYear)}>
          {f.lastYear === null ? t('disclosurePage.headline.noComparison') : `${arrow(f.changeVsLastYear)}${change(f.changeVsLastYear)}`}{' '}
          <span>{t('disclosurePage.headline.vsLastYear')}</span>
        </li>
      </ul>
      <Sparkline
        values={f.trend.map((p) => p.value)}
        label={`${t('disclosurePage.headline.trend', { count: f.trend.length })}: ${f.trend.map((p) => `${formatPeriodShort(p.period, lang)} ${formatPercent(p.value, lang)}`).join('; ')}`}
      />
    </div>
  );

  return (
    <Panel
      title={t('disclosurePage.headline.title', { scope: props.scopeName })}
      sources={['disclosure']}
      asOf={props.asOf}
      definition={t('disclosurePage.headline.definition')}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      testId="panel-headline"
      className="span-12 kpi-reserve kpi-reserve-disclosure"
    >
      {figures && <div className="disclosure-kpis">{figures.map(({ measure, figure: f }) => figure(measure, f))}</div>}
      {totals && (
        <p className="kpi-note" data-testid="headline-counts">
          {t('disclosurePage.headline.counts', {
            onTime: formatNumber(totals.publishedOnTime, lang),
            required: formatNumber(totals.required, lang),
            filed: formatNumber(totals.filed, lang),
            reports: formatNumber(totals.reports, lang),
          })}
        </p>
      )}
    </Panel>
  );
}
