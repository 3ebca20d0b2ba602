import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { parsePeriod, type MonthKey, type Period } from '../../domain/period';
import { formatNumber, formatPeriodShort } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildTypeTrendOption } from './build-type-trend-option';
import { monthlyByType } from './complaint-view';
import { surgesWithin } from './surges';
import { trendTable } from './tables';
import type { ComplaintsModel } from './use-complaints-model';
import { useTableMeta } from './use-table-meta';

interface TypeTrendPanelProps {
  readonly model: ComplaintsModel;
  readonly period: Period;
  readonly unitCode: string | null;
  readonly scopeName: string;
}

/** Petitions per month of the period's year, stacked by type, against the same months a year earlier, surges shaded. */
export function TypeTrendPanel({ model, period, unitCode, scopeName }: TypeTrendPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const meta = useTableMeta(period, scopeName, model.data.asOf);
  const year = period.year;

  const { option, table } = useMemo(() => {
    const scope = unitCode ? new Set([unitCode]) : undefined;
    const months = monthlyByType(model.current, year, scope);
    const lastYearTotals = model.lastYearRecords.length ? monthlyByType(model.lastYearRecords, year - 1, scope).map((m) => m.total) : months.map(() => null);
    const monthLabel = (m: MonthKey) => formatPeriodShort(parsePeriod(m) as Period, lang);
    const nameOf = (code: string) => model.districts.find((d) => d.code === code)?.name ?? code;
    const surges = surgesWithin(
      model.surges.filter((s) => !unitCode || s.unitCode === unitCode),
      months.map((m) => m.month),
    );
    const lastYearLabel = t('complaintsPage.trend.lastYear', { year: year - 1 });
    return {
      option: buildTypeTrendOption({
        months,
        lastYearTotals,
        monthLabel,
        typeLabel: (type) => t(`complaintsPage.types.${type}`),
        lastYearLabel,
        format: (v) => formatNumber(v, lang),
        period: { months: model.months, label: t('complaintsPage.trend.period') },
        flagged: surges.map((s) => ({ months: s.months.map((m) => m.month), label: t('complaintsPage.surge.span', { unit: nameOf(s.unitCode) }) })),
      }),
      table: trendTable(t, meta(t('complaintsPage.trend.title', { year, scope: scopeName }), 'theo-thang'), months, lastYearTotals, monthLabel),
    };
    // meta depends on the period, the scope and the as-of date, all listed through their inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, year, unitCode, lang, t, scopeName]);

  return (
    <ChartPanel
      title={t('complaintsPage.trend.title', { year, scope: scopeName })}
      sources={['complaints']}
      asOf={model.data.asOf}
      definition={t('complaintsPage.trend.def')}
      status={model.data.status}
      error={model.data.error}
      onRetry={model.data.retry}
      table={table}
      option={option}
      height={360}
      ariaLabel={t('complaintsPage.trend.aria', { year, scope: scopeName })}
      testId="complaints-trend"
      className="span-12"
    />
  );
}
