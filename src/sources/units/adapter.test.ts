import { describe, expect, it } from 'vitest';
import { isoDateFromVn, isoInstantFromVn, toUnitCatalogue } from './adapter';
import { unitCatalogueFixture } from './wire-fixture';

describe('toUnitCatalogue', () => {
  it('maps rows to units with full names, levels, ISO dates and the as-of instant', () => {
    const catalogue = toUnitCatalogue(unitCatalogueFixture(), '42');
    expect(catalogue.asOf).toBe('2024-12-20T01:30:00.000Z');
    expect(catalogue.province).toEqual({
      code: '42',
      name: 'Hà Tĩnh',
      fullName: 'Tỉnh Hà Tĩnh',
      type: 'tinh',
      level: 'province',
      parentCode: null,
      validFrom: '1991-01-01',
      validTo: null,
      population: null,
    });
    expect(catalogue.districts.map((d) => [d.code, d.fullName, d.type])).toEqual([
      ['439', 'Huyện Hương Sơn', 'huyen'],
      ['448', 'Huyện Lộc Hà', 'huyen'],
      ['449', 'Thị xã Kỳ Anh', 'thi-xa'],
    ]);
    expect(catalogue.districts.find((d) => d.code === '448')?.validTo).toBe('2024-12-31');
    expect(catalogue.communes.map((c) => [c.code, c.fullName, c.level, c.parentCode])).toEqual([
      ['18133', 'Thị trấn Phố Châu', 'commune', '439'],
      ['18409', 'Xã Tân Lộc', 'commune', '448'],
    ]);
  });

  it('drops another province’s rows', () => {
    const catalogue = toUnitCatalogue(unitCatalogueFixture(), '42');
    expect(catalogue.districts.some((d) => d.code === '412')).toBe(false);
  });

  it('rejects a catalogue without the requested province as a schema error on the list', () => {
    expect(() => toUnitCatalogue(unitCatalogueFixture(), '44')).toThrow(
      expect.objectContaining({ kind: 'schema', fieldPaths: ['data.danhSach'] }),
    );
  });
});

describe('population (danSo)', () => {
  type Row = ReturnType<typeof unitCatalogueFixture>['data']['danhSach'][number];
  const withPopulation = (byCode: Readonly<Record<string, unknown>>) => {
    const wire = unitCatalogueFixture();
    const rows = wire.data.danhSach.map((r): Row => (r.ma in byCode ? { ...r, danSo: byCode[r.ma] } : r));
    return { ...wire, data: { ...wire.data, danhSach: rows } };
  };

  it('gives each unit version the residents the catalogue sends, and none when it sends none', () => {
    const catalogue = toUnitCatalogue(withPopulation({ '42': 1_317_200, '439': 142_400, '18133': 11_250 }), '42');
    expect(catalogue.province.population).toBe(1_317_200);
    expect(catalogue.districts.find((d) => d.code === '439')?.population).toBe(142_400);
    expect(catalogue.communes.find((c) => c.code === '18133')?.population).toBe(11_250);
    expect(catalogue.districts.find((d) => d.code === '449')?.population).toBeNull();
    expect(catalogue.populationProblems).toEqual([]);
  });

  it('keeps out a population that cannot be a count of residents, naming the unit, the field and the value', () => {
    const catalogue = toUnitCatalogue(withPopulation({ '439': -5, '449': '89000', '448': 86_000.5, '18133': 0, '18409': 7_300 }), '42');
    expect(catalogue.districts.map((d) => [d.code, d.population])).toEqual([
      ['439', null],
      ['448', null],
      ['449', null],
    ]);
    expect(catalogue.communes.find((c) => c.code === '18409')?.population).toBe(7_300);
    expect(catalogue.populationProblems).toEqual([
      { code: '449', fullName: 'Thị xã Kỳ Anh', path: 'data.danhSach[1].danSo', value: '"89000"' },
      { code: '439', fullName: 'Huyện Hương Sơn', path: 'data.danhSach[2].danSo', value: '-5' },
      { code: '448', fullName: 'Huyện Lộc Hà', path: 'data.danhSach[3].danSo', value: '86000.5' },
      { code: '18133', fullName: 'Thị trấn Phố Châu', path: 'data.danhSach[5].danSo', value: '0' },
    ]);
  });
});

describe('date helpers', () => {
  it('reads dd/MM/yyyy and Vietnam-time stamps', () => {
    expect(isoDateFromVn('05/01/2025')).toBe('2025-01-05');
    // 00:15 on 1 January in Hà Tĩnh is still 31 December in UTC.
    expect(isoInstantFromVn('01/01/2025 00:15:00')).toBe('2024-12-31T17:15:00.000Z');
  });
});
