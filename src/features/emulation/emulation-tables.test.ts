import { describe, expect, it } from 'vitest';
import { summariseModels } from '../../domain/emulation-metrics';
import { toCsv } from '../../lib/export/csv';
import { fieldTable, growthTable, rankingTable, ranks, registryRow, registryTable, sharesTable, type RegistryNames } from './emulation-tables';
import { emulationData, growthByYear, unitFigures } from './emulation-view';
import { fieldColumns, fieldMatrix } from './field-matrix';
import { vi } from './messages';
import { agreesWithPublished, publishedFor } from './published';
import { MODELS } from './test-models';

const names: Record<string, string> = { '436': 'Thành phố Hà Tĩnh', '439': 'Huyện Hương Sơn', '440': 'Huyện Đức Thọ', '449': 'Thị xã Kỳ Anh' };
const unitName = (code: string) => names[code] ?? code;
const frame = { title: 'T', context: ['Kỳ báo cáo: Năm 2017'], fileName: 'f' };
const LOOKUP = [
  { code: 'KT', name: 'Kinh tế' },
  { code: 'VHXH', name: 'Văn hóa – xã hội' },
  { code: 'QPAN', name: 'Quốc phòng – an ninh' },
];
const summary2017 = summariseModels(MODELS, 2017, ['436', '439', '440', '449']);
const figuresWith = (population: (code: string) => number | null = () => null) =>
  unitFigures(emulationData(MODELS, population), 2017, ['436', '439', '440', '449']);

describe('ranks', () => {
  it('ranks higher first, ties share a rank, missing values get none', () => {
    expect([...ranks(new Map([['a', 0.5], ['b', 0], ['c', 0], ['d', 1], ['e', null]]))]).toEqual([
      ['a', 2],
      ['b', 3],
      ['c', 3],
      ['d', 1],
      ['e', null],
    ]);
  });
});

