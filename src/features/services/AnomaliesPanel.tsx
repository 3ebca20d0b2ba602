import { exportFileName } from '../../lib/export/file-name';
import { useMemo } from 'react';
import { buildTrendOption } from '../../components/chart/build-trend-option';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import { monthKey, type Period } from '../../domain/period';
import type { CaseFileMonth } from '../../domain/procedures';
import { formatNumber, formatPercent, formatPeriod, formatPeriodShort } from '../../lib/format';
import { detectLateAnomalies, LATE_ANOMALY_RULE, monthlyLateShare, type LateAnomaly } from './late-anomalies';
import { exportContext, percentOf, type ServicesPageContext } from './page-context';
import { CONTEXT_EVENTS, eventsDuring } from './service-references';
import { anomalyTable } from './services-tables';

interface AnomaliesPanelProps {
  readonly ctx: ServicesPageContext;
  readonly records: readonly CaseFileMonth[] | undefined;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf: string | null;
}

const monthPeriod = (month: string): Period => ({ kind: 'month', year: Number(month.slice(0, 4)), index: Number(month.slice(5, 7)) });

/**
 * The months of the period's year in which a unit resolved an unusual share of its files late, found from the
 * data (late-anomalies.ts), listed with their context and drawn against the province's monthly late share.
 */
export function AnomaliesPanel({ ctx, records, status, error, onRetry, asOf }: AnomaliesPanelProps) {
  const { t, lang, period } = ctx;
  const year = period.year;
  const title = t('servicesPage.anomalies.title', { year });

  const built = useMemo(() => {
    if (!records) return null;
    const anomalies = detectLateAnomalies(records);
    const months = Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1)).filter((m) => records.some((r) => r.month === m));
    const labels = months.map((m) => formatPeriodShort(monthPeriod(m), lang));
    const labelOf = new Map(months.map((m, i) => [m, labels[i] as string]));
    // The flagged units, then the selected district, each as its own line beside the province.
    const lineCodes = [...new Set([...anomalies.map((a) => a.ownerCode), ...(ctx.unitCode ? [ctx.unitCode] : [])])];
    const codeByName = new Map(lineCodes.map((c) => [ctx.nameOf(c), c]));
    const option = buildTrendOption({
      categories: labels,
      series: [
        { name: t('servicesPage.anomalies.province'), values: monthlyLateShare(records, months) },
        ...lineCodes.map((code) => ({ name: ctx.nameOf(code), values: monthlyLateShare(records, months, new Set([code])) })),
      ],
      format: percentOf(lang),
      markAreas: CONTEXT_EVENTS.filter((e) => labelOf.has(e.from) || labelOf.has(e.to)).map((e) => ({
        from: labelOf.get(e.from) ?? (labels[0] as string),
        to: labelOf.get(e.to) ?? (labels.at(-1) as string),
        label: t(`servicesPage.eventsShort.${e.key}`),
      })),
      yMin: 0,
    });
    const contextOf = (a: LateAnomaly) =>
      eventsDuring(a.month)
        .map((e) => t('servicesPage.anomalies.during', { event: t(`servicesPage.events.${e.key}`) }))
        .join('; ');
    const table = anomalyTable(
      anomalies,
      (a) => ({ name: ctx.nameOf(a.ownerCode), monthLabel: formatPeriod(monthPeriod(a.month), lang), context: contextOf(a) }),
      t,
      { title, context: exportContext(ctx, asOf), fileName: exportFileName('dich-vu-cong-thang-bat-thuong', { kind: 'year', year }) },
    );
    return { anomalies, option, table, codeByName, contextOf };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [records, year, lang, t, ctx.unitCode, ctx.nameOf, title, asOf]);

  const pct = (v: number) => formatPercent(v, lang);
  const summary = built && (
    <div className="services-anomalies" data-testid="services-anomalies-list">
      {built.anomalies.length === 0 ? (
        <p>{t('servicesPage.anomalies.none', { year })}</p>
      ) : (
        <>
          <p>{t('servicesPage.anomalies.found', { count: built.anomalies.length })}</p>
          <ul>
            {built.anomalies.map((a) => {
              const context = built.contextOf(a);
              return (
                <li key={`${a.ownerCode}-${a.month}`} data-code={a.ownerCode} data-month={a.month}>
                  {t('servicesPage.anomalies.item', {
                    unit: ctx.nameOf(a.ownerCode),
                    month: formatPeriod(monthPeriod(a.month), lang),
                    share: pct(a.lateShare),
                    baseline: pct(a.baseline),
                    overdue: formatNumber(a.overdue, lang),
                  })}
                  {context && ` (${context})`}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );

  return (
    <ChartPanel
      title={title}
      sources={['procedures']}
      asOf={asOf}
      definition={t('servicesPage.anomalies.def', {
        ratio: formatNumber(LATE_ANOMALY_RULE.minRatio, lang),
        points: formatNumber(LATE_ANOMALY_RULE.minPoints * 100, lang),
        minLate: formatNumber(LATE_ANOMALY_RULE.minLate, lang),
      })}
      status={status}
      error={error}
      onRetry={onRetry}
      option={built?.option ?? null}
      table={built?.table ?? null}
      height={300}
      ariaLabel={t('servicesPage.anomalies.aria', { year })}
      onItemClick={(p) => {
        const code = p.seriesName ? built?.codeByName.get(p.seriesName) : undefined;
        if (code) ctx.select(code);
      }}
      selectedKey={ctx.unitCode ?? ctx.marked}
      onSelectRow={ctx.select}
      testId="services-anomalies"
      className="span-12"
      controls={summary}
    />
  );
}
