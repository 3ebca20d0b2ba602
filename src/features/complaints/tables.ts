import { populationSourceText } from './population-source';
import { PETITION_TYPES } from '../../domain/complaints';
import type { PopulationLookup } from '../../domain/population';
import type { TableColumn, TableData, TableRow } from '../../lib/export/table-data';
import {
  overdueShareOf,
  overLevelShareOf,
  pendingInTime,
  per10kOf,
  receivedOf,
  repeatShareOf,
  resolutionOf,
  typeCounts,
  type CountScale,
  type MonthByType,
  type ScopeFigures,
} from './complaint-view';
import './messages';

/**
 * The numbers behind each chart of the complaints page, as TableData: the "view as table", the CSV and the XLSX
 * are built from these, from the same figures as the charts. Pure; words come through `t`.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface TableMeta {
  readonly title: string;
  /** Period, scope, source, as-of: printed above the data in exports. */
  readonly context: readonly string[];
  readonly fileName: string;
}

const k = (key: string) => `complaintsPage.columns.${key}`;

/** The unit of measure each column is counted in, printed in CSV/XLSX headers (percent columns get "%" anyway). */
const COLUMN_UNITS: Readonly<Record<string, string>> = {
  received: 'petitions',
  eligible: 'petitions',
  withinJurisdiction: 'petitions',
  resolved: 'petitions',
  pendingInTime: 'petitions',
  overdue: 'petitions',
  repeat: 'petitions',
  overLevel: 'petitions',
  lastYear: 'petitions',
  population: 'residents',
  per10k: 'per10k',
  sessionsHeld: 'sessions',
  sessionsRequired: 'sessions',
  sessionsAdHoc: 'sessions',
  monthsBelow: 'months',
};

const unitOf = (t: Translate, key: string): string | undefined => {
  const unit = COLUMN_UNITS[key];
  return unit ? t(`complaintsPage.units.${unit}`) : undefined;
};
const col = (t: Translate, key: string, kind: TableColumn['kind']): TableColumn => ({ key, header: t(k(key)), kind, unit: unitOf(t, key) });
const unitColumns = (t: Translate): TableColumn[] => [col(t, 'code', 'text'), col(t, 'unit', 'text')];

const table = (meta: TableMeta, columns: TableColumn[], rows: TableRow[]): TableData => ({ ...meta, columns, rows, rowKey: 'code' });

/** Districts in the order given, then the province (pooled) as the last row. */
const withProvince = (districts: readonly ScopeFigures[], province: ScopeFigures | null) => (province ? [...districts, province] : [...districts]);

export function headlineTable(t: Translate, meta: TableMeta, districts: readonly ScopeFigures[], province: ScopeFigures | null): TableData {
  const columns = [
    ...unitColumns(t),
    col(t, 'received', 'count'),
    col(t, 'population', 'count'),
    col(t, 'per10k', 'decimal'),
    col(t, 'withinJurisdiction', 'count'),
    col(t, 'resolved', 'count'),
    col(t, 'resolution', 'percent'),
  ];
  const rows = withProvince(districts, province).map((f) => ({
    code: f.code,
    unit: f.name,
    received: receivedOf(f),
    population: f.population,
    per10k: per10kOf(f),
    withinJurisdiction: f.totals?.withinJurisdiction ?? null,
    resolved: f.totals?.resolved ?? null,
    resolution: resolutionOf(f),
  }));
  return table(meta, columns, rows);
}

export function handlingTable(t: Translate, meta: TableMeta, districts: readonly ScopeFigures[], province: ScopeFigures | null): TableData {
  const columns = [
    ...unitColumns(t),
    col(t, 'withinJurisdiction', 'count'),
    col(t, 'resolved', 'count'),
    col(t, 'resolution', 'percent'),
    col(t, 'pendingInTime', 'count'),
    col(t, 'overdue', 'count'),
    col(t, 'overdueShare', 'percent'),
  ];
  const rows = withProvince(districts, province).map((f) => ({
    code: f.code,
    unit: f.name,
    withinJurisdiction: f.totals?.withinJurisdiction ?? null,
    resolved: f.totals?.resolved ?? null,
    resolution: resolutionOf(f),
    pendingInTime: f.totals ? pendingInTime(f.totals) : null,
    overdue: f.totals?.overdue ?? null,
    overdueShare: overdueShareOf(f),
  }));
  return table(meta, columns, rows);
}

