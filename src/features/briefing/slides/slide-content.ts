import type { TFunction } from 'i18next';
import type { LevelWords } from '../../../lib/i18n/level-words';
import { buildRankingOption, rankRows } from '../../../components/chart/build-ranking-option';
import { buildTrendOption } from '../../../components/chart/build-trend-option';
import type { EChartsOption } from '../../../components/chart/echarts-core';
import {
  basisChangedSentence,
  displayedChange,
  levelSentence,
  movesSentence,
  overviewSentences,
  rankOf,
  shortfallSentence,
  summarySentence,
  unitRateSentence,
  type Figure,
  type IndicatorId,
  type IndicatorSnapshot,
} from '../../../domain/highlights';
import type { TableColumn, TableData, TableRow } from '../../../lib/export/table-data';
import { formatNumber, formatPercent, formatSignedNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { withReferenceLabelsOnTop, withValueLabels } from './chart-text';
import type { OverviewSlideData, ThemeSlideData, UnitSlideData } from './slide-data';
import { themeSlideMap, type SlideMap } from './slide-map';
import '../messages';

/**
 * From a slide's data object to what the slide shows: the chart option, the table behind it (its "view as table",
 * CSV, XLSX and the PDF pack) and the highlights. All three read the same object; nothing is recomputed here.
 */
export interface ContentContext {
  readonly lang: Language;
  readonly t: TFunction;
  readonly selectedCode: string | null;
  /** Lines printed above the data in every export: period, scope, sources and their data cut-off. */
  readonly exportContext: readonly string[];
  /** The download name of a slide's figures, e.g. "trinh-chieu-overview-2024" (the period always last). */
  readonly fileName: (...qualifiers: readonly string[]) => string;
  /** The period as the slide names it ("Năm 2024"), for titles that must say it (the map's). */
  readonly periodLabel?: string;
  /** How titles and notes name the level of the units charted ("đơn vị cấp huyện" / "xã, phường"). */
  readonly words: LevelWords;
}

export interface KpiTile {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly change: string;
  /** Direction of the change for colour: a rise of a "higher is better" figure is good. */
  readonly tone: 'good' | 'bad' | 'none';
}

export interface SlideContent {
  readonly chartTitle: string;
  readonly option: EChartsOption | null;
  readonly table: TableData | null;
  readonly highlights: readonly string[];
  readonly notes: readonly string[];
  readonly kpis: readonly KpiTile[];
  /** Theme slides: the headline indicator by district, drawn as a map beside the chart (same figures). */
  readonly map?: SlideMap | null;
}

const present = (items: readonly (string | null)[]) => items.filter((s): s is string => s !== null);

function formatter(measure: 'rate' | 'count', lang: Language) {
  return measure === 'rate' ? (v: number) => formatPercent(v, lang) : (v: number) => formatNumber(v, lang);
}

function countUnit(indicator: IndicatorId, t: TFunction): string | undefined {
  switch (indicator) {
    case 'received':
    case 'overLevel':
      return t('briefingPage.col.unitPetitions');
    case 'models':
    case 'exemplary':
      return t('briefingPage.col.unitModels');
    default:
      return undefined;
  }
}

function valueColumn(key: string, header: string, s: IndicatorSnapshot, t: TFunction): TableColumn {
  return s.measure === 'rate' ? { key, header, kind: 'percent' } : { key, header, kind: 'count', unit: countUnit(s.indicator, t) };
}

function changeColumn(s: IndicatorSnapshot, t: TFunction): TableColumn {
  return s.measure === 'rate'
    ? { key: 'change', header: t('briefingPage.col.change'), kind: 'decimal', unit: t('briefingPage.col.points') }
    : { key: 'change', header: t('briefingPage.col.change'), kind: 'count', unit: countUnit(s.indicator, t) };
}

const SLIDE_ENDS = 10;

/** The units a theme slide charts: all up to 20; beyond, the best and the worst `SLIDE_ENDS` with a value. */
export function chartedUnits<U extends { readonly value: number | null }>(units: readonly U[], better: 'higher' | 'lower' | null | undefined): readonly U[] {
  if (units.length <= 2 * SLIDE_ENDS) return units;
  const sign = better === 'lower' ? 1 : -1;
  const ranked = units.filter((u) => u.value !== null).toSorted((a, b) => sign * ((a.value ?? 0) - (b.value ?? 0)));
  if (ranked.length <= 2 * SLIDE_ENDS) return ranked;
  return [...ranked.slice(0, SLIDE_ENDS), ...ranked.slice(-SLIDE_ENDS)];
}

/** Theme slides: units ranked on the primary indicator, the province first, every sentence's figure in a column. */
export function themeSlideContent(data: ThemeSlideData, ctx: ContentContext): SlideContent {
  const { t, lang } = ctx;
  const s = data.primary;
  const format = formatter(s.measure, lang);
  const provinceValue = s.province.value;
  // A slide has a fixed frame: beyond 20 units (the 69 communes and wards) the chart shows the ends of the ranking,
  // the best and the worst 10, and says so; the table keeps every unit.
  const charted = chartedUnits(s.units, s.better);
  const themeTitle = t(`briefingPage.chart.${data.theme}`, ctx.words);
  const chartTitle = charted.length < s.units.length ? t('briefingPage.chart.topBottom', { title: themeTitle, n: SLIDE_ENDS, count: s.units.length }) : themeTitle;

  const option = withReferenceLabelsOnTop(buildRankingOption(
    charted.map((u) => ({ code: u.code, name: u.name, value: u.value })),
    {
      format,
      selectedCode: ctx.selectedCode,
      better: s.better,
      target: null,
      // A unit's count is not comparable with the province total; a rate is.
      reference: s.measure === 'rate' && provinceValue !== null ? { value: provinceValue, label: t('briefingPage.reference', { value: format(provinceValue) }) } : null,
      noDataLabel: t('units.noData'),
    },
  ));

  const columns: TableColumn[] = [
    { key: 'name', header: t('briefingPage.col.unit'), kind: 'text' },
    valueColumn('value', t(`briefingPage.indicator.${s.indicator}`), s, t),
    valueColumn('comparison', t(`briefingPage.col.${s.comparisonBasis}`), s, t),
    changeColumn(s, t),
    ...data.secondary.map((x) => valueColumn(x.indicator, t(`briefingPage.indicator.${x.indicator}`), x, t)),
    ...(data.shortfall ? shortfallColumns(data.shortfall.check.rule, t) : []),
  ];
  const secondaryOf = (code: string | null) =>
    Object.fromEntries(data.secondary.map((x) => [x.indicator, (code === null ? x.province : x.units.find((u) => u.code === code))?.value ?? null]));
  const shortfallOf = (code: string | null): TableRow => {
    if (!data.shortfall) return {};
    const row = code === null ? data.shortfall.province : data.shortfall.rows.find((r) => r.code === code);
    return { actual: row?.actual ?? null, required: row?.required ?? null };
  };
  const row = (code: string | null, name: string, f: Figure): TableRow => ({
    code: code ?? '',
    name,
    value: f.value,
    comparison: f.comparison,
    change: displayedChange(f, s.measure),
    ...secondaryOf(code),
    ...shortfallOf(code),
  });
  const provinceLabel = data.theme === 'services' ? t('briefingPage.provinceRowServices') : t('briefingPage.provinceRow');
  const ranked = rankRows(s.units.map((u) => ({ code: u.code, name: u.name, value: u.value })), s.better);
  const byCode = new Map(s.units.map((u) => [u.code, u]));
  const table: TableData = {
    title: chartTitle,
    context: ctx.exportContext,
    columns,
    rows: [row(null, provinceLabel, s.province), ...ranked.map((r) => row(r.code, r.name, byCode.get(r.code) ?? { value: null, comparison: null }))],
    rowKey: 'code',
    fileName: ctx.fileName(data.theme),
  };

  const highlights = present([
    levelSentence(s, lang),
    movesSentence(s, lang),
    ...data.secondary.map((x) => summarySentence(x, lang)),
    data.shortfall ? shortfallSentence(data.shortfall.check, lang) : null,
    data.basisChanged ? basisChangedSentence(lang) : null,
  ]);
  const notes = present([
    data.quarterShown ? t('briefingPage.noteMonthQuarter', { quarter: data.quarterShown }) : null,
    data.stockYear !== null ? t('briefingPage.noteStockYear', { year: data.stockYear }) : null,
    data.theme === 'services' ? t('briefingPage.noteServicesProvince', ctx.words) : null,
    data.serviceLevels
      ? t(`briefingPage.noteLevels_${data.serviceLevels.scheme}`, {
          year: data.serviceLevels.year,
          headline: formatNumber(data.serviceLevels.headline, lang),
          other: formatNumber(data.serviceLevels.other, lang),
        })
      : null,
  ]);
  return { chartTitle, option, table, highlights, notes, kpis: [], map: themeSlideMap(data, ctx) };
}

function shortfallColumns(rule: 'receptionSessions' | 'disclosureReports', t: TFunction): TableColumn[] {
  return rule === 'receptionSessions'
    ? [
        { key: 'actual', header: t('briefingPage.col.sessionsHeld'), kind: 'count', unit: t('briefingPage.col.unitSessions') },
        { key: 'required', header: t('briefingPage.col.sessionsRequired'), kind: 'count', unit: t('briefingPage.col.unitSessions') },
      ]
    : [
        { key: 'actual', header: t('briefingPage.col.reportsFiled'), kind: 'count', unit: t('briefingPage.col.unitReports') },
        { key: 'required', header: t('briefingPage.col.reportsDue'), kind: 'count', unit: t('briefingPage.col.unitReports') },
      ];
}

const OVERVIEW_RATES = ['disclosureOnTime', 'complaintResolution', 'onlineShare', 'onTimeHandling'] as const;

/** Grouped bars of two series over a few indicators, each bar labelled with its value. */
function groupedRates(categories: readonly string[], current: { name: string; values: readonly (number | null)[] }, other: { name: string; values: readonly (number | null)[] }, lang: Language): EChartsOption {
  const format = (v: number) => formatPercent(v, lang);
  const option = withValueLabels(
    buildTrendOption({
      categories,
      // A comparison with no figure at all (the year before the data start) is left out, legend entry included.
      series: [
        { name: current.name, values: current.values, bar: true },
        ...(other.values.some((v) => v !== null) ? [{ name: other.name, values: other.values, bar: true, comparison: true }] : []),
      ],
      format,
      yMin: 0,
      yMax: 1,
    }),
    format,
  );
  // Every indicator is named under its bars, on two lines if need be, rather than every other one.
  const xAxis = (option.xAxis ?? {}) as Record<string, unknown>;
  return { ...option, xAxis: { ...xAxis, axisLabel: { interval: 0, overflow: 'break', width: 120, lineHeight: 16 } } };
}

function signedChange(f: Figure, measure: 'rate' | 'count', lang: Language, t: TFunction, basis: 'kpiVsLastYear' | 'kpiVsYearEnd', year?: number): string {
  const change = displayedChange(f, measure);
  if (change === null) return t('briefingPage.kpiNoComparison');
  const text = measure === 'rate' ? `${formatSignedNumber(change, lang, 1)} ${t('briefingPage.col.points')}` : formatSignedNumber(change, lang);
  return t(`briefingPage.${basis}`, { change: `${change > 0 ? '▲' : change < 0 ? '▼' : '='} ${text}`, year });
}

const tone = (f: Figure, measure: 'rate' | 'count', higherIsBetter: boolean): KpiTile['tone'] => {
  const change = displayedChange(f, measure);
  if (!change) return 'none';
  return change > 0 === higherIsBetter ? 'good' : 'bad';
};

export function overviewSlideContent(data: OverviewSlideData, ctx: ContentContext, labels: { current: string; lastYear: string }): SlideContent {
  const { t, lang } = ctx;
  const f = data.figures;
  const chartTitle = t('briefingPage.chart.overview');
  const option = groupedRates(
    OVERVIEW_RATES.map((id) => t(`briefingPage.short.${id}`)),
    { name: labels.current, values: OVERVIEW_RATES.map((id) => f[id].value) },
    { name: labels.lastYear, values: OVERVIEW_RATES.map((id) => f[id].comparison) },
    lang,
  );
  const table: TableData = {
    title: chartTitle,
    context: ctx.exportContext,
    columns: [
      { key: 'indicator', header: t('briefingPage.col.indicator'), kind: 'text' },
      { key: 'value', header: t('briefingPage.col.current'), kind: 'percent' },
      { key: 'comparison', header: t('briefingPage.col.samePeriodLastYear'), kind: 'percent' },
      { key: 'change', header: t('briefingPage.col.change'), kind: 'decimal', unit: t('briefingPage.col.points') },
    ],
    rows: OVERVIEW_RATES.map((id) => ({ indicator: t(`briefingPage.indicator.${id}`), value: f[id].value, comparison: f[id].comparison, change: displayedChange(f[id], 'rate') })),
    fileName: ctx.fileName('overview'),
  };
  const rate = (v: number | null) => formatPercent(v, lang);
  const count = (v: number | null) => formatNumber(v, lang);
  const kpis: KpiTile[] = [
    { id: 'disclosureOnTime', label: t('briefingPage.indicator.disclosureOnTime'), value: rate(f.disclosureOnTime.value), change: signedChange(f.disclosureOnTime, 'rate', lang, t, 'kpiVsLastYear'), tone: tone(f.disclosureOnTime, 'rate', true) },
    { id: 'received', label: t('briefingPage.indicator.received'), value: count(f.received.value), change: signedChange(f.received, 'count', lang, t, 'kpiVsLastYear'), tone: 'none' },
    { id: 'complaintResolution', label: t('briefingPage.indicator.complaintResolution'), value: rate(f.complaintResolution.value), change: signedChange(f.complaintResolution, 'rate', lang, t, 'kpiVsLastYear'), tone: tone(f.complaintResolution, 'rate', true) },
    { id: 'onlineShare', label: t('briefingPage.indicator.onlineShare'), value: rate(f.onlineShare.value), change: signedChange(f.onlineShare, 'rate', lang, t, 'kpiVsLastYear'), tone: tone(f.onlineShare, 'rate', true) },
    { id: 'onTimeHandling', label: t('briefingPage.indicator.onTimeHandling'), value: rate(f.onTimeHandling.value), change: signedChange(f.onTimeHandling, 'rate', lang, t, 'kpiVsLastYear'), tone: tone(f.onTimeHandling, 'rate', true) },
    { id: 'models', label: t('briefingPage.indicator.models'), value: count(f.models.value), change: signedChange(f.models, 'count', lang, t, 'kpiVsYearEnd', data.stockYear - 1), tone: tone(f.models, 'count', true) },
    { id: 'exemplary', label: t('briefingPage.indicator.exemplary'), value: count(f.exemplary.value), change: signedChange(f.exemplary, 'count', lang, t, 'kpiVsYearEnd', data.stockYear - 1), tone: tone(f.exemplary, 'count', true) },
  ];
  return {
    chartTitle,
    option,
    table,
    highlights: overviewSentences(f, lang),
    notes: [t('briefingPage.noteStockYear', { year: data.stockYear })],
    kpis,
  };
}

/** A unit against the province on each rate, with its rank among the units. */
export function unitSlideContent(data: UnitSlideData, ctx: ContentContext): SlideContent {
  const { t, lang } = ctx;
  const chartTitle = t('briefingPage.chart.unit', { name: data.name });
  const own = (s: IndicatorSnapshot) => s.units.find((u) => u.code === data.code)?.value ?? null;
  const option = groupedRates(
    data.snapshots.map((s) => t(`briefingPage.short.${s.indicator}`)),
    { name: data.name, values: data.snapshots.map(own) },
    { name: t('briefingPage.col.province'), values: data.snapshots.map((s) => s.province.value) },
    lang,
  );
  const table: TableData = {
    title: chartTitle,
    context: ctx.exportContext,
    columns: [
      { key: 'indicator', header: t('briefingPage.col.indicator'), kind: 'text' },
      { key: 'value', header: data.name, kind: 'percent' },
      { key: 'province', header: t('briefingPage.col.province'), kind: 'percent' },
      { key: 'gap', header: t('briefingPage.col.gap'), kind: 'decimal', unit: t('briefingPage.col.points') },
      { key: 'rank', header: t('briefingPage.col.rank'), kind: 'count' },
      { key: 'of', header: t('briefingPage.col.rankedUnits'), kind: 'count' },
    ],
    rows: data.snapshots.map((s) => {
      const rank = rankOf(s, data.code);
      return {
        indicator: t(`briefingPage.indicator.${s.indicator}`),
        value: own(s),
        province: s.province.value,
        gap: displayedChange({ value: own(s), comparison: s.province.value }, 'rate'),
        rank: rank?.rank ?? null,
        of: rank?.of ?? null,
      };
    }),
    fileName: ctx.fileName('unit', data.code),
  };
  return {
    chartTitle,
    option,
    table,
    highlights: present(data.snapshots.map((s) => unitRateSentence(s, data.code, lang))),
    notes: [],
    kpis: [],
  };
}
