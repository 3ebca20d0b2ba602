import type { EmulationModel } from '../../domain/emulation';
import type { ModelSummary } from '../../domain/emulation-metrics';
import type { TableColumn, TableData, TableRow } from '../../lib/export/table-data';
import { metricValues, valueIn, type EmulationFigures, type GrowthRow, type UnitMetric } from './emulation-view';
import type { FieldMatrix } from './field-matrix';
import type { vi } from './messages';

/**
 * The numbers behind each panel, as TableData: the panel's "view as table", its CSV/XLSX and the chart are built
 * from the same rows. Pure: every label arrives from the caller's catalogue.
 */
type Widen<T> = { [K in keyof T]: string };
export type ColumnLabels = Widen<typeof vi.col>;

export interface TableFrame {
  readonly title: string;
  readonly context: readonly string[];
  readonly fileName: string;
}

const column = (key: string, header: string, kind: TableColumn['kind'], unit?: string): TableColumn => ({ key, header, kind, unit });

/** Competition ranking (1, 2, 2, 4) by the metric, higher first; units without a value get no rank. */
export function ranks(values: ReadonlyMap<string, number | null>): Map<string, number | null> {
  const known = [...values.values()].filter((v): v is number => v !== null);
  return new Map([...values].map(([code, v]) => [code, v === null ? null : known.filter((x) => x > v).length + 1]));
}

/** One row per district: every count of the panel so the table answers more than the bar does. */
export function rankingTable(
  summary: ModelSummary,
  figures: ReadonlyMap<string, EmulationFigures>,
  metric: UnitMetric,
  unitName: (code: string) => string,
  labels: ColumnLabels,
  frame: TableFrame,
): TableData {
  const rankOf = ranks(metricValues(figures, metric));
  return {
    ...frame,
    rowKey: 'code',
    columns: [
      column('rank', labels.rank, 'count'),
      column('code', labels.code, 'text'),
      column('unit', labels.unit, 'text'),
      column('models', labels.models, 'count', labels.unitModels),
      column('population', labels.population, 'count', labels.unitPeople),
      column('per10k', labels.per10k, 'decimal', labels.unitPer10k),
      column('recognised', labels.recognised, 'count', labels.unitModels),
      column('recognisedShare', `${labels.recognised} / ${labels.models}`, 'percent'),
      column('exemplary', labels.exemplary, 'count', labels.unitModels),
      column('exemplaryShare', labels.exemplaryShare, 'percent'),
      column('registeredInYear', labels.registeredInYear, 'count', labels.unitModels),
    ],
    rows: summary.districts.map((d) => ({
      rank: rankOf.get(d.unitCode) ?? null,
      code: d.unitCode,
      unit: unitName(d.unitCode),
      models: d.models,
      // Residents: the denominator the catalogue divided by.
      population: figures.get(d.unitCode)?.['emulation.modelsPer10k'].denominator ?? null,
      per10k: valueIn(figures.get(d.unitCode), 'emulation.modelsPer10k'),
      recognised: d.recognised,
      recognisedShare: valueIn(figures.get(d.unitCode), 'emulation.recognisedShare'),
      exemplary: d.exemplary,
      exemplaryShare: valueIn(figures.get(d.unitCode), 'emulation.exemplaryShare'),
      registeredInYear: d.registeredInYear,
    })),
  };
}

export function fieldTable(matrix: FieldMatrix, mode: 'count' | 'share', labels: ColumnLabels, frame: TableFrame): TableData {
  return {
    ...frame,
    rowKey: 'code',
    columns: [
      column('code', labels.code, 'text'),
      column('unit', labels.unit, 'text'),
      ...matrix.columns.map((c) => column(`f_${c.code}`, c.name, mode === 'count' ? 'count' : 'percent', mode === 'count' ? labels.unitModels : undefined)),
      column('total', labels.total, 'count', labels.unitModels),
    ],
    rows: matrix.rows.map((r) => {
      const row: Record<string, string | number | null> = { code: r.code, unit: r.name, total: r.total };
      for (const cell of r.cells) row[`f_${cell.fieldCode}`] = mode === 'count' ? cell.count : cell.share;
      return row;
    }),
  };
}

