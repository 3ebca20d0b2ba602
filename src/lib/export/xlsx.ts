import { exportValue, headerWithUnit, type TableData } from './table-data';
import { neutraliseFormula } from './csv';

/** Rows for write-excel-file: title and context on top, bold header, numbers as numbers (percentages in %). */
export function toSheetRows(table: TableData) {
  const text = (value: string) => ({ value: neutraliseFormula(value), type: String });
  return [
    [{ ...text(table.title), fontWeight: 'bold' as const }],
    ...table.context.map((line) => [text(line)]),
    [],
    table.columns.map((c) => ({ ...text(headerWithUnit(c)), fontWeight: 'bold' as const })),
    ...table.rows.map((row) =>
      table.columns.map((c) => {
        const v = exportValue(row[c.key] ?? null, c.kind);
        if (v === null) return null;
        return typeof v === 'string' ? text(v) : { value: v, type: Number };
      }),
    ),
  ];
}

/** Builds the workbook in the browser; the library is loaded only when someone asks for a spreadsheet. */
export async function toXlsxBlob(table: TableData): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(toSheetRows(table), { sheet: 'Du lieu', columns: table.columns.map((c) => ({ width: c.kind === 'text' ? 28 : 16 })) }).toBlob();
}
