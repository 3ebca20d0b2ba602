import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLevelWords } from '../../state/use-level-words';
import { useUnitsInForce } from '../../state/use-units-in-force';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { buildRankingOption } from '../../components/chart/build-ranking-option';
import type { Period } from '../../domain/period';
import { formatNumber, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { monthsBelowMinimum, requiredSessions, unitsBelowMinimum } from './complaint-view';
import { receptionTable } from './tables';
import type { ComplaintsModel } from './use-complaints-model';
import { useTableMeta } from './use-table-meta';

interface ReceptionPanelProps {
  readonly model: ComplaintsModel;
  readonly period: Period;
  readonly unitCode: string | null;
  readonly scopeName: string;
  readonly onSelect: (code: string) => void;
}

/**
 * Regular citizen-reception sessions held by each district chair against the legal minimum for the period
 * (Law on Citizen Reception 2013, Art. 13): the minimum is the target line, units below it are coloured.
 */
export function ReceptionPanel({ model, period, unitCode, scopeName, onSelect }: ReceptionPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const meta = useTableMeta(period, scopeName, model.data.asOf);
  const words = useLevelWords(period);
  const { level } = useUnitsInForce(period);
  const title = t('complaintsPage.reception.title', words);

  const { option, table, below } = useMemo(() => {
    const required = requiredSessions(model.figures);
    const rows = model.figures.map((f) => ({ code: f.code, name: f.name, value: f.totals?.chairSessionsRegular ?? null }));
    const monthsBelow = new Map(model.figures.map((f) => [f.code, monthsBelowMinimum(model.current, model.months, f.code)]));
    const count = (v: number) => formatNumber(v, lang);
    return {
      option: buildRankingOption(rows, {
        format: count,
        better: 'higher',
        selectedCode: unitCode,
        target: required === null ? null : { value: required, label: t('complaintsPage.reception.target', { count: required }) },
        noDataLabel: t('units.noData'),
      }),
      table: receptionTable(t, meta(title, 'tiep-cong-dan'), model.figures, monthsBelow),
      below: unitsBelowMinimum(model.figures).map((f) => f.name),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, unitCode, lang, t, title]);

  return (
    <ChartPanel
      title={title}
      sources={['complaints']}
      asOf={model.data.asOf}
      definition={t('complaintsPage.reception.def', { context: level === 'commune' ? 'commune' : undefined })}
      status={model.data.status}
      error={model.data.error}
      onRetry={model.data.retry}
      table={table}
      option={option}
      height={440}
      ariaLabel={t('complaintsPage.reception.aria', { period: formatPeriod(period, lang) })}
      onItemClick={({ name }) => onSelect(name)}
      selectedKey={unitCode}
      onSelectRow={onSelect}
      testId="complaints-reception"
      className="span-6"
      footnote={
        <p className="chart-note" data-testid="reception-below">
          {below.length ? t('complaintsPage.reception.below', { units: below.join(', ') }) : t('complaintsPage.reception.allMet')}
        </p>
      }
    />
  );
}
