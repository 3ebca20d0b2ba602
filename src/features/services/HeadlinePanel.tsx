import { Panel } from '../../components/panel';
import type { UnitScope } from '../../domain/indicators';
import { samePeriodLastYear } from '../../domain/period';
import type { CaseFileMonth, ServiceLevelRecord } from '../../domain/procedures';
import { countServiceLevels, type LevelCounts } from '../../domain/procedures-metrics';
import { change } from '../../domain/ratio';
import { formatNumber, formatPercent, formatSignedNumber } from '../../lib/format';
import type { YearlyData } from '../../queries/use-yearly-queries';
import { pointsOf, type ServicesPageContext } from './page-context';
import { MEASURES, denominatorIn, rateIn, serviceFigures, type Measure } from './measures';

interface HeadlinePanelProps {
  readonly ctx: ServicesPageContext;
  readonly current: YearlyData<CaseFileMonth>;
  readonly services: readonly ServiceLevelRecord[] | undefined;
  readonly unitCodes: ReadonlySet<string> | undefined;
  /** The selected district's own files, or the whole province (every owner). */
  readonly scope: UnitScope;
}

const TEST_ID: Record<Measure, string> = {
  online: 'services-kpi-online',
  onTime: 'services-kpi-ontime',
  paidOnline: 'services-kpi-paid',
  digitised: 'services-kpi-digitised',
};

/** A catalogue that mixes schemes has no headline count; the levels panel says why. */
function safeLevels(services: readonly ServiceLevelRecord[] | undefined, unitCodes: ReadonlySet<string> | undefined): LevelCounts | null {
  if (!services) return null;
  try {
    return countServiceLevels(services, unitCodes);
  } catch {
    return null;
  }
}

/** The period's figures for the selected district or the province, each against the same period last year. */
export function HeadlinePanel({ ctx, current, services, unitCodes, scope }: HeadlinePanelProps) {
  const { t, lang, period } = ctx;
  const now = serviceFigures(current.byYear, scope, period);
  const before = serviceFigures(current.byYear, scope, samePeriodLastYear(period));
  // Case files received: the denominator of the online share.
  const received = denominatorIn(now, 'online');
  const levels = safeLevels(services, unitCodes);
  const points = pointsOf(t, lang);

  const figure = (testId: string, label: string, value: string, delta: string | null, good: boolean | null) => (
    <div key={testId} className="services-figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd className="services-figure__value" data-testid={`${testId}-value`}>
        {value}
      </dd>
      <dd className={`services-figure__change${good === null ? '' : good ? ' is-good' : ' is-bad'}`}>
        {delta === null ? t('servicesPage.headline.noComparison') : `${delta} ${t('servicesPage.headline.vsLastYear')}`}
      </dd>
    </div>
  );

  const receivedChange = change(received, denominatorIn(before, 'online'));
  return (
    <Panel
      title={`${t('servicesPage.headline.title')} · ${ctx.scopeName}`}
      sources={['procedures']}
      asOf={current.asOf}
      definition={`${t('servicesPage.headline.def', ctx.words)} ${t('servicesPage.pooledNote')}`}
      status={current.status}
      error={current.error}
      onRetry={current.retry}
      testId="services-headline"
      className="span-12 kpi-reserve kpi-reserve-services"
    >
      <dl className="services-figures">
        {figure(
          'services-kpi-received',
          t('servicesPage.headline.received'),
          formatNumber(received, lang),
          receivedChange === null ? null : formatSignedNumber(receivedChange, lang),
          null,
        )}
        {MEASURES.map((m) => {
          const value = rateIn(now, m);
          const delta = change(value, rateIn(before, m));
          return figure(TEST_ID[m], t(`servicesPage.measure.${m}`), formatPercent(value, lang), delta === null ? null : points(delta), delta === null || delta === 0 ? null : delta > 0);
        })}
      </dl>
      {levels && (
        <p className="services-levels-headline" data-testid="services-levels-headline">
          {levels.scheme === 'decree43'
            ? t('servicesPage.headline.levels43', { year: period.year, level3: formatNumber(levels.byLevel[3], lang), level4: formatNumber(levels.byLevel[4], lang) })
            : t('servicesPage.headline.levels42', { year: period.year, full: formatNumber(levels.byLevel.full, lang), partial: formatNumber(levels.byLevel.partial, lang) })}
        </p>
      )}
    </Panel>
  );
}
