import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { markNotComparable } from './not-comparable';
import type { TableData } from './table-data';

const table: TableData = {
  title: 'Đơn thư',
  context: ['Năm 2025'],
  columns: [
    { key: 'code', header: 'Mã', kind: 'text' },
    { key: 'unit', header: 'Đơn vị', kind: 'text' },
    { key: 'received', header: 'Tổng số đơn', kind: 'count' },
    { key: 'resolution', header: 'Tỷ lệ giải quyết', kind: 'percent' },
  ],
  rows: [
    { code: '18073', unit: 'Phường Thành Sen', received: null, resolution: null },
    { code: '18100', unit: 'Phường Trần Phú', received: 30, resolution: 0.4 },
    { code: '18200', unit: 'Xã Đan Hải', received: null, resolution: null },
  ],
  rowKey: 'code',
  fileName: 'don-thu-2025',
};

describe('markNotComparable', () => {
  it('writes the words in the empty figure cells of the units not comparable, and nowhere else', () => {
    const marked = markNotComparable(table, new Set(['18073', '18100']), 'không so sánh được');
    expect(marked.rows).toEqual([
      { code: '18073', unit: 'Phường Thành Sen', received: 'không so sánh được', resolution: 'không so sánh được' },
      { code: '18100', unit: 'Phường Trần Phú', received: 30, resolution: 0.4 },
      // Not in the set: an empty cell stays "no data".
      { code: '18200', unit: 'Xã Đan Hải', received: null, resolution: null },
    ]);
    expect(toCsv(marked)).toContain('18073,Phường Thành Sen,không so sánh được,không so sánh được');
  });

  it('returns the table as it is when no unit is marked or the table has no row key', () => {
    expect(markNotComparable(table, new Set(), 'x')).toBe(table);
    const keyless: TableData = { ...table, rowKey: undefined };
    expect(markNotComparable(keyless, new Set(['18073']), 'x')).toBe(keyless);
  });
});
