import { buildTrendOption } from '../../components/chart/build-trend-option';
import type { EChartsOption } from '../../components/chart/chart-theme';
import type { DistrictDisclosureQuarter, LegalBasis } from '../../domain/disclosure';
import { basisInForce } from '../../domain/disclosure-contents';
import { indicatorDataOf, measure, provinceScope, unitsScope } from '../../domain/indicators';
import { parsePeriod, type Period, type QuarterKey } from '../../domain/period';
import { change } from '../../domain/ratio';
import { indicatorOf, type DisclosureMeasure } from './measures';

/** One quarter of the trend: the scope's value, the same quarter a year earlier, and the province when a unit is shown. */
export interface TrendPoint {
  readonly quarter: QuarterKey;
  readonly basis: LegalBasis;
  readonly value: number | null;
  readonly lastYear: number | null;
  /** Change on the same quarter last year, as a fraction (0.024 = 2.4 points). */
  readonly change: number | null;
  readonly province: number | null;
}

/** "2023-Q3" → "2022-Q3". */
export function sameQuarterLastYear(q: QuarterKey): QuarterKey {
  const [year, quarter] = q.split('-Q');
  return `${Number(year) - 1}-Q${quarter}`;
}

/** Quarter keys from `from` to `to` inclusive, oldest first. */
export function quarterRange(from: QuarterKey, to: QuarterKey): QuarterKey[] {
  const index = (q: QuarterKey) => {
    const [y, n] = q.split('-Q').map(Number);
    return (y ?? 0) * 4 + (n ?? 1) - 1;
  };
  const out: QuarterKey[] = [];
  for (let i = index(from); i <= index(to); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

const quarterPeriod = (q: QuarterKey): Period => parsePeriod(q) ?? { kind: 'quarter', year: Number(q.slice(0, 4)), index: 1 };

/** Each quarter's value of the measure, from the catalogue's `measure()`, for the units given and the province. */
export function trendPoints(
  rows: readonly DistrictDisclosureQuarter[],
  quarters: readonly QuarterKey[],
  m: DisclosureMeasure,
  unitCodes?: ReadonlySet<string>,
): TrendPoint[] {
  const data = indicatorDataOf({ disclosureRows: rows });
  const scope = unitCodes ? unitsScope([...unitCodes]) : provinceScope([]);
  const valueOf = (q: QuarterKey, s = scope) => measure(indicatorOf(m), data, s, quarterPeriod(q)).value;
  return quarters.map((quarter) => {
    const value = valueOf(quarter);
    const lastYear = valueOf(sameQuarterLastYear(quarter));
    return {
      quarter,
      basis: basisInForce(quarter),
      value,
      lastYear,
      change: change(value, lastYear),
      province: unitCodes ? valueOf(quarter, provinceScope([])) : null,
    };
  });
}

export interface TrendChartInput {
  readonly points: readonly TrendPoint[];
  readonly labelOf: (q: QuarterKey) => string;
  readonly names: { readonly value: string; readonly lastYear: string; readonly province?: string };
  readonly format: (v: number) => string;
  /** Label of the span under Law 10/2022 (14 contents). */
  readonly switchLabel: string;
  /** The quarters of the selected period, shaded. */
  readonly selected: readonly QuarterKey[];
}

const SELECTED_SHADE = 'rgba(0,114,178,0.14)';

/**
 * Quarterly bars of the scope with the same quarter last year dashed (and the province as a line when a unit is
 * shown); the quarters under Law 10/2022 shaded and labelled, so the dip after the switch to 14 contents reads as
 * what it is; the selected period shaded in blue. Bars give every quarter its own band, so a one-quarter
 * selection still shows. Pure.
 */
export function buildDisclosureTrendOption(o: TrendChartInput): EChartsOption {
  const categories = o.points.map((p) => o.labelOf(p.quarter));
  const firstLaw = o.points.find((p) => p.basis === 'LUAT10_2022');
  const last = o.points.at(-1);
  const selected = o.points.filter((p) => o.selected.includes(p.quarter));
  const firstSelected = selected[0];
  const lastSelected = selected.at(-1);
  return buildTrendOption({
    categories,
    series: [
      { name: o.names.value, values: o.points.map((p) => p.value), bar: true },
      { name: o.names.lastYear, values: o.points.map((p) => p.lastYear), comparison: true },
      ...(o.names.province ? [{ name: o.names.province, values: o.points.map((p) => p.province) }] : []),
    ],
    format: o.format,
    yMin: 0,
    yMax: 1,
    markAreas: [
      ...(firstLaw && last ? [{ from: o.labelOf(firstLaw.quarter), to: o.labelOf(last.quarter), label: o.switchLabel }] : []),
      ...(firstSelected && lastSelected ? [{ from: o.labelOf(firstSelected.quarter), to: o.labelOf(lastSelected.quarter), label: '', color: SELECTED_SHADE }] : []),
    ],
  });
}
