import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import { KpiBlock } from '../../components/kpi/KpiBlock';
import { Panel } from '../../components/panel';
import { kpiFigure } from '../../domain/kpi';
import { quartersOf, type Period } from '../../domain/period';
import { formatPercent, formatPointChange } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { KPI_BODY_HEIGHT } from './kpi-height';
import { disclosureQueries } from '../../queries/disclosure';
import { disclosureValues } from '../../domain/indicators/disclosure-values';

export function DisclosureOverviewPanel({ period, unitCodes, href }: { period: Period; unitCodes?: ReadonlySet<string>; href: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const bounds = boundsOf(config);
  const summary = useQuery(disclosureQueries.summary(config));

  const kpis = useMemo(() => {
    if (!summary.data) return null;
    const isAvailable = (p: Period) => periodAvailable(p, bounds);
    const v = disclosureValues(summary.data.rows, unitCodes);
    return { onTime: kpiFigure(period, v.onTimeRate, isAvailable), published: kpiFigure(period, v.publishedRate, isAvailable) };
  }, [summary.data, unitCodes, period, bounds]);

  const pct = (v: number | null) => formatPercent(v, lang);
  const pts = (d: number | null) => t('overview.points', { value: formatPointChange(d, lang) });

  return (
    <Panel
      title={t('overview.disclosureTitle')}
      sources={['disclosure']}
      asOf={summary.data?.asOf}
      definition={t('overview.disclosureDef')}
      status={summary.status}
      error={summary.error}
      onRetry={() => void summary.refetch()}
      testId="panel-disclosure"
      reserveHeight={KPI_BODY_HEIGHT}
    >
      {kpis && (
        <>
          <div className="kpis">
            <KpiBlock label={t('overview.disclosureOnTime')} figure={kpis.onTime} format={pct} formatChange={pts} higherIsBetter href={href} testId="kpi-disclosure-ontime" />
            <KpiBlock label={t('overview.disclosurePublished')} figure={kpis.published} format={pct} formatChange={pts} higherIsBetter href={href} testId="kpi-disclosure-published" />
          </div>
          {period.kind === 'month' && <p className="kpi-note">{t('overview.disclosureQuarterly', { quarter: quartersOf(period)[0] })}</p>}
        </>
      )}
    </Panel>
  );
}
