import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { useDashboardState } from '../../state/url-state';
import { LeftOutProvider, Panel, type PanelStatus } from '../../components/panel';
import { DataTable } from '../../components/table/DataTable';
import { monthsOf } from '../../domain/period';
import {
  COMPLAINT_RULES,
  DISCLOSURE_RULES,
  emulationRules,
  issuesWithin,
  PROCEDURE_RULES,
  QUALITY_SYSTEMS,
  summariseIssues,
  type QualityIssue,
  type QualitySystem,
} from '../../domain/quality';
import { formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { complaintQueries } from '../../queries/complaints';
import { disclosureQueries } from '../../queries/disclosure';
import { emulationQueries } from '../../queries/emulation';
import { procedureQueries } from '../../queries/procedures';
import type { QualityChecked } from '../../queries/quality';
import { unitQueries } from '../../queries/units';
import { DownloadButtons } from './DownloadButtons';
import { issueTable } from './issue-table';
import './data-quality.css';
import './messages';

interface SystemState {
  readonly system: QualitySystem;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly data: (QualityChecked & { asOf: string }) | undefined;
  readonly retry: () => void;
}

const stateOf = (system: QualitySystem, q: { status: PanelStatus; error: unknown; data?: QualityChecked & { asOf: string }; refetch: () => unknown }): SystemState => ({
  system,
  status: q.status,
  error: q.error,
  data: q.data,
  retry: () => void q.refetch(),
});

/**
 * Every record the checked upstream systems sent for the period that the figures leave out, by system, with the
 * unit code, period, field, value and rule broken, so the province's IT staff can take it back to the system's owners.
 */
export default function DataQualityPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const { period } = useDashboardState();
  const catalogue = useQuery(unitQueries.catalogue(config));
  const disclosure = useQuery(disclosureQueries.summary(config));
  const complaints = useQuery(complaintQueries.year(config, period.year));
  const caseFiles = useQuery(procedureQueries.caseFilesYear(config, period.year));
  const registry = useQuery(emulationQueries.registry(config));
  const systems: SystemState[] = [stateOf('disclosure', disclosure), stateOf('complaints', complaints), stateOf('procedures', caseFiles), stateOf('emulation', registry)];
  const periodText = formatPeriod(period, lang);
  const months = monthsOf(period);
  const names = useMemo(() => new Map((catalogue.data?.districts ?? []).map((u) => [u.code, u.fullName])), [catalogue.data]);

  const issuesOf = (s: SystemState): QualityIssue[] => (s.data ? issuesWithin(s.data.issues, months) : []);
  const summaries = summariseIssues(systems.flatMap(issuesOf), QUALITY_SYSTEMS);
  const unchecked = systems.filter((s) => s.data?.unitScope === 'unchecked');
  const lastYear = registry.data ? Number(registry.data.asOf.slice(0, 4)) : period.year;

  return (
    <LeftOutProvider value={null}>
      <div className="page data-quality-page">
        <header className="page-header">
          <h1>{t('dataQualityPage.title')}</h1>
          <p>{t('dataQualityPage.subtitle', { period: periodText })}</p>
        </header>
        <p className="data-quality-intro">{t('dataQualityPage.intro')}</p>
        <ul className="data-quality-summary" data-testid="data-quality-summary">
          {summaries.map((s) => (
            <li key={s.system}>{t('dataQualityPage.summary', { system: t(`sources.${s.system}`), records: s.records })}</li>
          ))}
          {unchecked.map((s) => (
            <li key={`unchecked-${s.system}`} role="alert">
              {t('dataQualityPage.unchecked', { system: t(`sources.${s.system}`) })}
            </li>
          ))}
        </ul>
        {systems.map((s) => {
          const issues = issuesOf(s);
          const systemName = t(`sources.${s.system}`);
          const table = issueTable(
            issues,
            {
              title: t('dataQualityPage.panelTitle', { system: systemName }),
              context: [periodText, `${t('panel.source')}: ${systemName}`],
              fileName: `chat-luong-du-lieu-${s.system}-${period.year}`,
              headers: t('dataQualityPage.col', { returnObjects: true }) as Parameters<typeof issueTable>[1]['headers'],
              inCatalogue: t('dataQualityPage.inCatalogue'),
              needs: (field) => t('dataQualityPage.needs', { field }),
              validity: (dates) => t('dataQualityPage.validity', { dates }),
              unitName: (code) => names.get(code) ?? t('dataQualityPage.unknownUnit'),
            },
            lang,
          );
          return (
            <Panel
              key={s.system}
              testId={`data-quality-${s.system}`}
              title={table.title}
              sources={[s.system]}
              asOf={s.data?.asOf ?? null}
              status={s.status}
              error={s.error}
              onRetry={s.retry}
              definition={t('dataQualityPage.panelDef')}
              actions={issues.length > 0 ? <DownloadButtons table={table} /> : null}
            >
              {s.system === 'emulation' && issues.length > 0 && <p className="data-quality-note">{t('dataQualityPage.registryNote')}</p>}
              {issues.length === 0 ? <p>{t('dataQualityPage.noIssues')}</p> : <DataTable table={table} searchable pageSize={20} caption={table.title} />}
            </Panel>
          );
        })}
        <Panel title={t('dataQualityPage.rulesTitle')} sources={QUALITY_SYSTEMS} status="success" testId="data-quality-rules">
          <RuleList system="disclosure" rules={DISCLOSURE_RULES} />
          <RuleList system="complaints" rules={COMPLAINT_RULES} />
          <RuleList system="procedures" rules={PROCEDURE_RULES} />
          <RuleList system="emulation" rules={emulationRules(lastYear)} />
        </Panel>
      </div>
    </LeftOutProvider>
  );
}

function RuleList({ system, rules }: { system: QualitySystem; rules: readonly { id: string; field: string; description: { vi: string; en: string } }[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <details className="data-quality-rules">
      <summary>{t(`sources.${system}`)}</summary>
      <ul>
        {rules.map((r) => (
          <li key={r.id}>
            {r.description[lang]} <code>{r.field}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
