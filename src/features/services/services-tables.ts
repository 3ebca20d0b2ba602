/**
 * The numbers behind each chart of the page as TableData: the chart's "view as table", its CSV and its XLSX are
 * built from these, so what is downloaded is what is drawn. Rates come with their numerator and denominator.
 */
import type { TFunction } from 'i18next';
import { rankRows } from '../../components/chart/build-ranking-option';
import type { TableColumn, TableData, TableRow } from '../../lib/export/table-data';
import type { LevelWords } from '../../lib/i18n/level-words';
import type { LateAnomaly } from './late-anomalies';
import { denominatorIn, numeratorIn, rateIn, type Measure, type OwnerFigures, type Scope, type ServiceFigures } from './measures';
import { levelCount, type LevelScheme, type OwnerLevels } from './service-levels';
import './messages';

export interface TableMeta {
  readonly title: string;
  /** Period, unit filter, source and as-of, printed above the data in exports. */
  readonly context: readonly string[];
  readonly fileName: string;
}

export type Named<T> = T & { readonly name: string };

const col = (key: string, header: string, kind: TableColumn['kind'], unit?: string): TableColumn => ({ key, header, kind, unit });

/** Units ranked on one measure, best first, with the counts behind each rate and the same period last year. */
export function rankingTable(
  rows: readonly Named<OwnerFigures>[],
  measure: Measure,
  lastYear: ReadonlyMap<string, number | null>,
  t: TFunction,
  meta: TableMeta,
): TableData {
  const files = t('servicesPage.unitFiles');
  const ranked = rankRows(
    rows.map((r) => ({ code: r.code, name: r.name, value: rateIn(r.figures, measure) })),
    'higher',
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return {
    ...meta,
    rowKey: 'code',
    columns: [
      col('code', t('servicesPage.columns.code'), 'text'),
      col('unit', t('servicesPage.columns.unit'), 'text'),
      col('numerator', t(`servicesPage.numerator.${measure}`), 'count', files),
      col('denominator', t(`servicesPage.denominator.${measure}`), 'count', files),
      col('rate', t(`servicesPage.measure.${measure}`), 'percent'),
      col('lastYear', t('servicesPage.columns.lastYear'), 'percent'),
    ],
    rows: ranked.map((r): TableRow => {
      const figures = byCode.get(r.code)?.figures ?? null;
      return {
        code: r.code,
        unit: r.name,
        numerator: numeratorIn(figures, measure),
        denominator: denominatorIn(figures, measure),
        rate: r.value,
        lastYear: lastYear.get(r.code) ?? null,
      };
    }),
  };
}

export interface TrendPoint {
  readonly key: string;
  readonly label: string;
  readonly figures: ServiceFigures | null;
  readonly lastYear: number | null;
}

/** One row per month of the window: the counts, the rate, and the rate of the same month a year earlier. */
export function trendTable(points: readonly TrendPoint[], measure: Measure, t: TFunction, meta: TableMeta): TableData {
  const files = t('servicesPage.unitFiles');
  return {
    ...meta,
    columns: [
      col('month', t('servicesPage.columns.month'), 'text'),
      col('numerator', t(`servicesPage.numerator.${measure}`), 'count', files),
      col('denominator', t(`servicesPage.denominator.${measure}`), 'count', files),
      col('rate', t(`servicesPage.measure.${measure}`), 'percent'),
      col('lastYear', t('servicesPage.columns.lastYear'), 'percent'),
    ],
    rows: points.map((p): TableRow => {
      return {
        month: p.label,
        numerator: numeratorIn(p.figures, measure),
        denominator: denominatorIn(p.figures, measure),
        rate: rateIn(p.figures, measure),
        lastYear: p.lastYear,
      };
    }),
  };
}

/** Services per level for each unit, in the year's scheme only, with each unit's total. */
export function levelsTable(
  rows: readonly Named<OwnerLevels>[],
  scheme: LevelScheme,
  keys: readonly string[],
  levelNames: readonly string[],
  t: TFunction,
  meta: TableMeta,
): TableData {
  const services = t('servicesPage.unitServices');
  return {
    ...meta,
    rowKey: 'code',
    columns: [
      col('code', t('servicesPage.columns.code'), 'text'),
      col('unit', t('servicesPage.columns.unit'), 'text'),
      ...keys.map((k, i) => col(`${scheme}-${k}`, levelNames[i] ?? k, 'count', services)),
      col('total', t('servicesPage.columns.total'), 'count', services),
    ],
    rows: rows.map((r): TableRow => ({
      code: r.code,
      unit: r.name,
      ...Object.fromEntries(keys.map((k) => [`${scheme}-${k}`, levelCount(r.counts, k)])),
      total: r.counts?.total ?? 0,
    })),
  };
}

/** Online payment (on files resolved) and digitisation (on files received) for each unit. */
export function paymentTable(rows: readonly Named<OwnerFigures>[], t: TFunction, meta: TableMeta): TableData {
  const files = t('servicesPage.unitFiles');
  return {
    ...meta,
    rowKey: 'code',
    columns: [
      col('code', t('servicesPage.columns.code'), 'text'),
      col('unit', t('servicesPage.columns.unit'), 'text'),
      col('resolved', t('servicesPage.columns.resolved'), 'count', files),
      col('paidOnline', t('servicesPage.columns.paidOnline'), 'count', files),
      col('paidRate', t('servicesPage.measure.paidOnline'), 'percent'),
      col('received', t('servicesPage.columns.received'), 'count', files),
      col('digitised', t('servicesPage.columns.digitised'), 'count', files),
      col('digitisedRate', t('servicesPage.measure.digitised'), 'percent'),
    ],
    rows: rows.map((r): TableRow => ({
      code: r.code,
      unit: r.name,
      resolved: denominatorIn(r.figures, 'paidOnline'),
      paidOnline: numeratorIn(r.figures, 'paidOnline'),
      paidRate: rateIn(r.figures, 'paidOnline'),
      received: denominatorIn(r.figures, 'digitised'),
      digitised: numeratorIn(r.figures, 'digitised'),
      digitisedRate: rateIn(r.figures, 'digitised'),
    })),
  };
}

/** Departments, districts and the province side by side: every count and every rate. */
export function scopeTable(
  figures: Readonly<Record<Scope, ServiceFigures | null>>,
  scopes: readonly Scope[],
  t: TFunction,
  words: LevelWords,
  meta: TableMeta,
): TableData {
  const files = t('servicesPage.unitFiles');
  return {
    ...meta,
    rowKey: 'scope',
    columns: [
      col('scope', t('servicesPage.columns.kind'), 'text'),
      col('received', t('servicesPage.columns.received'), 'count', files),
      col('receivedOnline', t('servicesPage.columns.receivedOnline'), 'count', files),
      col('onlineRate', t('servicesPage.measure.online'), 'percent'),
      col('resolved', t('servicesPage.columns.resolved'), 'count', files),
      col('onTime', t('servicesPage.columns.onTime'), 'count', files),
      col('onTimeRate', t('servicesPage.measure.onTime'), 'percent'),
      col('paidOnline', t('servicesPage.columns.paidOnline'), 'count', files),
      col('paidRate', t('servicesPage.measure.paidOnline'), 'percent'),
      col('digitised', t('servicesPage.columns.digitised'), 'count', files),
      col('digitisedRate', t('servicesPage.measure.digitised'), 'percent'),
    ],
    rows: scopes.map((scope): TableRow => {
      const x = figures[scope];
      return {
        scope: t(`servicesPage.kind.${scope}`, words),
        received: denominatorIn(x, 'online'),
        receivedOnline: numeratorIn(x, 'online'),
        onlineRate: rateIn(x, 'online'),
        resolved: denominatorIn(x, 'onTime'),
        onTime: numeratorIn(x, 'onTime'),
        onTimeRate: rateIn(x, 'onTime'),
        paidOnline: numeratorIn(x, 'paidOnline'),
        paidRate: rateIn(x, 'paidOnline'),
        digitised: numeratorIn(x, 'digitised'),
        digitisedRate: rateIn(x, 'digitised'),
      };
    }),
  };
}

export interface AnomalyRowText {
  readonly name: string;
  readonly monthLabel: string;
  readonly context: string;
}

/** The flagged months, with the yardstick each was measured against and the backlog it left. */
export function anomalyTable(anomalies: readonly LateAnomaly[], text: (a: LateAnomaly) => AnomalyRowText, t: TFunction, meta: TableMeta): TableData {
  const files = t('servicesPage.unitFiles');
  return {
    ...meta,
    rowKey: 'code',
    columns: [
      col('code', t('servicesPage.columns.code'), 'text'),
      col('unit', t('servicesPage.columns.unit'), 'text'),
      col('month', t('servicesPage.columns.month'), 'text'),
      col('late', t('servicesPage.anomalies.late'), 'count', files),
      col('resolved', t('servicesPage.columns.resolved'), 'count', files),
      col('lateShare', t('servicesPage.anomalies.lateShare'), 'percent'),
      col('baseline', t('servicesPage.anomalies.baseline'), 'percent'),
      col('overdue', t('servicesPage.anomalies.overdue'), 'count', files),
      col('context', t('servicesPage.anomalies.context'), 'text'),
    ],
    rows: anomalies.map((a): TableRow => {
      const x = text(a);
      return {
        code: a.ownerCode,
        unit: x.name,
        month: x.monthLabel,
        late: a.late,
        resolved: a.resolved,
        lateShare: a.lateShare,
        baseline: a.baseline,
        overdue: a.overdue,
        context: x.context,
      };
    }),
  };
}
