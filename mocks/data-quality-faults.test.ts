import { describe, expect, it } from 'vitest';
import { complaintMonthsFixture } from '../src/sources/complaints/wire-fixture';
import { toComplaintMonths } from '../src/sources/complaints/adapter';
import { parseFaults } from './faults';
import { spoilComplaints, spoilModelsPage, UNKNOWN_UNIT_CODE } from './data-quality-faults';

describe('data-quality demo faults', () => {
  it('are parsed beside the other kinds', () => {
    expect(parseFaults('complaints:unknown-unit,procedures:implausible,emulation:bogus')).toEqual({ complaints: 'unknown-unit', procedures: 'implausible' });
  });

  it('add one row per month for a unit the catalogue does not have, still valid for the wire schema', () => {
    const wire = complaintMonthsFixture();
    const months = new Set(wire.data.map((r) => r.ky_bao_cao)).size;
    const spoilt = spoilComplaints(wire, 'unknown-unit');
    expect(spoilt.data.filter((r) => r.ma_don_vi === UNKNOWN_UNIT_CODE)).toHaveLength(months);
    expect(toComplaintMonths(spoilt).records).toHaveLength(wire.data.length + months);
  });

  it('spoil the first model of the first page only', () => {
    const model = { id: 1, ma_mo_hinh: 'MH-1', ten_mo_hinh: 'A', ma_don_vi: '443', ma_xa: null, ma_linh_vuc: 'KT', cap: 'XA' as const, nam_dang_ky: '2012', nam_cong_nhan: '2013', nam_tieu_bieu: null, so_lan_nhan_rong: '0', khen_thuong: null };
    const page = (trang: number) => ({ code: '00', message: '', ngay_cap_nhat: 0, du_lieu: [model, { ...model, ma_mo_hinh: 'MH-2' }], phan_trang: { trang, so_dong: 2, tong_so_dong: 4, tong_so_trang: 2 } });
    expect(spoilModelsPage(page(1), 'implausible').du_lieu?.[0]).toMatchObject({ nam_tieu_bieu: '2008', nam_cong_nhan: null });
    expect(spoilModelsPage(page(1), 'unknown-unit').du_lieu?.[1]?.ma_don_vi).toBe(UNKNOWN_UNIT_CODE);
    expect(spoilModelsPage(page(2), 'implausible')).toEqual(page(2));
  });
});
