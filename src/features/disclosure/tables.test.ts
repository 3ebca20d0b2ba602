import { describe, expect, it } from 'vitest';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../../domain/disclosure-contents';
import { communeMatrix } from './commune-matrix';
import { contentColumns, districtContentMatrix } from './content-matrix';
import { sumDisclosureCounts } from '../../domain/indicators';
import type { DisclosureTotals } from './measures';

const ZERO_TOTALS = sumDisclosureCounts([]);
import { communeMatrixTable, heatmapTable, rankingTable, trendTable } from './tables';
import { SCENARIO } from './test-reports';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key.split('.').pop()}:${JSON.stringify(options)}` : (key.split('.').pop() ?? key));
const meta = { title: 'T', context: ['ctx'], fileName: 'f' };
const totals = (publishedOnTime: number, required: number): DisclosureTotals => ({ ...ZERO_TOTALS, publishedOnTime, required, reports: 1, filed: 1 });

describe('tables behind the panels', () => {
  it('ranks districts by on-time share, units without data last and unranked', () => {
    const table = rankingTable(
      [
        { code: '441', name: 'Vũ Quang', totals: totals(6, 10) },
        { code: '448', name: 'Lộc Hà', totals: null },
        { code: '436', name: 'Hà Tĩnh', totals: totals(9, 10) },
      ],
      t,
      meta,
    );
    expect(table.rowKey).toBe('code');
    expect(table.rows.map((r) => [r.rank, r.code, r.rate_onTime, r.publishedOnTime])).toEqual([
      [1, '436', 0.9, 9],
      [2, '441', 0.6, 6],
      [null, '448', null, null],
    ]);
    expect(table.rows[0]?.required).toBe(10);
    // Rate and count columns of the same measure never share a key.
    expect(new Set(table.columns.map((c) => c.key)).size).toBe(table.columns.length);
    expect(table.rows[0]?.published).toBe(0);
  });

  it('writes the change on last year in points and names the list in force', () => {
    const table = trendTable(
      [{ quarter: '2023-Q3', basis: 'LUAT10_2022', value: 0.7, lastYear: 0.726, change: 0.7 - 0.726, province: null }],
      { quarter: (q) => q, value: 'Toàn tỉnh' },
      t,
      meta,
    );
    expect(table.rows[0]).toEqual({ quarter: '2023-Q3', basis: 'basisName_LUAT10_2022', value: 0.7, lastYear: 0.726, change: -2.6 });
    expect(table.columns.map((c) => c.key)).not.toContain('province');
  });

  it('puts one percent column per content in the heatmap table, empty where not required', () => {
    const quarters = ['2023-Q2', '2023-Q3'];
    const columns = contentColumns(DISCLOSURE_CONTENTS_BY_BASIS, quarters);
    const rows = districtContentMatrix(SCENARIO, DISCLOSURE_CONTENTS_BY_BASIS, quarters, ['443']);
    const table = heatmapTable(rows, columns, (code) => code ?? 'Toàn tỉnh', t, meta);
    expect(table.columns).toHaveLength(2 + 25);
    expect(table.rows[0]).toMatchObject({ code: '', unit: 'Toàn tỉnh', PL34_01: 0.5 });
    expect(table.rows[1]).toMatchObject({ code: '443', PL34_01: null, L10_06: 1 });
  });

  it('ends the drill-down table with the district total, the sum of its communes', () => {
    const quarters = ['2023-Q2', '2023-Q3'];
    const rows = communeMatrix(SCENARIO, DISCLOSURE_CONTENTS_BY_BASIS, quarters).filter((r) => r.districtCode === '436');
    const columns = contentColumns(DISCLOSURE_CONTENTS_BY_BASIS, quarters);
    const total = sumDisclosureCounts(rows.map((r) => r.totals));
    const table = communeMatrixTable(rows, { name: 'Cộng', totals: total }, columns, (c) => `Xã ${c}`, false, t, meta);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]).toMatchObject({ code: '18070', PL34_01: 'on-time (1/1)', PL34_02: 'late (0/1)', L10_02: 'missing (0/1)' });
    expect(table.rows[1]).toMatchObject({ PL34_01: 'not-filed (0/1)' });
    expect(table.rows[2]).toMatchObject({ unit: 'Cộng', required: 50, publishedOnTime: 3, rate_onTime: 3 / 50 });
    expect(new Set(table.columns.map((c) => c.key)).size).toBe(table.columns.length);
    const single = communeMatrixTable(rows, { name: 'Cộng', totals: total }, columns, String, true, t, meta);
    expect(single.rows[0]?.PL34_02).toBe('late');
  });
});
