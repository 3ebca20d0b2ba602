import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingFn,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareVietnamese } from '../../domain/units';
import { formatNumber, formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { CellValue, ColumnKind, TableData, TableRow } from '../../lib/export/table-data';

export function formatCell(value: CellValue, kind: ColumnKind, lang: Language): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'percent':
      return formatPercent(value, lang);
    case 'decimal':
      return formatNumber(value, lang, 1);
    default:
      return formatNumber(value, lang);
  }
}

// Text sorts in Vietnamese order (Đ after D, tones ignored first); numbers numerically; missing values last.
const vietnameseSort: SortingFn<TableRow> = (a, b, id) => {
  const x = a.getValue<CellValue>(id);
  const y = b.getValue<CellValue>(id);
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  // A word in a figure column ("không so sánh được") sorts after the figures, like a missing value.
  if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
  return compareVietnamese(String(x), String(y));
};

interface DataTableProps {
  readonly table: TableData;
  readonly pageSize?: number;
  readonly searchable?: boolean;
  /** Highlighted row (by rowKey), e.g. the selected unit. */
  readonly selectedKey?: string | null;
  readonly onSelect?: (key: string) => void;
  readonly caption?: string;
  readonly testId?: string;
}

/** Sortable, searchable, paged table with Vietnamese collation. Clicking (or Enter on) a row selects its unit. */
export function DataTable({ table, pageSize = 15, searchable = true, selectedKey, onSelect, caption, testId }: DataTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState('');
  const columns = useMemo<ColumnDef<TableRow>[]>(
    () =>
      table.columns.map((c) => ({
        id: c.key,
        accessorFn: (row) => row[c.key] ?? null,
        header: c.header,
        sortingFn: vietnameseSort,
        sortUndefined: 'last',
        meta: { kind: c.kind },
      })),
    [table.columns],
  );
  const model = useReactTable({
    data: table.rows as TableRow[],
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    globalFilterFn: (row, _id, value: string) =>
      Object.values(row.original).some((v) => typeof v === 'string' && v.toLocaleLowerCase('vi').includes(value.toLocaleLowerCase('vi'))),
    initialState: { pagination: { pageSize } },
  });
  const pageCount = model.getPageCount();
  const rowKey = table.rowKey;

  return (
    <div className="data-table" data-testid={testId}>
      {searchable && table.rows.length > pageSize && (
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('table.search')} aria-label={t('table.search')} />
      )}
      <div className="table-scroll">
        <table className="data">
          {caption && <caption className="visually-hidden">{caption}</caption>}
          <thead>
            {model.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const kind = table.columns.find((c) => c.key === header.id)?.kind ?? 'text';
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} className={kind === 'text' ? '' : 'num'} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {model.getRowModel().rows.map((row) => {
              const key = rowKey ? String(row.original[rowKey] ?? '') : row.id;
              const selected = selectedKey !== undefined && selectedKey !== null && key === selectedKey;
              return (
                <tr
                  key={row.id}
                  className={selected ? 'selected' : undefined}
                  aria-selected={onSelect ? selected : undefined}
                  tabIndex={onSelect ? 0 : undefined}
                  onClick={onSelect ? () => onSelect(key) : undefined}
                  onKeyDown={onSelect ? (e) => e.key === 'Enter' && onSelect(key) : undefined}
                >
                  {table.columns.map((c) => (
                    <td key={c.key} className={c.kind === 'text' ? '' : 'num'}>
                      {formatCell(row.original[c.key] ?? null, c.kind, lang)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <div className="pager">
          <button type="button" className="button secondary" onClick={() => model.previousPage()} disabled={!model.getCanPreviousPage()}>
            {t('table.previous')}
          </button>
          <span>{t('table.page', { page: model.getState().pagination.pageIndex + 1, count: pageCount })}</span>
          <button type="button" className="button secondary" onClick={() => model.nextPage()} disabled={!model.getCanNextPage()}>
            {t('table.next')}
          </button>
        </div>
      )}
    </div>
  );
}
