import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/panel';
import { change } from '../../domain/ratio';
import { formatNumber, formatPercent, formatPointChange, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { overdueShareOf, overLevelShareOf, per10kOf, receivedOf, repeatShareOf, resolutionOf, type ScopeFigures } from './complaint-view';
import type { ComplaintsModel } from './use-complaints-model';

interface Figure {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly note?: string;
  readonly change?: string | null;
  /** Is the change good news? Decides its colour. */
  readonly good?: boolean | null;
}

/** The headline figures of the selected scope (province or unit) for the period, against the same period last year. */
export function SummaryPanel({ model, scope, lastYear }: { model: ComplaintsModel; scope: ScopeFigures; lastYear: ScopeFigures | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const k = (key: string, options?: Record<string, unknown>) => t(`complaintsPage.figures.${key}`, options);
  const pct = (v: number | null) => formatPercent(v, lang);

  const compare = (now: number | null, before: number | null, kind: 'count' | 'decimal' | 'rate', higherIsBetter: boolean) => {
    const d = change(now, before);
    if (lastYear === null || d === null) return { change: k('noLastYear'), good: null };
    const text = kind === 'rate' ? k('points', { value: formatPointChange(d, lang) }) : formatSignedNumber(d, lang, kind === 'decimal' ? 1 : 0);
    // A change that rounds to zero prints without a sign: it is neither good nor bad news.
    const signed = /[+\-−]/.test(text);
    return { change: k('vsLastYear', { change: text }), good: signed ? d > 0 === higherIsBetter : null };
  };
  const total = scope.totals;
  /** Value now, value a year earlier, and how to read the change. */
  const versus = (of: (f: ScopeFigures) => number | null, kind: 'count' | 'decimal' | 'rate', higherIsBetter: boolean) =>
    compare(of(scope), lastYear ? of(lastYear) : null, kind, higherIsBetter);

  const figures: Figure[] = [
    { id: 'received', label: k('received'), value: formatNumber(receivedOf(scope), lang), ...versus(receivedOf, 'count', false) },
    {
      id: 'per10k',
      label: k('per10k'),
      value: formatNumber(per10kOf(scope), lang, 1),
      note: scope.population === null ? undefined : k('populationNote', { population: formatNumber(scope.population, lang) }),
      ...versus(per10kOf, 'decimal', false),
    },
    { id: 'resolution', label: k('resolution'), value: pct(resolutionOf(scope)), ...versus(resolutionOf, 'rate', true) },
    {
      id: 'overdue',
      label: k('overdue'),
      value: formatNumber(total?.overdue ?? null, lang),
      note: k('overdueNote', { share: pct(overdueShareOf(scope)) }),
      ...versus(overdueShareOf, 'rate', false),
    },
    {
      id: 'over-level',
      label: k('overLevel'),
      value: formatNumber(total?.overLevel ?? null, lang),
      note: k('shareOfReceived', { share: pct(overLevelShareOf(scope)) }),
      ...versus(overLevelShareOf, 'rate', false),
    },
    {
      id: 'repeat',
      label: k('repeat'),
      value: formatNumber(total?.repeat ?? null, lang),
      note: k('shareOfReceived', { share: pct(repeatShareOf(scope)) }),
      ...versus(repeatShareOf, 'rate', false),
    },
    {
      id: 'sessions',
      label: k('sessions'),
      value: total ? k('sessionsValue', { held: formatNumber(total.chairSessionsRegular, lang), required: formatNumber(total.chairSessionsRequired, lang) }) : '–',
      note: k('sessionsNote'),
    },
  ];

  return (
    <Panel
      title={t('complaintsPage.summaryTitle', { scope: scope.name })}
      sources={['complaints']}
      asOf={model.data.asOf}
      definition={t('complaintsPage.summaryDef')}
      status={model.data.status}
      error={model.data.error}
      onRetry={model.data.retry}
      testId="complaints-summary"
      className="span-12 kpi-reserve kpi-reserve-complaints"
    >
      <dl className="complaints-figures">
        {figures.map((f) => (
          <div key={f.id} className="complaints-figure">
            <dt>{f.label}</dt>
            <dd className="complaints-figure-value" data-testid={`complaints-figure-${f.id}`}>
              {f.value}
            </dd>
            {f.note && <dd className="complaints-figure-note">{f.note}</dd>}
            {f.change && <dd className={`complaints-figure-change ${f.good === null || f.good === undefined ? '' : f.good ? 'good' : 'bad'}`}>{f.change}</dd>}
          </div>
        ))}
      </dl>
    </Panel>
  );
}
