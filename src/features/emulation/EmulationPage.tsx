import { exportFileName } from '../../lib/export/file-name';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { useDistricts } from '../../state/use-districts';
import { modelsOnSet } from '../../domain/unit-keyings';
import { useDashboardState } from '../../state/url-state';
import { buildRankingOption } from '../../components/chart/build-ranking-option';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { ThemeMapPanel } from '../../components/map/ThemeMapPanel';
import { Panel } from '../../components/panel';
import type { EmulationField, ModelLevel } from '../../domain/emulation';
import { summariseModels } from '../../domain/emulation-metrics';
import type { Period } from '../../domain/period';
import { populationOf } from '../../domain/population';
import { change, rateOf } from '../../domain/ratio';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatPointChange, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { emulationQueries } from '../../queries/emulation';
import { buildFieldBarsOption } from './build-field-bars-option';
import { buildGrowthOption } from './build-growth-option';
import { buildSharesOption } from './build-shares-option';
import { EmulationKpis } from './EmulationKpis';
import { fieldTable, growthTable, rankingTable, sharesTable, type RegistryNames, type TableFrame } from './emulation-tables';
import {
  exemplaryShare,
  extremesOf,
  growthByYear,
  isCount,
  isShare,
  metricValue,
  provinceMetricValue,
  registryYears,
  stockYearOf,
  unitMetricValues,
  unlistedModels,
  type PopulationOf,
  type UnitMetric,
} from './emulation-view';
import { fieldMatrix } from './field-matrix';
import { en as enMessages, vi as viMessages } from './messages';
import { MetricSwitch } from './MetricSwitch';
import { publishedFor } from './published';
import { RegistryPanel } from './RegistryPanel';
import './emulation.css';

const NO_FIELDS: readonly EmulationField[] = [];
const residents: PopulationOf = (code) => populationOf(code)?.population ?? null;