export function qualityTable(t: Translate, meta: TableMeta, districts: readonly ScopeFigures[], province: ScopeFigures | null): TableData {
  const columns = [
    ...unitColumns(t),
    col(t, 'received', 'count'),
    col(t, 'repeat', 'count'),
    col(t, 'repeatShare', 'percent'),
    col(t, 'overLevel', 'count'),
    col(t, 'overLevelShare', 'percent'),
  ];
  const rows = withProvince(districts, province).map((f) => ({
    code: f.code,
    unit: f.name,
    received: receivedOf(f),
    repeat: f.totals?.repeat ?? null,
    repeatShare: repeatShareOf(f),
    overLevel: f.totals?.overLevel ?? null,
    overLevelShare: overLevelShareOf(f),
  }));
  return table(meta, columns, rows);
}

export function receptionTable(
  t: Translate,
  meta: TableMeta,
  districts: readonly ScopeFigures[],
  monthsBelow: ReadonlyMap<string, number>,
): TableData {
  const columns = [
    ...unitColumns(t),
    col(t, 'sessionsHeld', 'count'),
    col(t, 'sessionsRequired', 'count'),
    col(t, 'monthsBelow', 'count'),
    col(t, 'sessionsAdHoc', 'count'),
  ];
  const rows = districts.map((f) => ({
    code: f.code,
    unit: f.name,
    sessionsHeld: f.totals?.chairSessionsRegular ?? null,
    sessionsRequired: f.totals?.chairSessionsRequired ?? null,
    monthsBelow: f.totals ? (monthsBelow.get(f.code) ?? 0) : null,
    sessionsAdHoc: f.totals?.chairSessionsAdHoc ?? null,
  }));
  return table(meta, columns, rows);
}

/** By type, absolute or per 10,000 residents, with the population used and where it comes from. */
export function comparisonTable(
  t: Translate,
  meta: TableMeta,
  districts: readonly ScopeFigures[],
  province: ScopeFigures | null,
  scale: CountScale,
  population: PopulationLookup,
): TableData {
  const kind = scale === 'absolute' ? 'count' : 'decimal';
  const columns = [
    ...unitColumns(t),
    // Per 10,000 residents or a plain count: the header says which, so a downloaded file cannot be misread.
    ...PETITION_TYPES.map((type): TableColumn => ({ key: type, header: t(`complaintsPage.types.${type}`), kind, unit: unitOf(t, scale === 'absolute' ? 'received' : 'per10k') })),
    col(t, scale === 'absolute' ? 'received' : 'per10k', kind),
    col(t, 'population', 'count'),
    col(t, 'populationYear', 'text'),
    col(t, 'populationSource', 'text'),
  ];
  const rows = withProvince(districts, province).map((f) => {
    const counts = typeCounts(f, scale);
    const figure = population(f.code);
    return {
      code: f.code,
      unit: f.name,
      ...counts,
      [scale === 'absolute' ? 'received' : 'per10k']: scale === 'absolute' ? receivedOf(f) : per10kOf(f),
      population: f.population,
      populationYear: figure?.year ? String(figure.year) : null,
      populationSource: figure ? (figure.estimate ? t('complaintsPage.population.estimate') : populationSourceText(t, figure.source)) : null,
    };
  });
  return table(meta, columns, rows);
}

export function trendTable(t: Translate, meta: TableMeta, months: readonly MonthByType[], lastYearTotals: readonly (number | null)[], monthLabel: (m: string) => string): TableData {
  const columns: TableColumn[] = [
    col(t, 'month', 'text'),
    ...PETITION_TYPES.map((type): TableColumn => ({ key: type, header: t(`complaintsPage.types.${type}`), kind: 'count', unit: unitOf(t, 'received') })),
    col(t, 'received', 'count'),
    col(t, 'lastYear', 'count'),
  ];
  const rows = months.map((m, i) => ({
    month: monthLabel(m.month),
    ...Object.fromEntries(PETITION_TYPES.map((type) => [type, m.byType?.[type] ?? null])),
    received: m.total,
    lastYear: lastYearTotals[i] ?? null,
  }));
  return { ...meta, columns, rows };
}
