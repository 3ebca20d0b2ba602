import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLevelWords } from '../../state/use-level-words';
import { buildRankingOption } from '../../components/chart/build-ranking-option';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { ThemeMapPanel } from '../../components/map/ThemeMapPanel';
import { formatNumber, formatPercent, formatPointChange, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { rankingTable } from './emulation-tables';
import { extremesOf, isCount, isShare, metricOf, metricValues, type UnitMetric } from './emulation-view';
import type { EmulationPageModel } from './use-emulation-model';

interface UnitMetricPanelsProps {
  readonly model: EmulationPageModel;
  readonly metric: UnitMetric;
  readonly unitCode: string | null;
  readonly onSelect: (code: string) => void;
}

/** The map and the ranking of one indicator by unit, with the province's value as the reference. */
export function UnitMetricPanels({ model, metric, unitCode, onSelect }: UnitMetricPanelsProps) {
  const { t, i18n } = useTranslation();
  const words = useLevelWords(model.stockPeriod);
  const lang = i18n.language as Language;
  const { summary, figures, unitName, stockYear, panelState } = model;
  const share = isShare(metric);
  const metricName = t(`emulationPage.metric_${metric}`);
  const formatMetric = (v: number) => (share ? formatPercent(v, lang) : isCount(metric) ? formatNumber(v, lang) : formatNumber(v, lang, 1));

  const values = useMemo(() => (figures ? metricValues(figures.units, metric) : new Map<string, number | null>()), [figures, metric]);
  const previous = useMemo(() => (figures?.previousUnits ? metricValues(figures.previousUnits, metric) : undefined), [figures, metric]);
  // The map's scale prints its unit after plain numbers: shares go to it in percent, 20.6 rather than 0.206.
  const toMap = (v: ReadonlyMap<string, number | null>) => (share ? new Map([...v].map(([c, x]) => [c, x === null ? null : x * 100])) : v);
  const provinceMetric = metricOf(figures?.province, metric);
  const extremes = extremesOf(values);
  const knownUnit = (code: string) => summary?.districts.some((d) => d.unitCode === code) ?? false;

  const rankingTitle = t('emulationPage.rankingTitle', { metric: metricName, year: stockYear });
  const rankingOption = useMemo(
    () =>
      summary
        ? buildRankingOption(
            summary.districts.map((d) => ({ code: d.unitCode, name: unitName(d.unitCode), value: values.get(d.unitCode) ?? null })),
            {
              format: formatMetric,
              better: 'higher',
              selectedCode: unitCode,
              reference: !isCount(metric) && provinceMetric !== null ? { value: provinceMetric, label: t('emulationPage.provinceReference', { value: formatMetric(provinceMetric) }) } : null,
              noDataLabel: t('units.noData'),
            },
          )
        : null,
    // formatMetric depends only on lang and the metric.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [summary, values, metric, unitName, unitCode, provinceMetric, lang, t],
  );

  return (
    <>
      <div className="span-6 emulation-cell">
        <ThemeMapPanel
          {...panelState}
          title={t('emulationPage.mapTitle', { metric: metricName, year: stockYear })}
          period={model.stockPeriod}
          values={toMap(values)}
          previousValues={previous ? toMap(previous) : undefined}
          unitOfMeasure={share ? '%' : isCount(metric) ? t('emulationPage.unitModels') : t('emulationPage.unitPer10k')}
          formatValue={(v) => (share ? formatPercent(v / 100, lang) : formatMetric(v))}
          formatChange={(d) => (share ? t('emulationPage.points', { value: formatPointChange(d / 100, lang) }) : formatSignedNumber(d, lang, isCount(metric) ? 0 : 1))}
          direction="higher-is-better"
          definition={t('emulationPage.mapDef', words)}
          testId="emulation-map"
        />
      </div>

      <ChartPanel
        {...panelState}
        title={rankingTitle}
        definition={t('emulationPage.rankingDef')}
        table={summary && figures ? rankingTable(summary, figures.units, metric, unitName, model.labels, model.frame(rankingTitle, 'xep-hang')) : null}
        option={rankingOption}
        height={Math.max(320, (summary?.districts.length ?? 13) * 30)}
        ariaLabel={t('emulationPage.rankingAria', { metric: metricName })}
        onItemClick={({ name }) => knownUnit(name) && onSelect(name)}
        selectedKey={unitCode}
        onSelectRow={onSelect}
        testId="emulation-ranking"
        className="span-6"
        footnote={
          <>
            {extremes && (
              <p className="kpi-note" data-testid="emulation-insight">
                {!isCount(metric)
                  ? t('emulationPage.insight', {
                      high: unitName(extremes.highest.code),
                      highValue: formatMetric(extremes.highest.value),
                      low: unitName(extremes.lowest.code),
                      lowValue: formatMetric(extremes.lowest.value),
                      province: provinceMetric === null ? '–' : formatMetric(provinceMetric),
                    })
                  : t('emulationPage.insightCounts', {
                      high: unitName(extremes.highest.code),
                      highValue: formatMetric(extremes.highest.value),
                      low: unitName(extremes.lowest.code),
                      lowValue: formatMetric(extremes.lowest.value),
                    })}
              </p>
            )}
            {metric === 'per10k' && (
              <p className="kpi-note" data-testid="emulation-population-note">
                {t('emulationPage.populationNote', {
                  published: (summary?.districts ?? []).filter((d) => model.population(d.unitCode)?.estimate === false).length,
                  estimates:
                    (summary?.districts ?? [])
                      .filter((d) => model.population(d.unitCode)?.estimate === true)
                      .map((d) => unitName(d.unitCode))
                      .join(', ') || '–',
                })}
              </p>
            )}
          </>
        }
      />
    </>
  );
}
