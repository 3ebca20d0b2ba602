import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { buildRankingOption, rankRows } from '../../components/chart/build-ranking-option';
import { ThemeMapPanel } from '../../components/map/ThemeMapPanel';
import type { Period } from '../../domain/period';
import { formatNumber, formatPercent, formatPeriod, formatPointChange, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { headlineValue, type Headline, type ScopeFigures } from './complaint-view';
import { PopulationNote } from './PopulationNote';
import { populationSummary } from './population-summary';
import { headlineTable } from './tables';
import type { ComplaintsModel } from './use-complaints-model';
import { useTableMeta } from './use-table-meta';

interface HeadlinePanelsProps {
  readonly model: ComplaintsModel;
  readonly period: Period;
  readonly headline: Headline;
  readonly unitCode: string | null;
  readonly scopeName: string;
  readonly onSelect: (code: string) => void;
}

const valuesOf = (figures: readonly ScopeFigures[], headline: Headline) => new Map(figures.map((f) => [f.code, headlineValue(f, headline)]));

/** The map's legend prints class bounds with the unit after them: rates go to it in per cent (87,5 %), not as 0,875. */
const onMapScale = (values: ReadonlyMap<string, number | null>, headline: Headline) =>
  headline === 'per10k' ? values : new Map([...values].map(([code, v]) => [code, v === null ? null : v * 100]));

/** The headline indicator as a map and as a ranking of units: the same values, from the same figures. */
export function HeadlinePanels({ model, period, headline, unitCode, scopeName, onSelect }: HeadlinePanelsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const meta = useTableMeta(period, scopeName, model.data.asOf);
  const per10k = headline === 'per10k';
  const format = per10k ? (v: number) => formatNumber(v, lang, 1) : (v: number) => formatPercent(v, lang);
  const formatChange = per10k
    ? (d: number) => formatSignedNumber(d, lang, 1)
    : (d: number) => t('complaintsPage.figures.points', { value: formatPointChange(d, lang) });

  const values = useMemo(() => valuesOf(model.figures, headline), [model.figures, headline]);
  const mapValues = useMemo(() => onMapScale(values, headline), [values, headline]);
  const previousMapValues = useMemo(
    () => (model.previousFigures.length ? onMapScale(valuesOf(model.previousFigures, headline), headline) : undefined),
    [model.previousFigures, headline],
  );
  const mapFormat = per10k ? format : (v: number) => formatPercent(v / 100, lang);
  const mapFormatChange = per10k ? formatChange : (d: number) => formatChange(d / 100);
  const provinceValue = headlineValue(model.province, headline);
  const better = per10k ? 'lower' : 'higher';
  const title = t(`complaintsPage.ranking.title_${headline}`);

  const { option, table } = useMemo(() => {
    const flagged = new Set(model.surgesInPeriod.map((s) => s.unitCode));
    const rows = model.figures.map((f) => ({
      code: f.code,
      name: flagged.has(f.code) ? t('complaintsPage.surge.mark', { name: f.name }) : f.name,
      value: values.get(f.code) ?? null,
    }));
    const byCode = new Map(model.figures.map((f) => [f.code, f]));
    const ranked = rankRows(rows, better).flatMap((r) => byCode.get(r.code) ?? []);
    return {
      option: buildRankingOption(rows, {
        format,
        better,
        selectedCode: unitCode,
        reference: provinceValue === null ? null : { value: provinceValue, label: t('complaintsPage.ranking.province', { value: format(provinceValue) }) },
        noDataLabel: t('units.noData'),
      }),
      table: headlineTable(t, meta(title, `xep-hang-${headline}`), ranked, model.province),
    };
    // format, meta and better follow from headline, lang and the period: those are the real inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, values, unitCode, provinceValue, headline, lang, t, title]);

  const status = model.data.status;
  return (
    <>
      <div className="span-6">
        <ThemeMapPanel
          title={t(`complaintsPage.map.title_${headline}`)}
          period={period}
          values={mapValues}
          previousValues={previousMapValues}
          unitOfMeasure={per10k ? t('complaintsPage.map.unit_per10k') : '%'}
          formatValue={mapFormat}
          formatChange={mapFormatChange}
          direction={per10k ? 'lower-is-better' : 'higher-is-better'}
          domain={per10k ? undefined : { min: 0, max: 100 }}
          sources={['complaints']}
          asOf={model.data.asOf}
          definition={per10k ? t('complaintsPage.map.def_per10k', { population: populationSummary(t, model.districts, model.population) }) : t('complaintsPage.map.def_resolution')}
          status={status}
          error={model.data.error}
          onRetry={model.data.retry}
          testId="complaints-map"
        />
      </div>
      <ChartPanel
        title={title}
        sources={['complaints']}
        asOf={model.data.asOf}
        definition={per10k ? t('complaintsPage.map.def_per10k', { population: '' }) : t('complaintsPage.map.def_resolution')}
        status={status}
        error={model.data.error}
        onRetry={model.data.retry}
        table={table}
        option={option}
        height={440}
        ariaLabel={t('complaintsPage.ranking.aria', { count: model.figures.length, measure: t(`complaintsPage.headline.${headline}`), period: formatPeriod(period, lang) })}
        onItemClick={({ name }) => onSelect(name)}
        selectedKey={unitCode}
        onSelectRow={onSelect}
        testId="complaints-ranking"
        className="span-6"
        footnote={per10k ? <PopulationNote districts={model.districts} population={model.population} problems={model.populationProblems} /> : null}
      />
    </>
  );
}
