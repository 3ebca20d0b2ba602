import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../lib/http';
import { monthFromWire, monthToWire, toCaseFileMonths, toServiceCatalogue } from './adapter';
import { caseFilesFixture, serviceCatalogueFixture } from './wire-fixture';

function schemaPaths(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === 'schema') return error.fieldPaths;
    throw error;
  }
  throw new Error('expected a schema error');
}

describe('toServiceCatalogue', () => {
  it('keys departments by agency code and districts by GSO code', () => {
    const { owners, asOf } = toServiceCatalogue(serviceCatalogueFixture());
    expect(asOf).toBe('2025-01-06T00:30:00.000Z');
    expect(owners).toEqual([
      { code: '000.00.03.H23', name: 'Sở Kế hoạch và Đầu tư', kind: 'department' },
      { code: '436', name: 'UBND thành phố Hà Tĩnh', kind: 'district' },
    ]);
  });

  it('maps Decree 43 levels and the year onto each service', () => {
    const { services } = toServiceCatalogue(serviceCatalogueFixture());
    expect(services).toEqual([
      {
        serviceCode: '1.001612',
        serviceName: 'Đăng ký thành lập công ty cổ phần',
        field: 'Thành lập và hoạt động của doanh nghiệp',
        ownerCode: '000.00.03.H23',
        year: 2017,
        level: { scheme: 'decree43', level: 4 },
      },
      expect.objectContaining({ serviceCode: '2.000575', ownerCode: '436', level: { scheme: 'decree43', level: 3 } }),
      expect.objectContaining({ serviceCode: '1.004227', ownerCode: '436', level: { scheme: 'decree43', level: 2 } }),
    ]);
  });

  it('maps Decree 42 levels to full and partial', () => {
    const wire = serviceCatalogueFixture();
    const result = {
      ...wire.result,
      nam: 2023,
      canCu: 'ND42/2022' as const,
      dichVu: wire.result.dichVu.slice(0, 2).map((s, i) => ({ ...s, mucDo: i === 0 ? ('TOAN_TRINH' as const) : ('MOT_PHAN' as const) })),
    };
    const { services } = toServiceCatalogue({ ...wire, result });
    expect(services.map((s) => [s.year, s.level])).toEqual([
      [2023, { scheme: 'decree42', level: 'full' }],
      [2023, { scheme: 'decree42', level: 'partial' }],
    ]);
  });

  it('refuses a response that mixes the two legal bases', () => {
    const wire = serviceCatalogueFixture();
    const dichVu = wire.result.dichVu.map((s, i) => (i === 1 ? { ...s, mucDo: 'TOAN_TRINH' as const } : s));
    expect(schemaPaths(() => toServiceCatalogue({ ...wire, result: { ...wire.result, dichVu } }))).toEqual([
      'result.dichVu[1].mucDo',
    ]);
  });

  it('refuses a district agency without its district code', () => {
    const wire = serviceCatalogueFixture();
    const coQuan = wire.result.coQuan.map((a) => (a.capCoQuan === 'HUYEN' ? { ...a, maDVHC: null } : a));
    expect(schemaPaths(() => toServiceCatalogue({ ...wire, result: { ...wire.result, coQuan } }))).toEqual([
      'result.coQuan[1].maDVHC',
    ]);
  });

  it('refuses a service whose agency the response does not list', () => {
    const wire = serviceCatalogueFixture();
    const dichVu = wire.result.dichVu.map((s, i) => (i === 0 ? { ...s, maCoQuan: '000.00.99.H23' } : s));
    expect(schemaPaths(() => toServiceCatalogue({ ...wire, result: { ...wire.result, dichVu } }))).toEqual([
      'result.dichVu[0].maCoQuan',
    ]);
  });
});

describe('toCaseFileMonths', () => {
  it('turns string and number counts into numbers, month keys and owner keys', () => {
    const { records, asOf } = toCaseFileMonths(caseFilesFixture());
    expect(asOf).toBe('2025-01-06T00:30:00.000Z');
    expect(records[0]).toEqual({
      ownerCode: '436',
      ownerKind: 'district',
      month: '2024-01',
      receivedOnline: 1532,
      receivedInPerson: 301,
      receivedPostal: 17,
      resolvedEarly: 1104,
      resolvedOnTime: 399,
      resolvedLate: 12,
      pending: 640,
      overdue: 35,
      paidOnline: 598,
      digitised: 1420,
    });
    expect(records[1]).toMatchObject({ ownerCode: '000.00.09.H23', ownerKind: 'department', receivedOnline: 1650 });
  });

  it('refuses a district row without its district code', () => {
    const wire = caseFilesFixture();
    const duLieu = wire.result.duLieu.map((r) => ({ ...r, maDVHC: null }));
    expect(schemaPaths(() => toCaseFileMonths({ ...wire, result: { ...wire.result, duLieu } }))).toEqual([
      'result.duLieu[0].maDVHC',
    ]);
  });
});

describe('month helpers', () => {
  it('converts between MM/yyyy and YYYY-MM', () => {
    expect(monthFromWire('09/2021')).toBe('2021-09');
    expect(monthToWire('2021-09')).toBe('09/2021');
  });
});
