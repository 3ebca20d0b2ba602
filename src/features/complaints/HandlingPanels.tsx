import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { Period } from '../../domain/period';
import { rateOf, ratio } from '../../domain/ratio';
import { formatNumber, formatPercent, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildUnitBarsOption } from './build-unit-bars-option';
import { byValueDescending, overdueShareOf, overLevelShareOf, pendingInTime, repeatShareOf } from './complaint-view';
import { handlingTable, qualityTable } from './tables';
import type { ComplaintsModel } from './use-complaints-model';
import { useTableMeta } from './use-table-meta';

interface PanelProps {
  readonly model: ComplaintsModel;
  readonly period: Period;
  readonly unitCode: string | null;
  readonly scopeName: string;
  readonly onSelect: (code: string) => void;
}

const COLOURS = { resolved: '#009E73', pending: '#b8c4cf', overdue: '#D55E00', repeat: '#0072B2', overLevel: '#CC79A7' } as const;

/** Cases within jurisdiction per unit as 100 %: resolved, pending in time, overdue; worst overdue share on top. */
export function HandlingPanel({ model, period, unitCode, scopeName, onSelect }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const meta = useTableMeta(period, scopeName, model.data.asOf);
  const title = t('complaintsPage.handling.title');

  const { option, table } = useMemo(() => {
    const units = byValueDescending(model.figures, overdueShareOf);
    const share = (part: (f: (typeof units)[number]) => number) => units.map((f) => (f.totals ? rateOf(ratio(part(f), f.totals.withinJurisdiction)) : null));
    return {
      option: buildUnitBarsOption({
        units,
        series: [
          { name: t('complaintsPage.handling.resolved'), values: share((f) => f.totals?.resolved ?? 0), color: COLOURS.resolved, stack: 'cases' },
          { name: t('complaintsPage.handling.pendingInTime'), values: share((f) => (f.totals ? pendingInTime(f.totals) : 0)), color: COLOURS.pending, stack: 'cases' },
          {
            name: t('complaintsPage.handling.overdue'),
            values: share((f) => f.totals?.overdue ?? 0),
            color: COLOURS.overdue,
            stack: 'cases',
            labels: units.map((f) => (f.totals ? t('complaintsPage.handling.overdueLabel', { count: formatNumber(f.totals.overdue, lang) }) : null)),
          },
        ],
        format: (v) => formatPercent(v, lang),
        selectedCode: unitCode,
        max: 1,
        noDataLabel: t('units.noData'),
      }),
      table: handlingTable(t, meta(title, 'giai-quyet-qua-han'), units, model.province),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, unitCode, lang, t, title]);

  return (
    <ChartPanel
      title={title}
      sources={['complaints']}
      asOf={model.data.asOf}
      definition={t('complaintsPage.handling.def')}
      status={model.data.status}
      error={model.data.error}
      onRetry={model.data.retry}
      table={table}
      option={option}
      height={440}
      ariaLabel={t('complaintsPage.handling.aria', { period: formatPeriod(period, lang) })}
      onItemClick={({ name }) => onSelect(name)}
      selectedKey={unitCode}
      onSelectRow={onSelect}
      testId="complaints-handling"
      className="span-6"
    />
  );
}

/** Repeat and over-level petitions as shares of those received, per unit; highest over-level share on top. */
export function QualityPanel({ model, period, unitCode, scopeName, onSelect }: PanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const meta = useTableMeta(period, scopeName, model.data.asOf);
  const title = t('complaintsPage.quality.title');

  const { option, table } = useMemo(() => {
    const units = byValueDescending(model.figures, overLevelShareOf);
    return {
      option: buildUnitBarsOption({
        units,
        series: [
          { name: t('complaintsPage.quality.overLevelShare'), values: units.map(overLevelShareOf), color: COLOURS.overLevel },
          { name: t('complaintsPage.quality.repeatShare'), values: units.map(repeatShareOf), color: COLOURS.repeat },
        ],
        format: (v) => formatPercent(v, lang),
        selectedCode: unitCode,
        noDataLabel: t('units.noData'),
      }),
      table: qualityTable(t, meta(title, 'trung-lap-vuot-cap'), units, model.province),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, unitCode, lang, t, title]);

  return (
    <ChartPanel
      title={title}
      sources={['complaints']}
      asOf={model.data.asOf}
      definition={t('complaintsPage.quality.def')}
      status={model.data.status}
      error={model.data.error}
      onRetry={model.data.retry}
      table={table}
      option={option}
      height={480}
      ariaLabel={t('complaintsPage.quality.aria', { period: formatPeriod(period, lang) })}
      onItemClick={({ name }) => onSelect(name)}
      selectedKey={unitCode}
      onSelectRow={onSelect}
      testId="complaints-quality"
      className="span-6"
    />
  );
}
