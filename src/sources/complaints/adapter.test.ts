import { describe, expect, it } from 'vitest';
import { applyRules, COMPLAINT_IDENTITY, COMPLAINT_RULES } from '../../domain/quality';
import { UpstreamError } from '../../lib/http';
import { isoInstantFromVn, monthToQuery, toComplaintMonths } from './adapter';
import { complaintMonthsFixture } from './wire-fixture';
import type { ComplaintMonthsResponse } from './wire-schema';

function schemaPaths(wire: ComplaintMonthsResponse): readonly string[] {
  try {
    toComplaintMonths(wire);
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === 'schema') return error.fieldPaths;
    throw error;
  }
  throw new Error('expected a schema error');
}

/** The fixture with row 0 changed by `edit`. */
function withFirstRow(
  edit: (row: ComplaintMonthsResponse['data'][number]) => ComplaintMonthsResponse['data'][number],
): ComplaintMonthsResponse {
  const wire = complaintMonthsFixture();
  return { ...wire, data: wire.data.map((row, i) => (i === 0 ? edit(row) : row)) };
}

describe('toComplaintMonths', () => {
  it('maps a report row onto the domain record', () => {
    const { asOf, records } = toComplaintMonths(complaintMonthsFixture());
    expect(asOf).toBe('2025-01-15T09:45:00.000Z');
    expect(records[0]).toEqual({
      unitCode: '449',
      month: '2019-07',
      received: { khieu_nai: 46, to_cao: 5, kien_nghi: 32, phan_anh: 11 },
      eligible: 63,
      withinJurisdiction: 35,
      resolved: 20,
      overdue: 11,
      repeat: 21,
      overLevel: 33,
      chairSessions: { regular: 2, adHoc: 3 },
      chairSessionsRequired: 2,
    });
    expect(records[1]).toMatchObject({ unitCode: '441', chairSessions: { regular: 1, adHoc: 0 }, chairSessionsRequired: 2 });
  });

  it('holds a commune or ward chair to one reception day a week, a district chair to two days a month', () => {
    const wire = withFirstRow((row) => ({ ...row, ma_don_vi: '18073', ky_bao_cao: '08/2025' }));
    const [commune, district] = toComplaintMonths(wire).records;
    expect(commune).toMatchObject({ unitCode: '18073', chairSessionsRequired: 4 });
    expect(district).toMatchObject({ unitCode: '441', chairSessionsRequired: 2 });
  });

  it('refuses a total that differs from the sum of the types', () => {
    const wire = withFirstRow((row) => ({ ...row, tiep_nhan_don: { ...row.tiep_nhan_don, tong_so: 95 } }));
    expect(schemaPaths(wire)).toEqual(['data[0].tiep_nhan_don.tong_so']);
  });

  it('passes an unknown unit code and impossible values on to the quality checks, which leave them out', () => {
    const wire = withFirstRow((row) => ({
      ...row,
      ma_don_vi: '499',
      xu_ly_don: { ...row.xu_ly_don, thuoc_tham_quyen: 64, vuot_cap: 188 },
    }));
    const { records } = toComplaintMonths(wire);
    expect(records[0]).toMatchObject({ unitCode: '499', withinJurisdiction: 64, overLevel: 188 });
    const split = applyRules(records, COMPLAINT_RULES, COMPLAINT_IDENTITY);
    expect(split.accepted).toHaveLength(records.length - 1);
    expect(split.issues.map((i) => [i.unitCode, i.period, i.field, i.value, i.bound])).toEqual([
      ['499', '2019-07', 'xu_ly_don.thuoc_tham_quyen', 64, 63],
      ['499', '2019-07', 'xu_ly_don.vuot_cap', 188, 94],
    ]);
  });
});

describe('helpers', () => {
  it('formats the period parameter and reads Vietnam-time stamps', () => {
    expect(monthToQuery('2019-07')).toBe('201907');
    expect(isoInstantFromVn('01/01/2025 06:59:59')).toBe('2024-12-31T23:59:59.000Z');
  });
});
