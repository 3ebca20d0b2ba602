import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { SERIES_COLOURS } from '../../components/chart/chart-theme';
import { PETITION_TYPES } from '../../domain/complaints';
import type { Period } from '../../domain/period';
import { formatNumber, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildUnitBarsOption } from './build-unit-bars-option';
import { byValueDescending, per10kOf, receivedOf, typeCounts, type CountScale } from './complaint-view';
import { PopulationNote } from './PopulationNote';
import { populationSummary } from './population-summary';
import { comparisonTable } from './tables';
import { ToggleGroup } from './ToggleGroup';
import type { ComplaintsModel } from './use-complaints-model';
import { useTableMeta } from './use-table-meta';

interface ComparisonPanelProps {
  readonly model: ComplaintsModel;
  readonly period: Period;
  readonly unitCode: string | null;
  readonly scopeName: string;
  readonly onSelect: (code: string) => void;
}

/** Petitions by type per unit, as counts or per 10,000 residents (a toggle); the largest on top. */
export function ComparisonPanel({ model, period, unitCode, scopeName, onSelect }: ComparisonPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [scale, setScale] = useState<CountScale>('per10k');
  const meta = useTableMeta(period, scopeName, model.data.asOf);
  const title = t('complaintsPage.comparison.title');

  const { option, table } = useMemo(() => {
    const units = byValueDescending(model.figures, scale === 'absolute' ? receivedOf : per10kOf);
    const counts = units.map((f) => typeCounts(f, scale));
    const format = (v: number) => formatNumber(v, lang, scale === 'absolute' ? 0 : 1);
    const extra = scale === 'per10k' ? [populationSummary(t, model.districts, model.population)] : [];
    return {
      option: buildUnitBarsOption({
        units,
        series: PETITION_TYPES.map((type, i) => ({
          name: t(`complaintsPage.types.${type}`),
          values: counts.map((c) => c[type]),
          color: SERIES_COLOURS[i] ?? '#000000',
          stack: 'types',
        })),
        format,
        selectedCode: unitCode,
        noDataLabel: t('units.noData'),
      }),
      table: comparisonTable(t, meta(title, scale === 'absolute' ? 'so-sanh-so-don' : 'so-sanh-10000-dan', extra), units, model.province, scale, model.population),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, scale, unitCode, lang, t, title]);

  const scaleLabel = t(`complaintsPage.comparison.${scale}`);
  return (
    <ChartPanel
      title={title}
      sources={['complaints']}
      asOf={model.data.asOf}
      definition={t(`complaintsPage.comparison.def_${scale}`)}
      status={model.data.status}
      error={model.data.error}
      onRetry={model.data.retry}
      table={table}
      option={option}
      height={440}
      ariaLabel={t('complaintsPage.comparison.aria', { scale: scaleLabel, period: formatPeriod(period, lang) })}
      onItemClick={({ name }) => onSelect(name)}
      selectedKey={unitCode}
      onSelectRow={onSelect}
      testId="complaints-comparison"
      className="span-6"
      controls={
        <ToggleGroup
          label={t('complaintsPage.comparison.scale')}
          options={[
            { value: 'per10k', label: t('complaintsPage.comparison.per10k') },
            { value: 'absolute', label: t('complaintsPage.comparison.absolute') },
          ]}
          value={scale}
          onChange={setScale}
          testId="comparison-scale"
        />
      }
      footnote={scale === 'per10k' ? <PopulationNote districts={model.districts} population={model.population} problems={model.populationProblems} /> : null}
    />
  );
}
