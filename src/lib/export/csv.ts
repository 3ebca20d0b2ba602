import Papa from 'papaparse';
import { exportValue, headerWithUnit, type TableData } from './table-data';

/**
 * Text from upstream systems must not become a spreadsheet formula (CSV injection): a cell starting with
 * = + - @ (or a tab/CR that Excel strips first) is prefixed with an apostrophe. Negative numbers stay numbers.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * CSV in UTF-8 with a byte-order mark, so that Excel opens Vietnamese text correctly; numbers are written
 * with a dot decimal separator, which every spreadsheet parses. Context lines (period, source, as-of) come first.
 */
export function toCsv(table: TableData): string {
  const header = table.columns.map((c) => neutraliseFormula(headerWithUnit(c)));
  const rows = table.rows.map((row) =>
    table.columns.map((c) => {
      const v = exportValue(row[c.key] ?? null, c.kind);
      return typeof v === 'string' ? neutraliseFormula(v) : v === null ? '' : String(v);
    }),
  );
  const context = [[neutraliseFormula(table.title)], ...table.context.map((line) => [neutraliseFormula(line)]), []];
  return `\uFEFF${Papa.unparse([...context, header, ...rows], { newline: '\r\n' })}\r\n`;
}
