import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { Panel, type PanelStatus } from '../../components/panel';
import { groupContentsByBasis } from '../../domain/disclosure-contents';
import type { Period } from '../../domain/period';
import { rateOf } from '../../domain/ratio';
import { formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { disclosureQueries } from '../../queries/disclosure';
import { communeExtremes, type CommuneOnTime } from './commune-extremes';

/** Disclosure is a commune duty: the district's best and worst communes by on-time share in the period. */
export function CommunesPanel({ code, period, communeNames, className }: { code: string; period: Period; communeNames: ReadonlyMap<string, string>; className?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const reports = useQuery(disclosureQueries.reports(config, period, code));
  const contents = useQuery(disclosureQueries.contents(config));
  const status: PanelStatus = reports.isError || contents.isError ? 'error' : reports.isPending || contents.isPending ? 'pending' : 'success';

  const extremes = useMemo(
    () => (reports.data && contents.data ? communeExtremes(reports.data.reports, groupContentsByBasis(contents.data.contents), period, code) : null),
    [reports.data, contents.data, period, code],
  );

  const list = (rows: readonly CommuneOnTime[], testId: string) => (
    <ol className="commune-list" data-testid={testId}>
      {rows.map((c) => (
        <li key={c.code} data-code={c.code}>
          <span className="commune-name">{communeNames.get(c.code) ?? c.code}</span>
          <span className="commune-rate">{formatPercent(c.onTime, lang)}</span>
          {c.filed < c.reports && <small className="commune-unfiled">{t('rankingsPage.unit.notFiled', { count: c.reports - c.filed, total: c.reports })}</small>}
        </li>
      ))}
    </ol>
  );

  return (
    <Panel
      title={t('rankingsPage.unit.communesTitle')}
      sources={['disclosure']}
      asOf={reports.data?.asOf}
      definition={t('rankingsPage.unit.communesDef')}
      status={status}
      error={reports.error ?? contents.error}
      onRetry={() => {
        if (reports.isError) void reports.refetch();
        if (contents.isError) void contents.refetch();
      }}
      testId="panel-communes"
      className={className}
    >
      {extremes && extremes.communes === 0 && <p>{t('rankingsPage.unit.communesNone')}</p>}
      {extremes && extremes.communes > 0 && (
        <>
          <p className="kpi-note">
            {t('rankingsPage.unit.communesCount', { count: extremes.communes, rate: formatPercent(extremes.district ? rateOf(extremes.district.rates.onTime) : null, lang) })}
          </p>
          <div className="commune-columns">
            <div>
              <h3>{t('rankingsPage.unit.communesBest')}</h3>
              {list(extremes.best, 'communes-best')}
            </div>
            <div>
              <h3>{t('rankingsPage.unit.communesWorst')}</h3>
              {list(extremes.worst, 'communes-worst')}
            </div>
          </div>
        </>
      )}
    </Panel>
  );
}
