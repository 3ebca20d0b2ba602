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

describe('date helpers', () => {
  it('reads dd/MM/yyyy and Vietnam-time stamps', () => {
    expect(isoDateFromVn('05/01/2025')).toBe('2025-01-05');
    // 00:15 on 1 January in Hà Tĩnh is still 31 December in UTC.
    expect(isoInstantFromVn('01/01/2025 00:15:00')).toBe('2024-12-31T17:15:00.000Z');
  });
});