export function sharesTable(summary: ModelSummary, figures: ReadonlyMap<string, EmulationFigures>, unitName: (code: string) => string, labels: ColumnLabels, frame: TableFrame): TableData {
  return {
    ...frame,
    rowKey: 'code',
    columns: [
      column('code', labels.code, 'text'),
      column('unit', labels.unit, 'text'),
      column('models', labels.models, 'count', labels.unitModels),
      column('exemplary', labels.exemplary, 'count', labels.unitModels),
      column('exemplaryShare', labels.exemplaryShare, 'percent'),
      column('replicated', labels.replicated, 'count', labels.unitModels),
      column('replicatedShare', labels.replicatedShare, 'percent'),
      column('replications', labels.replications, 'count', labels.unitTimes),
    ],
    rows: summary.districts.map((d) => ({
      code: d.unitCode,
      unit: unitName(d.unitCode),
      models: d.models,
      exemplary: d.exemplary,
      exemplaryShare: valueIn(figures.get(d.unitCode), 'emulation.exemplaryShare'),
      replicated: d.replicated,
      replicatedShare: valueIn(figures.get(d.unitCode), 'emulation.replicatedShare'),
      replications: d.replications,
    })),
  };
}

export function growthTable(rows: readonly GrowthRow[], labels: ColumnLabels, frame: TableFrame): TableData {
  return {
    ...frame,
    rowKey: 'year',
    columns: [
      column('year', labels.year, 'text'),
      column('registeredInYear', labels.registeredInYear, 'count', labels.unitModels),
      column('models', labels.models, 'count', labels.unitModels),
      column('recognised', labels.recognised, 'count', labels.unitModels),
      column('exemplary', labels.exemplary, 'count', labels.unitModels),
    ],
    rows: rows.map((r) => ({
      year: String(r.year),
      registeredInYear: r.registeredInYear,
      models: r.models,
      recognised: r.recognised,
      exemplary: r.exemplary,
    })),
  };
}

/** How a registry row names what the model refers to by code. */
export interface RegistryNames {
  readonly unit: (code: string) => string;
  readonly commune: (code: string | null) => string | null;
  readonly field: (code: string) => string;
  readonly level: (level: EmulationModel['level']) => string;
}

/** Years are text: a year is a label, not a quantity to print as "2.017". */
const yearText = (year: number | null) => (year === null ? null : String(year));

export function registryRow(m: EmulationModel, names: RegistryNames): TableRow {
  return {
    id: m.id,
    name: m.name,
    unitCode: m.unitCode,
    unit: names.unit(m.unitCode),
    commune: names.commune(m.communeCode),
    field: names.field(m.fieldCode),
    level: names.level(m.level),
    yearRegistered: String(m.yearRegistered),
    yearRecognised: yearText(m.yearRecognised),
    yearExemplary: yearText(m.yearExemplary),
    timesReplicated: m.timesReplicated,
    commendation: m.commendation,
  };
}

/** The registry's columns; `unitCode` stays in the rows (for selection) but is not a column of its own. */
export function registryTable(rows: readonly TableRow[], labels: ColumnLabels, frame: TableFrame): TableData {
  return {
    ...frame,
    rowKey: 'unitCode',
    columns: [
      column('id', labels.modelId, 'text'),
      column('name', labels.modelName, 'text'),
      column('unit', labels.unit, 'text'),
      column('commune', labels.commune, 'text'),
      column('field', labels.field, 'text'),
      column('level', labels.level, 'text'),
      column('yearRegistered', labels.yearRegistered, 'text'),
      column('yearRecognised', labels.yearRecognised, 'text'),
      column('yearExemplary', labels.yearExemplary, 'text'),
      column('timesReplicated', labels.timesReplicated, 'count', labels.unitTimes),
      column('commendation', labels.commendation, 'text'),
    ],
    rows,
  };
}
