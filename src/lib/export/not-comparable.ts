import type { TableData } from './table-data';

/**
 * A table whose units have no comparable figure for the period (their territory came partly from a split former
 * unit) says so in the cell: the figure cells left empty for those rows read "không so sánh được" / "not comparable"
 * instead of "–", on screen and in the CSV/XLSX, so a printed or downloaded table cannot be read as "no data".
 * Rows are matched on the table's row key (the unit code); text columns and cells with a value are left as they are.
 */
export function markNotComparable(table: TableData, codes: ReadonlySet<string>, label: string): TableData {
  const key = table.rowKey;
  if (!key || codes.size === 0) return table;
  const figureColumns = table.columns.filter((c) => c.kind !== 'text').map((c) => c.key);
  let changed = false;
  const rows = table.rows.map((row) => {
    const code = row[key];
    if (typeof code !== 'string' || !codes.has(code)) return row;
    const marked = { ...row };
    for (const column of figureColumns) {
      if (marked[column] === null || marked[column] === undefined) {
        marked[column] = label;
        changed = true;
      }
    }
    return marked;
  });
  return changed ? { ...table, rows } : table;
}