describe('panel tables (hand-checked on the small registry)', () => {
  it('ranking table: counts, shares and rank by the chosen indicator', () => {
    const table = rankingTable(summary2017, figuresWith(), 'exemplaryShare', unitName, vi.col, frame);
    expect(table.rowKey).toBe('code');
    expect(table.rows.map((r) => [r.code, r.rank, r.models, r.recognised, r.exemplary, r.exemplaryShare])).toEqual([
      ['436', 2, 2, 1, 1, 0.5],
      ['439', 3, 1, 0, 0, 0],
      ['440', 3, 1, 1, 0, 0],
      ['449', 1, 1, 1, 1, 1],
    ]);
    const byModels = rankingTable(summary2017, figuresWith(), 'models', unitName, vi.col, frame);
    expect(byModels.rows.map((r) => r.rank)).toEqual([1, 2, 2, 2]);
    const pop = (code: string) => ({ '436': 40_000, '439': 5_000 })[code] ?? null;
    const perResident = rankingTable(summary2017, figuresWith(pop), 'per10k', unitName, vi.col, frame);
    expect(perResident.rows.map((r) => [r.code, r.population, r.per10k, r.rank])).toEqual([
      ['436', 40_000, 0.5, 2],
      ['439', 5_000, 2, 1],
      ['440', null, null, null],
      ['449', null, null, null],
    ]);
  });

  it('field table: counts or mix per unit, in the lookup\'s order, with unknown codes kept', () => {
    const matrix = fieldMatrix(summary2017, LOOKUP, unitName, 'Toàn tỉnh');
    // XDHTCT (model F) is not in this lookup: it still gets a column, under its code.
    expect(matrix.columns.map((c) => c.code)).toEqual(['KT', 'VHXH', 'QPAN', 'XDHTCT']);
    const counts = fieldTable(matrix, 'count', vi.col, frame);
    expect(counts.columns.map((c) => c.header)).toEqual(['Mã đơn vị', 'Đơn vị', 'Kinh tế', 'Văn hóa – xã hội', 'Quốc phòng – an ninh', 'XDHTCT', 'Tổng số']);
    expect(counts.rows.map((r) => [r.code, r.f_KT, r.f_VHXH, r.f_QPAN, r.f_XDHTCT, r.total])).toEqual([
      ['436', 1, 1, 0, 0, 2],
      ['439', 1, 0, 0, 0, 1],
      ['440', 1, 0, 0, 0, 1],
      ['449', 0, 0, 0, 1, 1],
    ]);
    const mix = fieldTable(matrix, 'share', vi.col, frame);
    expect(mix.rows[0]).toMatchObject({ f_KT: 0.5, f_VHXH: 0.5, f_QPAN: 0, total: 2 });
    expect(mix.columns.find((c) => c.key === 'f_KT')?.kind).toBe('percent');
    expect(matrix.province.cells.map((c) => c.count)).toEqual([3, 1, 0, 1]);
    expect(fieldColumns([], summary2017.province).map((c) => c.code)).toEqual(['KT', 'VHXH', 'XDHTCT']);
  });

  it('shares table: exemplary and replicated shares with their counts', () => {
    const table = sharesTable(summary2017, figuresWith(), unitName, vi.col, frame);
    // 436: A replicated (3 times), B not; 439: C once; 449: F four times.
    expect(table.rows.map((r) => [r.code, r.exemplaryShare, r.replicated, r.replicatedShare, r.replications])).toEqual([
      ['436', 0.5, 1, 0.5, 3],
      ['439', 0, 1, 1, 1],
      ['440', 0, 0, 0, 0],
      ['449', 1, 1, 1, 4],
    ]);
  });

  it('growth table: one row per year, years as text', () => {
    const table = growthTable(growthByYear(MODELS, 2016, 2017), vi.col, frame);
    expect(table.rows).toEqual([
      { year: '2016', registeredInYear: 2, models: 3, recognised: 2, exemplary: 1 },
      { year: '2017', registeredInYear: 2, models: 5, recognised: 3, exemplary: 2 },
    ]);
  });

  it('registry rows name every code and export years as years, not "2.017"', () => {
    const lookups: RegistryNames = {
      unit: unitName,
      commune: (code) => (code === '25012' ? 'Phường Nam Hà' : code),
      field: (code) => LOOKUP.find((f) => f.code === code)?.name ?? code,
      level: (l) => ({ xa: 'Cấp xã', huyen: 'Cấp huyện', tinh: 'Cấp tỉnh', co_quan: 'Cơ quan, đơn vị' })[l],
    };
    const [a] = MODELS;
    if (!a) throw new Error('fixture');
    const row = registryRow(a, lookups);
    expect(row).toMatchObject({ id: 'A', unit: 'Thành phố Hà Tĩnh', commune: 'Phường Nam Hà', field: 'Kinh tế', level: 'Cấp xã', yearRegistered: '2015', yearExemplary: '2017', timesReplicated: 3 });
    const csv = toCsv(registryTable([row], vi.col, frame));
    expect(csv).toContain('A,Dân vận khéo trong hiến đất làm đường,Thành phố Hà Tĩnh,Phường Nam Hà,Kinh tế,Cấp xã,2015,2016,2017,3,');
    // The unit code selects a row but is not a column of its own.
    expect(csv.split('\r\n')[3]).not.toContain('unitCode');
  });
});

describe('published figures', () => {
  it('are known for 2017 only, and the registry is checked against them', () => {
    const p = publishedFor(2017);
    expect(p).toEqual({ year: 2017, models: 1700, exemplary: 350 });
    expect(publishedFor(2018)).toBeNull();
    if (!p) throw new Error('published');
    expect(agreesWithPublished({ models: 1700, exemplary: 350 }, p)).toBe(true);
    expect(agreesWithPublished({ models: 1700, exemplary: 349 }, p)).toBe(false);
  });
});
