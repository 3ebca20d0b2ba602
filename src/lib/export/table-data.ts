/**
 * The numbers behind a chart, as one table. A chart's option, its "view as table", its CSV/XLSX download and the
 * briefing pack are all built from the same TableData, so what is downloaded is exactly what is shown.
 */
export type ColumnKind = 'text' | 'count' | 'percent' | 'decimal';

export interface TableColumn {
  readonly key: string;
  readonly header: string;
  readonly kind: ColumnKind;
  /** Unit of measure printed in exports, e.g. "%", "đơn", "hồ sơ". */
  readonly unit?: string;
}

export type CellValue = string | number | null;
export type TableRow = Readonly<Record<string, CellValue>>;

export interface TableData {
  readonly title: string;
  /** Printed above the data in exports: period, unit filter, source, as-of. */
  readonly context: readonly string[];
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Row key used to highlight or select a unit (usually the unit code column). */
  readonly rowKey?: string;
  /** File name without extension. */
  readonly fileName: string;
}

/**
 * Percent columns hold fractions (0.873); exports show them as percentages with one decimal, like the screen.
 * Decimal columns are shown with one decimal, and exported with one too, so a file never holds more digits than
 * the figure on screen.
 */
export function exportValue(value: CellValue, kind: ColumnKind): CellValue {
  if (value === null || typeof value === 'string') return value;
  if (!Number.isFinite(value)) return null;
  if (kind === 'percent') return Math.round(value * 1000) / 10;
  if (kind === 'decimal') return Math.round(value * 10) / 10;
  return value;
}

export function headerWithUnit(c: TableColumn): string {
  if (c.kind === 'percent') return `${c.header} (%)`;
  return c.unit ? `${c.header} (${c.unit})` : c.header;
}