export default function EmulationPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const { period, unitCode, setUnit, toggleUnit } = useDashboardState();
  const stockYear = stockYearOf(period);
  const stockPeriod = useMemo<Period>(() => ({ kind: 'year', year: stockYear }), [stockYear]);
  const { districts, byCode, communesByCode, inForce } = useDistricts(stockPeriod);
  const registry = useQuery(emulationQueries.registry(config));
  const [metric, setMetric] = useState<UnitMetric>('exemplaryShare');
  const [fieldMode, setFieldMode] = useState<'count' | 'share'>('count');

  // Each model is counted on the unit of the stock year's set its commune (or district) went into whole.
  const models = useMemo(() => (registry.data ? modelsOnSet(registry.data.models, inForce.history, inForce.set) : null), [registry.data, inForce.history, inForce.set]);
  const sentFields = registry.data?.fields ?? NO_FIELDS;
  // The field names are the registry's, in Vietnamese: an English screen says them from the catalogue when it knows the code.
  const fields = useMemo(
    () =>
      lang === 'vi'
        ? sentFields
        : sentFields.map((f) => {
            const key = `emulationPage.fieldNames.${f.code}`;
            return i18n.exists(key) ? { ...f, name: t(key as 'emulationPage.fieldNames.KT') } : f;
          }),
    [sentFields, lang, i18n, t],
  );
  const asOf = registry.data?.asOf ?? null;
  const years = useMemo(() => (models ? registryYears(models) : null), [models]);
  const hasPreviousYear = years !== null && stockYear - 1 >= years.first;
  // Without the unit catalogue (its own system may be down) the units seen in the registry still make a ranking.
  const districtCodes = useMemo(() => (districts.length ? districts.map((d) => d.code) : undefined), [districts]);
  const unitName = useCallback((code: string) => byCode.get(code)?.fullName ?? code, [byCode]);
  const labels = lang === 'en' ? enMessages.col : viMessages.col;

  const summary = useMemo(() => (models ? summariseModels(models, stockYear, districtCodes) : null), [models, stockYear, districtCodes]);
  const previousSummary = useMemo(
    () => (models && hasPreviousYear ? summariseModels(models, stockYear - 1, districtCodes) : null),
    [models, stockYear, districtCodes, hasPreviousYear],
  );
  const focusCodes = useMemo(() => (unitCode ? [unitCode] : undefined), [unitCode]);
  const focus = useMemo(() => (models ? summariseModels(models, stockYear, focusCodes).selection : null), [models, stockYear, focusCodes]);
  const focusPrevious = useMemo(
    () => (models && hasPreviousYear ? summariseModels(models, stockYear - 1, focusCodes).selection : null),
    [models, stockYear, focusCodes, hasPreviousYear],
  );

  const knownUnit = useCallback((code: string) => summary?.districts.some((d) => d.unitCode === code) ?? false, [summary]);
  const onChartClick = useCallback(({ name }: { name: string }) => knownUnit(name) && toggleUnit(name), [knownUnit, toggleUnit]);

  const unitLabel = unitCode ? unitName(unitCode) : t('emulationPage.provinceName');
  const share = isShare(metric);
  const metricName = t(`emulationPage.metric_${metric}`);
  const formatCount = (v: number | null) => formatNumber(v, lang);
  const formatShare = (v: number | null) => formatPercent(v, lang);
  const formatMetric = (v: number) => (share ? formatShare(v) : isCount(metric) ? formatCount(v) : formatNumber(v, lang, 1));

  // The registry names its own unit filter among its extra lines; the charts show the page's unit.
  const frame = (title: string, slug: string, extra: readonly string[] = [], withUnit = true): TableFrame => ({
    title,
    context: [
      t('emulationPage.context.period', { period: formatPeriod(period, lang) }),
      t('emulationPage.context.stock', { year: stockYear }),
      ...(withUnit ? [t('emulationPage.context.unit', { unit: unitLabel })] : []),
      ...extra,
      t('emulationPage.context.source', { source: t('sources.emulation') }),
      ...(asOf ? [t('emulationPage.context.asOf', { date: formatDate(asOf, lang, true) })] : []),
    ],
    fileName: exportFileName('dan-van-kheo', period, slug),
  });
  const panelState = { status: registry.status, error: registry.error, onRetry: () => void registry.refetch(), asOf, sources: ['emulation' as const] };

  // ------------------------------------------------------------------ map and ranking (one indicator)
  const metricValues = useMemo(() => (summary ? unitMetricValues(summary, metric, residents) : new Map<string, number | null>()), [summary, metric]);
  const previousMetricValues = useMemo(
    () => (previousSummary ? unitMetricValues(previousSummary, metric, residents) : undefined),
    [previousSummary, metric],
  );
  // The map's scale prints its unit after plain numbers: shares go to it in percent, 20.6 rather than 0.206.
  const toMap = useCallback(
    (values: ReadonlyMap<string, number | null>) => (share ? new Map([...values].map(([c, v]) => [c, v === null ? null : v * 100])) : values),
    [share],
  );
  const mapValues = useMemo(() => toMap(metricValues), [toMap, metricValues]);
  const mapPrevious = useMemo(() => (previousMetricValues ? toMap(previousMetricValues) : undefined), [toMap, previousMetricValues]);
  const provinceMetric = summary ? provinceMetricValue(summary, metric, residents) : null;
  const extremes = extremesOf(metricValues);

  const rankingTitle = t('emulationPage.rankingTitle', { metric: metricName, year: stockYear });
  const rankingOption = useMemo(
    () =>
      summary
        ? buildRankingOption(
            summary.districts.map((d) => ({ code: d.unitCode, name: unitName(d.unitCode), value: metricValue(d, metric, residents(d.unitCode)) })),
            {
              format: formatMetric,
              better: 'higher',
              selectedCode: unitCode,
              reference: !isCount(metric) && provinceMetric !== null ? { value: provinceMetric, label: t('emulationPage.provinceReference', { value: formatMetric(provinceMetric) }) } : null,
              noDataLabel: t('units.noData'),
            },
          )
        : null,
    // formatMetric and formatShare depend only on lang and share.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [summary, metric, unitName, unitCode, share, provinceMetric, lang, t],
  );

  // ------------------------------------------------------------------ fields
  const matrix = useMemo(() => (summary ? fieldMatrix(summary, fields, unitName, t('emulationPage.provinceName')) : null), [summary, fields, unitName, t]);
  const fieldsTitle = t('emulationPage.fieldsTitle', { year: stockYear });
  const fieldsOption = useMemo(
    () => (matrix ? buildFieldBarsOption(matrix, { mode: fieldMode, format: (v) => (fieldMode === 'count' ? formatNumber(v, lang) : formatPercent(v, lang, 0)), selectedCode: unitCode }) : null),
    [matrix, fieldMode, unitCode, lang],
  );

  // ------------------------------------------------------------------ shares
  const sharesTitle = t('emulationPage.sharesTitle', { year: stockYear });
  const provinceExemplaryShare = summary ? rateOf(exemplaryShare(summary.province)) : null;
  const provinceReplicatedShare = summary ? rateOf(summary.province.replicatedShare) : null;
  const sharesOption = useMemo(
    () =>
      summary
        ? buildSharesOption(
            summary.districts.map((d) => ({ code: d.unitCode, name: unitName(d.unitCode), exemplaryShare: rateOf(exemplaryShare(d)), replicatedShare: rateOf(d.replicatedShare) })),
            {
              format: (v) => formatPercent(v, lang, 0),
              selectedCode: unitCode,
              labels: { exemplary: labels.exemplaryShare, replicated: labels.replicatedShare },
              province: { exemplaryShare: provinceExemplaryShare, replicatedShare: provinceReplicatedShare },
              provinceLabels: {
                exemplary: t('emulationPage.provinceExemplary', { value: formatPercent(provinceExemplaryShare, lang) }),
                replicated: t('emulationPage.provinceReplicated', { value: formatPercent(provinceReplicatedShare, lang) }),
              },
            },
          )
        : null,
    [summary, unitName, unitCode, labels, provinceExemplaryShare, provinceReplicatedShare, lang, t],
  );

  // ------------------------------------------------------------------ growth
  const focusUnit = unitCode ? byCode.get(unitCode) : undefined;
  const foundedYear = focusUnit && years && Number(focusUnit.validFrom.slice(0, 4)) > years.first ? Number(focusUnit.validFrom.slice(0, 4)) : null;
  const growth = useMemo(
    () => (models && years ? growthByYear(models, years.first, years.last, focusCodes, foundedYear) : null),
    [models, years, focusCodes, foundedYear],
  );
  const growthTitle = years ? t('emulationPage.growthTitle', { first: years.first, last: years.last, unit: unitLabel }) : t('emulationPage.growthTitleNoYears', { unit: unitLabel });
  const growthOption = useMemo(
    () =>
      growth
        ? buildGrowthOption(growth, {
            format: (v) => formatNumber(v, lang),
            labels: { models: labels.models, recognised: labels.recognised, exemplary: labels.exemplary, registeredInYear: labels.registeredInYear },
            selectedYear: stockYear,
            selectedLabel: t('emulationPage.growthSelected', { year: stockYear }),
            comparedLabel: t('emulationPage.growthCompared', { year: stockYear - 1 }),
            axisNames: { cumulative: t('emulationPage.growthAxisCumulative'), inYear: t('emulationPage.growthAxisInYear') },
          })
        : null,
    [growth, labels, stockYear, lang, t],
  );
  const growthNow = growth?.find((r) => r.year === stockYear);
  const growthBefore = growth?.find((r) => r.year === stockYear - 1);

  // ------------------------------------------------------------------ registry
  const levelName = useCallback((level: ModelLevel) => t(`emulationPage.level_${level}`), [t]);
  const names = useMemo<RegistryNames>(() => {
    const fieldNames = new Map(fields.map((f) => [f.code, f.name]));
    return {
      unit: unitName,
      commune: (code) => (code === null ? null : (communesByCode.get(code)?.fullName ?? code)),
      field: (code) => fieldNames.get(code) ?? code,
      level: levelName,
    };
  }, [fields, unitName, communesByCode, levelName]);

  const published = publishedFor(stockYear);
  const unlisted = summary ? unlistedModels(summary) : 0;
  const stockNote =
    period.kind === 'year'
      ? t('emulationPage.stockNote', { year: stockYear })
      : t('emulationPage.stockNoteSubYear', { period: formatPeriod(period, lang), year: stockYear });

  return (
    <div className="page emulation-page">
      <header className="page-header">
        <h1>{t('emulationPage.title')}</h1>
        <p data-testid="emulation-subtitle">{t('emulationPage.subtitle', { unit: unitLabel, period: formatPeriod(period, lang) })}</p>
        <p className="stock-note" data-testid="emulation-stock-note">
          {stockNote}
        </p>
      </header>
      <div className="page-grid">
        <Panel
          {...panelState}
          title={t('emulationPage.kpiTitle', { year: stockYear })}
          definition={t('emulationPage.kpiDef')}
          testId="emulation-kpis"
          className="span-12 kpi-reserve kpi-reserve-emulation"
        >
          {focus && summary && (
            <EmulationKpis year={stockYear} current={focus} previous={focusPrevious} province={summary.province} published={published} />
          )}
          {unlisted > 0 && <p className="kpi-note">{t('emulationPage.unlisted', { n: formatNumber(unlisted, lang) })}</p>}
        </Panel>

        <MetricSwitch value={metric} onChange={setMetric} />

        <div className="span-6 emulation-cell">
          <ThemeMapPanel
            {...panelState}
            title={t('emulationPage.mapTitle', { metric: metricName, year: stockYear })}
            period={stockPeriod}
            values={mapValues}
            previousValues={mapPrevious}
            unitOfMeasure={share ? '%' : isCount(metric) ? t('emulationPage.unitModels') : t('emulationPage.unitPer10k')}
            formatValue={(v) => (share ? formatPercent(v / 100, lang) : formatMetric(v))}
            formatChange={(d) =>
              share ? t('emulationPage.points', { value: formatPointChange(d / 100, lang) }) : formatSignedNumber(d, lang, isCount(metric) ? 0 : 1)
            }
            direction="higher-is-better"
            definition={t('emulationPage.mapDef')}
            testId="emulation-map"
          />
        </div>

        <ChartPanel
          {...panelState}
          title={rankingTitle}
          definition={t('emulationPage.rankingDef')}
          table={summary ? rankingTable(summary, metric, unitName, labels, frame(rankingTitle, 'xep-hang'), residents) : null}
          option={rankingOption}
          height={Math.max(320, (summary?.districts.length ?? 13) * 30)}
          ariaLabel={t('emulationPage.rankingAria', { metric: metricName })}
          onItemClick={onChartClick}
          selectedKey={unitCode}
          onSelectRow={toggleUnit}
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
                  published: (summary?.districts ?? []).filter((d) => populationOf(d.unitCode)?.estimate === false).length,
                  estimates: (summary?.districts ?? []).filter((d) => populationOf(d.unitCode)?.estimate === true).map((d) => unitName(d.unitCode)).join(', ') || '–',
                })}
              </p>
            )}
            </>
          }
        />

        <ChartPanel
          {...panelState}
          title={fieldsTitle}
          definition={t('emulationPage.fieldsDef')}
          table={matrix ? fieldTable(matrix, fieldMode, labels, frame(fieldsTitle, fieldMode === 'count' ? 'linh-vuc' : 'co-cau-linh-vuc')) : null}
          option={fieldsOption}
          height={Math.max(360, (summary?.districts.length ?? 13) * 30 + 40)}
          ariaLabel={t('emulationPage.fieldsAria')}
          onItemClick={onChartClick}
          selectedKey={unitCode}
          onSelectRow={toggleUnit}
          testId="emulation-fields"
          className="span-6"
          footnote={
            <fieldset className="mode-switch">
              <legend className="visually-hidden">{t('emulationPage.fieldsMode')}</legend>
              {(['count', 'share'] as const).map((m) => (
                <label key={m}>
                  <input type="radio" name="emulation-field-mode" value={m} checked={fieldMode === m} onChange={() => setFieldMode(m)} />
                  <span>{m === 'count' ? t('emulationPage.fieldsCount') : t('emulationPage.fieldsShare')}</span>
                </label>
              ))}
            </fieldset>
          }
        />

        <ChartPanel
          {...panelState}
          title={sharesTitle}
          definition={t('emulationPage.sharesDef')}
          table={summary ? sharesTable(summary, unitName, labels, frame(sharesTitle, 'ty-le')) : null}
          option={sharesOption}
          height={Math.max(400, (summary?.districts.length ?? 13) * 36 + 60)}
          ariaLabel={t('emulationPage.sharesAria')}
          onItemClick={onChartClick}
          selectedKey={unitCode}
          onSelectRow={toggleUnit}
          testId="emulation-shares"
          className="span-6"
        />

        <ChartPanel
          {...panelState}
          title={growthTitle}
          definition={t('emulationPage.growthDef')}
          table={growth ? growthTable(growth, labels, frame(growthTitle, 'tang-truong')) : null}
          option={growthOption}
          height={360}
          ariaLabel={t('emulationPage.growthAria')}
          selectedKey={String(stockYear)}
          testId="emulation-growth"
          className="span-12"
          footnote={
            <>
              {growthNow && growthNow.models !== null && (
                <p className="kpi-note" data-testid="growth-summary">
                  {t('emulationPage.growthSummary', {
                    year: stockYear,
                    models: formatNumber(growthNow.models, lang),
                    change: growthBefore ? formatSignedNumber(change(growthNow.models, growthBefore.models), lang) : '–',
                    previous: stockYear - 1,
                    exemplary: formatNumber(growthNow.exemplary, lang),
                    exemplaryChange: growthBefore ? formatSignedNumber(change(growthNow.exemplary, growthBefore.exemplary), lang) : '–',
                  })}
                </p>
              )}
              {focusUnit && foundedYear !== null && (
                <p className="kpi-note" data-testid="growth-founded">
                  {t('emulationPage.foundedNote', { unit: focusUnit.fullName, date: formatDate(focusUnit.validFrom, lang) })}
                </p>
              )}
            </>
          }
        />

        <RegistryPanel
          models={models}
          fields={fields}
          asOf={asOf}
          status={registry.status}
          error={registry.error}
          onRetry={() => void registry.refetch()}
          firstYear={years?.first ?? stockYear}
          lastYear={years?.last ?? stockYear}
          stockYear={stockYear}
          unitCode={unitCode}
          units={districts}
          names={names}
          labels={labels}
          frame={(filters) => frame(t('emulationPage.registryTitle'), 'so-theo-doi', [t('emulationPage.context.filters', { filters })], false)}
          onSelectUnit={(code) => code !== unitCode && setUnit(code)}
        />
      </div>
    </div>
  );
}
