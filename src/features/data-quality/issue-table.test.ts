import { describe, expect, it } from 'vitest';
import type { QualityIssue } from '../../domain/quality';
import { toCsv } from '../../lib/export/csv';
import { periodLabel } from '../../domain/quality';
import { issueTable, type IssueTableText } from './issue-table';

const text: IssueTableText = {
  title: 'Issues',
  context: ['2024'],
  fileName: 'issues',
  headers: { unitCode: 'Mã', unit: 'Đơn vị', period: 'Kỳ', record: 'Bản ghi', field: 'Trường', value: 'Giá trị', expected: 'Yêu cầu', rule: 'Quy tắc', ruleId: 'Mã quy tắc' },
  inCatalogue: 'có trong danh mục',
  needs: (f) => `cần có ${f}`,
  validity: (d) => `hiệu lực ${d}`,
  unitName: (c) => (c === '443' ? 'Huyện Can Lộc' : '?'),
};

const base: QualityIssue = {
  system: 'complaints',
  kind: 'implausible',
  ruleId: 'complaints.over-level-le-received',
  description: { vi: 'Đơn vượt cấp không vượt số đơn tiếp nhận', en: 'Over-level' },
  unitCode: '443',
  period: '2024-03',
  recordId: null,
  field: 'xu_ly_don.vuot_cap',
  value: 2500,
  relation: '≤',
  bound: 1250,
};

describe('issue table', () => {
  it('prints counts in the language’s format, years as years, and what the rule requires', () => {
    const rows = issueTable(
      [
        base,
        { ...base, system: 'emulation', field: 'nam_tieu_bieu', value: 2008, relation: '≥', bound: 2009, period: '2009', recordId: 'MH-1' },
        { ...base, kind: 'unknown-unit', unitCode: '499', field: 'ma_don_vi', value: '499', relation: 'present', bound: null },
      ],
      text,
      'vi',
    ).rows;
    expect(rows.map((r) => [r.unit, r.period, r.value, r.expected])).toEqual([
      ['Huyện Can Lộc', '03/2024', '2.500', '≤ 1.250'],
      ['Huyện Can Lộc', '2009', '2008', '≥ 2009'],
      ['?', '03/2024', '499', 'có trong danh mục'],
    ]);
    expect(periodLabel('2017')).toBe('2017');
  });

  it('exports the same rows as CSV, one line per issue', () => {
    const csv = toCsv(issueTable([base], text, 'vi'));
    expect(csv).toContain('xu_ly_don.vuot_cap');
    expect(csv).toContain('complaints.over-level-le-received');
  });
});
