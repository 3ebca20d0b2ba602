import type { TFunction } from 'i18next';
import { themeMapScale } from '../../../components/map/theme-map-scale';
import type { IndicatorSnapshot } from '../../../domain/highlights';
import { parsePeriod } from '../../../domain/period';
import type { ColorScale } from '../../../domain/scale';
import { formatNumber, formatPercent, formatPeriod, localeOf } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import type { ThemeSlideData } from './slide-data';
import '../messages';
import '../messages';

/**
 * The map of a theme slide: its headline indicator by district, from the same snapshot the chart ranks and the table
 * lists. Rates are mapped in percent, as the theme pages' maps show them, and coloured by the theme maps' own scale.
 */
export interface SlideMap {
  /** Indicator, period and unit of measure, e.g. "Bản đồ: Tỷ lệ hồ sơ nộp trực tuyến, Năm 2024 (%)". */
  readonly title: string;
  readonly unitOfMeasure: string;
  /** Per district code; rates in percent (0–100). */
  readonly values: ReadonlyMap<string, number | null>;
  readonly scale: ColorScale;
  /** Code → full name, for the shapes' titles. */
  readonly names: ReadonlyMap<string, string>;
  /** Code → short name written on the shape ("Hương Sơn", "TX. Hồng Lĩnh"). */
  readonly labels: ReadonlyMap<string, string>;
  readonly formatValue: (value: number) => string;
}

const TYPE_PREFIXES: readonly (readonly [RegExp, string])[] = [
  [/^Huyện\s+/u, ''],
  [/^Thị xã\s+/u, 'TX. '],
  [/^Thành phố\s+/u, 'TP. '],
  [/^Quận\s+/u, 'Q. '],
  [/^Thị trấn\s+/u, 'TT. '],
];

/**
 * A unit's name short enough to write on a small shape, the way Vietnamese maps abbreviate: districts by their bare
 * name, towns and cities with "TX." and "TP." (which also keeps Kỳ Anh district apart from Kỳ Anh town).
 */
export function shortUnitLabel(fullName: string): string {
  for (const [prefix, short] of TYPE_PREFIXES) if (prefix.test(fullName)) return fullName.replace(prefix, short);
  return fullName;
}

function unitOfMeasure(s: IndicatorSnapshot, t: TFunction): string {
  if (s.measure === 'rate') return '%';
  return s.indicator === 'models' || s.indicator === 'exemplary' ? t('briefingPage.col.unitModels') : t('briefingPage.col.unitPetitions');
}

/** The period the mapped figures describe: the year-end of a stock, the quarter shown for a month's disclosure. */
function mapPeriod(data: ThemeSlideData, periodLabel: string | undefined, lang: Language, t: TFunction): string | null {
  if (data.stockYear !== null) return t('briefingPage.map.yearEnd', { year: data.stockYear });
  const quarter = data.quarterShown ? parsePeriod(data.quarterShown) : null;
  if (quarter) return formatPeriod(quarter, lang);
  return periodLabel ?? null;
}

export function themeSlideMap(data: ThemeSlideData, ctx: { readonly t: TFunction; readonly lang: Language; readonly periodLabel?: string }): SlideMap {
  const { t, lang } = ctx;
  const s = data.primary;
  const rate = s.measure === 'rate';
  // Percent, as every theme page's map draws a rate: the legend then reads "85,2 – 88,2 %".
  const values = new Map(s.units.map((u) => [u.code, u.value === null ? null : rate ? u.value * 100 : u.value]));
  const unit = unitOfMeasure(s, t);
  const period = mapPeriod(data, ctx.periodLabel, lang, t);
  const indicator = t(`briefingPage.indicator.${s.indicator}`);
  return {
    title: period ? t('briefingPage.map.title', { indicator, period, unit }) : t('briefingPage.map.titleNoPeriod', { indicator, unit }),
    unitOfMeasure: unit,
    values,
    scale: themeMapScale({
      // The classes every theme page's map opens with (none of them has official thresholds).
      method: 'quantile',
      values: values.values(),
      direction: s.better === 'higher' ? 'higher-is-better' : 'lower-is-better',
      unitOfMeasure: unit,
      locale: localeOf(lang),
      noDataLabel: t('units.noData'),
    }),
    names: new Map(s.units.map((u) => [u.code, u.name])),
    labels: new Map(s.units.map((u) => [u.code, shortUnitLabel(u.name)])),
    formatValue: rate ? (v) => formatPercent(v / 100, lang) : (v) => formatNumber(v, lang),
  };
}
