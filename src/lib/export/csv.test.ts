import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';
import type { TableData } from './table-data';
import { toSheetRows } from './xlsx';

const table: TableData = {
  title: 'Đơn thư theo đơn vị',
  context: ['Kỳ: Quý III/2024', 'Nguồn: Hệ thống báo cáo KNTC'],
  columns: [
    { key: 'name', header: 'Đơn vị', kind: 'text' },
    { key: 'received', header: 'Tiếp nhận', kind: 'count', unit: 'đơn' },
    { key: 'rate', header: 'Tỷ lệ giải quyết', kind: 'percent' },
  ],
  rows: [
    { name: 'Huyện Can Lộc', received: 1234, rate: 0.8734 },
    { name: '=HYPERLINK("http://x")', received: -5, rate: null },
  ],
  fileName: 'don-thu',
};

describe('CSV export', () => {
  it('starts with a BOM, keeps Vietnamese and writes the figures shown', () => {
    const csv = toCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Đơn thư theo đơn vị');
    expect(lines[4]).toBe('Đơn vị,Tiếp nhận (đơn),Tỷ lệ giải quyết (%)');
    expect(lines[5]).toBe('Huyện Can Lộc,1234,87.3');
  });
  it('neutralises formulas but keeps negative numbers numeric', () => {
    const lines = toCsv(table).split('\r\n');
    expect(lines[6]).toBe(`"'=HYPERLINK(""http://x"")",-5,`);
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('Hà Tĩnh')).toBe('Hà Tĩnh');
  });
});

describe('decimal columns', () => {
  it('export the one decimal the screen shows, not the unrounded value', () => {
    const points: TableData = { ...table, columns: [{ key: 'change', header: 'Thay đổi', kind: 'decimal', unit: 'điểm %' }], rows: [{ change: 8.6789 }, { change: -0.04 }] };
    expect(toCsv(points).split('\r\n').slice(4, 7)).toEqual(['Thay đổi (điểm %)', '8.7', '0']);
    expect(toSheetRows(points).slice(5)[0]?.[0]).toEqual({ value: 8.7, type: Number });
  });
});

describe('XLSX rows', () => {
  it('types numbers as numbers and neutralises text', () => {
    const rows = toSheetRows(table);
    const data = rows.slice(5);
    expect(data[0]?.[1]).toEqual({ value: 1234, type: Number });
    expect(data[0]?.[2]).toEqual({ value: 87.3, type: Number });
    expect(data[1]?.[0]).toEqual({ value: `'=HYPERLINK("http://x")`, type: String });
    expect(data[1]?.[2]).toBeNull();
  });
});
