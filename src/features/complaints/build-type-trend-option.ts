import { buildTrendOption, type TrendOptions } from '../../components/chart/build-trend-option';
import type { EChartsOption } from '../../components/chart/chart-theme';
import { PETITION_TYPES, type PetitionType } from '../../domain/complaints';
import type { MonthKey } from '../../domain/period';
import type { MonthByType } from './complaint-view';

export interface TypeTrendInput {
  /** The twelve months of the year shown. */
  readonly months: readonly MonthByType[];
  /** Totals of the same months a year earlier, same order; null where there is no report. */
  readonly lastYearTotals: readonly (number | null)[];
  readonly monthLabel: (month: MonthKey) => string;
  readonly typeLabel: (type: PetitionType) => string;
  readonly lastYearLabel: string;
  readonly format: (value: number) => string;
  /** Months of the selected period, shaded when it is shorter than the year. */
  readonly period?: { readonly months: readonly MonthKey[]; readonly label: string } | null;
  /** Runs of months to flag (surges), each a span of consecutive months. */
  readonly flagged?: ReadonlyArray<{ readonly months: readonly MonthKey[]; readonly label: string }>;
}

const PERIOD_SHADE = 'rgba(11,79,108,0.08)';
const FLAG_SHADE = 'rgba(213,94,0,0.16)';

/** The trend's settings: petitions per month stacked by type, last year's totals as a dashed line, shaded spans. */
export function typeTrendSettings(o: TypeTrendInput): TrendOptions {
  const span = (months: readonly MonthKey[], label: string, color: string) => ({
    from: o.monthLabel(months[0] as MonthKey),
    to: o.monthLabel(months[months.length - 1] as MonthKey),
    label,
    color,
  });
  const markAreas = [
    ...(o.period && o.period.months.length > 0 && o.period.months.length < o.months.length ? [span(o.period.months, o.period.label, PERIOD_SHADE)] : []),
    ...(o.flagged ?? []).filter((f) => f.months.length > 0).map((f) => span(f.months, f.label, FLAG_SHADE)),
  ];
  return {
    categories: o.months.map((m) => o.monthLabel(m.month)),
    series: [
      ...PETITION_TYPES.map((type) => ({ name: o.typeLabel(type), values: o.months.map((m) => m.byType?.[type] ?? null), bar: true, stack: 'received' })),
      { name: o.lastYearLabel, values: [...o.lastYearTotals], comparison: true },
    ],
    format: o.format,
    markAreas,
  };
}

export const buildTypeTrendOption = (o: TypeTrendInput): EChartsOption => buildTrendOption(typeTrendSettings(o));
