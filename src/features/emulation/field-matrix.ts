import type { EmulationField } from '../../domain/emulation';
import type { ModelSummary, ModelTally } from '../../domain/emulation-metrics';
import { rateOf, ratio } from '../../domain/ratio';

/**
 * Models by unit and field: one matrix feeds the stacked bars, their table and the downloads. Fields come from the
 * registry's lookup table in its order; a code the lookup lacks is still shown (under its code), never dropped.
 */
export interface FieldColumn {
  readonly code: string;
  readonly name: string;
}

export interface FieldCell {
  readonly fieldCode: string;
  readonly count: number;
  /** Share of the unit's models in this field; null for a unit without models. */
  readonly share: number | null;
}

export interface FieldMatrixRow {
  readonly code: string;
  readonly name: string;
  readonly total: number;
  /** One cell per column, in column order. */
  readonly cells: readonly FieldCell[];
}

export interface FieldMatrix {
  readonly columns: readonly FieldColumn[];
  readonly rows: readonly FieldMatrixRow[];
  /** The province's own row: the reference mix. */
  readonly province: FieldMatrixRow;
}

export function fieldColumns(lookup: readonly EmulationField[], province: ModelTally): FieldColumn[] {
  const known = new Set(lookup.map((f) => f.code));
  const extra = province.byField.filter((f) => !known.has(f.fieldCode)).map((f) => ({ code: f.fieldCode, name: f.fieldCode }));
  return [...lookup.map((f) => ({ code: f.code, name: f.name })), ...extra];
}

function rowOf(code: string, name: string, tally: ModelTally, columns: readonly FieldColumn[]): FieldMatrixRow {
  const byField = new Map(tally.byField.map((f) => [f.fieldCode, f.models]));
  return {
    code,
    name,
    total: tally.models,
    cells: columns.map((c) => {
      const count = byField.get(c.code) ?? 0;
      return { fieldCode: c.code, count, share: rateOf(ratio(count, tally.models)) };
    }),
  };
}

export function fieldMatrix(
  summary: ModelSummary,
  lookup: readonly EmulationField[],
  unitName: (code: string) => string,
  provinceName: string,
): FieldMatrix {
  const columns = fieldColumns(lookup, summary.province);
  return {
    columns,
    rows: summary.districts.map((d) => rowOf(d.unitCode, unitName(d.unitCode), d, columns)),
    province: rowOf('', provinceName, summary.province, columns),
  };
}
