import { exportFileName } from '../../lib/export/file-name';
import { useMemo } from 'react';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import { formatPercent, formatPeriod } from '../../lib/format';
import { buildGroupedBarsOption } from './build-grouped-bars-option';
import { withNarrowLayout } from './narrow-layout';
import { exportContext, percentOf, type ServicesPageContext } from './page-context';
import { MEASURES, SCOPES, rateIn, type Scope, type ServiceFigures } from './measures';
import { scopeTable } from './services-tables';

interface ScopePanelProps {
  readonly ctx: ServicesPageContext;
  /** Departments, districts and the whole province, from the catalogue; null until the case files are in. */
  readonly figures: Readonly<Record<Scope, ServiceFigures | null>> | null;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf: string | null;
}

/** Provincial departments, district committees and the province (their sum) on the four rates, grouped. */
export function ScopePanel({ ctx, figures, status, error, onRetry, asOf }: ScopePanelProps) {
  const { t, lang, period } = ctx;
  const title = t('servicesPage.compare.title', ctx.words);
  const built = useMemo(() => {
    if (!figures) return null;
    const bars = buildGroupedBarsOption({
      categories: MEASURES.map((m) => ({ key: m, label: t(`servicesPage.measureShort.${m}`) })),
      series: SCOPES.map((s) => ({ name: t(`servicesPage.kind.${s}`, ctx.words), values: MEASURES.map((m) => rateIn(figures[s], m)) })),
      format: percentOf(lang),
      axisFormat: (v) => formatPercent(v, lang, 0),
      noDataLabel: t('units.noData'),
      horizontal: true,
      max: 1,
      colours: ['#E69F00', '#0072B2', '#4a5866'],
    });
    const option = withNarrowLayout(bars, 110);
    const table = scopeTable(figures, SCOPES, t, ctx.words, { title, context: exportContext(ctx, asOf), fileName: exportFileName('dich-vu-cong-so-nganh-cap-huyen', period) });
    return { option, table };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [figures, period, lang, t, title, asOf, ctx.words]);

  return (
    <ChartPanel
      title={title}
      sources={['procedures']}
      asOf={asOf}
      definition={`${t('servicesPage.compare.def', ctx.words)} ${t('servicesPage.pooledNote')}`}
      status={status}
      error={error}
      onRetry={onRetry}
      option={built?.option ?? null}
      table={built?.table ?? null}
      height={340}
      ariaLabel={t('servicesPage.compare.aria', { period: formatPeriod(period, lang), ...ctx.words })}
      testId="services-scopes"
      className="span-6"
    />
  );
}

