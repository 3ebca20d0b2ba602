import { exportFileName } from '../../lib/export/file-name';
import { useMemo } from 'react';
import { buildTrendOption } from '../../components/chart/build-trend-option';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { UnitScope } from '../../domain/indicators';
import { monthsOf, samePeriodLastYear, type Period } from '../../domain/period';
import type { CaseFileMonth } from '../../domain/procedures';
import { formatPercent, formatPeriod, formatPeriodShort } from '../../lib/format';
import type { YearlyData } from '../../queries/use-yearly-queries';
import { axisFloor } from './axis-floor';
import { exportContext, percentOf, type ServicesPageContext } from './page-context';
import { CONTEXT_EVENTS, ON_TIME_REFERENCE } from './service-references';
import { rateIn, serviceFigures, type Measure } from './measures';
import { monthKeyOf } from './trend-window';
import { trendTable, type TrendPoint } from './services-tables';

interface TrendPanelProps {
  readonly ctx: ServicesPageContext;
  readonly measure: Extract<Measure, 'online' | 'onTime'>;
  readonly window: readonly Period[];
  readonly history: YearlyData<CaseFileMonth>;
  readonly scope: UnitScope;
}

/**
 * One measure month by month over the twelve months ending with the period, against the same months a year
 * earlier; the period's own months and known events are shaded. On-time carries the threshold line.
 */
export function TrendPanel({ ctx, measure, window, history, scope }: TrendPanelProps) {
  const { t, lang, period } = ctx;
  const format = percentOf(lang);
  const title = t(measure === 'online' ? 'servicesPage.trend.onlineTitle' : 'servicesPage.trend.onTimeTitle', { scope: ctx.scopeName });

  const built = useMemo(() => {
    if (history.status !== 'success' || !window.length) return null;
    const points: TrendPoint[] = window.map((p) => ({
      key: monthKeyOf(p),
      label: formatPeriodShort(p, lang),
      figures: serviceFigures(history.byYear, scope, p),
      lastYear: rateIn(serviceFigures(history.byYear, scope, samePeriodLastYear(p)), measure),
    }));
    const values = points.map((p) => rateIn(p.figures, measure));
    const labelOf = new Map(points.map((p) => [p.key, p.label]));
    const inPeriod = monthsOf(period).filter((m) => labelOf.has(m));
    const shadePeriod = inPeriod.length > 0 && inPeriod.length < points.length;
    const events = CONTEXT_EVENTS.filter((e) => labelOf.has(e.from) || labelOf.has(e.to)).map((e) => ({
      from: labelOf.get(e.from) ?? (points[0]?.label as string),
      to: labelOf.get(e.to) ?? (points.at(-1)?.label as string),
      label: t(`servicesPage.eventsShort.${e.key}`),
    }));
    const target = measure === 'onTime' ? { value: ON_TIME_REFERENCE, label: t('servicesPage.target.label', { value: formatPercent(ON_TIME_REFERENCE, lang, 0) }) } : null;
    const option = buildTrendOption({
      categories: points.map((p) => p.label),
      series: [
        // A year is its own window; any other period is seen in the twelve months ending with it.
        { name: period.kind === 'year' ? formatPeriod(period, lang) : t('servicesPage.trend.current', { period: formatPeriod(period, lang) }), values },
        { name: t('servicesPage.trend.lastYear'), values: points.map((p) => p.lastYear), comparison: true },
      ],
      format,
      target,
      markAreas: [
        ...(shadePeriod
          ? [{ from: labelOf.get(inPeriod[0] as string) as string, to: labelOf.get(inPeriod.at(-1) as string) as string, label: t('servicesPage.trend.selected') }]
          : []),
        ...events,
      ],
      yMin: measure === 'onTime' ? axisFloor([...values, ...points.map((p) => p.lastYear)], [ON_TIME_REFERENCE]) : 0,
      yMax: measure === 'onTime' ? 1 : undefined,
    });
    const table = trendTable(points, measure, t, {
      title,
      context: exportContext(ctx, history.asOf, ctx.scopeName),
      fileName: exportFileName('dich-vu-cong-xu-huong', period, measure, ctx.scopeName),
    });
    const aria = t('servicesPage.trend.aria', { title, from: points[0]?.label ?? '', to: points.at(-1)?.label ?? '' });
    return { option, table, aria };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [history.status, history.byYear, window, scope, measure, lang, t, period, title, history.asOf]);

  const definition =
    measure === 'onTime'
      ? `${t('servicesPage.trend.def', { definition: t('servicesPage.measureDef.onTime') })} ${t('servicesPage.target.def', { value: formatPercent(ON_TIME_REFERENCE, lang, 0) })}`
      : t('servicesPage.trend.def', { definition: t('servicesPage.measureDef.online') });

  return (
    <ChartPanel
      title={title}
      sources={['procedures']}
      asOf={history.asOf}
      definition={definition}
      status={history.status}
      error={history.error}
      onRetry={history.retry}
      option={built?.option ?? null}
      table={built?.table ?? null}
      height={300}
      ariaLabel={built?.aria ?? title}
      testId={`services-trend-${measure === 'online' ? 'online' : 'ontime'}`}
      className="span-6"
    />
  );
}
