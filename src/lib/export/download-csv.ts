import { downloadBlob } from './download';
import type { TableData } from './table-data';

/**
 * Saves a table as CSV. The CSV writer (papaparse) loads with the first download rather than with every page that
 * offers one: few visits download, and it would otherwise cost each page's first load ~7 KiB.
 */
export async function downloadCsv(table: TableData): Promise<void> {
  const { toCsv } = await import('./csv');
  downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${table.fileName}.csv`);
}
