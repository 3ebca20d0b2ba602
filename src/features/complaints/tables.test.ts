import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../domain/period';
import { populationOf } from '../../domain/population';
import { headerWithUnit } from '../../lib/export/table-data';
import { initI18n } from '../../lib/i18n';
import { complaintDataOf, districtFigures, monthlyByType, provinceFigures } from './complaint-view';
import { comparisonTable, handlingTable, headlineTable, qualityTable, receptionTable, trendTable, type Translate } from './tables';
import { report } from './test-fixtures';

const i18n = initI18n('vi');
const t: Translate = (key, options) => i18n.t(key, options);
const meta = { title: 'Bảng', context: ['Kỳ báo cáo: Quý III/2019'], fileName: 'bang' };
const period = parsePeriod('2019-Q3') as Period;
const units = [
  { code: '441', name: 'Huyện Vũ Quang' },
  { code: '449', name: 'Thị xã Kỳ Anh' },
];
const records = ['2019-07', '2019-08', '2019-09'].flatMap((m) => [
  report('441', m, { chairSessions: { regular: m === '2019-08' ? 1 : 2, adHoc: 1 } }),
  report('449', m, { received: { khieu_nai: 30, to_cao: 2, kien_nghi: 6, phan_anh: 2 }, withinJurisdiction: 20, resolved: 10, overdue: 6, repeat: 8, overLevel: 12 }),
]);
const figures = districtFigures(complaintDataOf(records), period, units);
const province = provinceFigures(complaintDataOf(records), period, units, 'Toàn tỉnh', '42');
const row = (rows: readonly Record<string, unknown>[], code: string) => rows.find((r) => r.code === code);

describe('tables behind the charts', () => {
  it('headline table: one row per unit then the province, with the counts behind each rate', () => {
    const table = headlineTable(t, meta, figures, province);
    expect(table.rowKey).toBe('code');
    expect(table.columns.map((c) => c.header)).toEqual(['Mã đơn vị', 'Đơn vị', 'Tổng số đơn', 'Dân số', 'Đơn/10.000 dân', 'Thuộc thẩm quyền', 'Đã giải quyết', 'Tỷ lệ giải quyết']);
    expect(table.rows.map((r) => r.code)).toEqual(['441', '449', '42']);
    expect(row(table.rows, '449')).toMatchObject({ received: 120, population: 89_000, withinJurisdiction: 60, resolved: 30, resolution: 0.5 });
    expect(row(table.rows, '42')).toMatchObject({ unit: 'Toàn tỉnh', received: 150, population: 117_544 });
    expect(row(table.rows, '42')?.per10k).toBeCloseTo((150 / 117_544) * 10_000);
  });

  it('handling table: resolved, still in time and overdue add up to the cases within jurisdiction', () => {
    const r = row(handlingTable(t, meta, figures, province).rows, '449');
    expect(r).toMatchObject({ withinJurisdiction: 60, resolved: 30, pendingInTime: 12, overdue: 18, overdueShare: 0.3 });
  });

  it('quality table: repeat and over-level as counts and shares of received', () => {
    const r = row(qualityTable(t, meta, figures, province).rows, '449');
    expect(r).toMatchObject({ received: 120, repeat: 24, repeatShare: 0.2, overLevel: 36, overLevelShare: 0.3 });
  });

  it('reception table: sessions held against the minimum, months below it, ad-hoc sessions', () => {
    const table = receptionTable(t, meta, figures, new Map([['441', 1]]));
    expect(row(table.rows, '441')).toMatchObject({ sessionsHeld: 5, sessionsRequired: 6, monthsBelow: 1, sessionsAdHoc: 3 });
    expect(row(table.rows, '449')).toMatchObject({ monthsBelow: 0 });
    expect(table.rows.some((r) => r.code === '42')).toBe(false);
  });

  it('comparison table: per 10,000 residents by type, with the population and its source, estimates named', () => {
    const table = comparisonTable(t, meta, figures, province, 'per10k', populationOf);
    const kyAnh = row(table.rows, '449');
    expect(kyAnh?.khieu_nai).toBeCloseTo((90 / 89_000) * 10_000);
    expect(kyAnh).toMatchObject({ population: 89_000, populationSource: 'Ước tính minh họa', populationYear: null });
    expect(row(table.rows, '441')).toMatchObject({ populationYear: '2019' });
    expect(table.columns.map((c) => c.key)).toContain('per10k');
    expect(comparisonTable(t, meta, figures, province, 'absolute', populationOf).rows.find((r) => r.code === '449')).toMatchObject({ khieu_nai: 90, received: 120 });
  });

  it('trend table: a row per month with the types, the total and the same month last year', () => {
    const months = monthlyByType(records, 2019);
    const table = trendTable(t, meta, months, months.map((_, i) => (i === 6 ? 99 : null)), (m) => m);
    expect(table.rows).toHaveLength(12);
    expect(table.rows[6]).toMatchObject({ month: '2019-07', khieu_nai: 34, received: 50, lastYear: 99 });
    expect(table.rows[0]).toMatchObject({ received: null, lastYear: null });
  });

  it('carries the unit of measure in every exported numeric header, per 10,000 residents included', () => {
    const per10k = comparisonTable(t, meta, figures, province, 'per10k', populationOf);
    for (const type of ['khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh']) {
      expect(headerWithUnit(per10k.columns.find((c) => c.key === type)!)).toMatch(/\(đơn trên 10\.000 dân\)$/);
    }
    expect(headerWithUnit(comparisonTable(t, meta, figures, province, 'absolute', populationOf).columns.find((c) => c.key === 'khieu_nai')!)).toMatch(/\(đơn\)$/);
    const months = monthlyByType(records, 2019);
    const tables = [
      headlineTable(t, meta, figures, province),
      handlingTable(t, meta, figures, province),
      qualityTable(t, meta, figures, province),
      receptionTable(t, meta, figures, new Map()),
      per10k,
      trendTable(t, meta, months, months.map(() => null), (m) => m),
    ];
    const withoutUnit = tables.flatMap((table) => table.columns.filter((c) => c.kind !== 'text' && !/\(.+\)$/.test(headerWithUnit(c))).map((c) => c.key));
    expect(withoutUnit).toEqual([]);
  });
});

