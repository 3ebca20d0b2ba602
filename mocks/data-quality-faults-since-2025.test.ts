/** The data-quality demo faults on the months filed by the 69 communes and wards (2025-07 on). */
import { describe, expect, it } from 'vitest';
import type { ComplaintMonthsResponse } from '../src/sources/complaints/wire-schema';
import type { CaseFilesResponse } from '../src/sources/procedures/wire-schema';
import { spoilCaseFiles, spoilComplaints, UNKNOWN_COMMUNE_CODE, UNKNOWN_UNIT_CODE } from './data-quality-faults';
import { DEMO_TABLES } from './demo-tables';

const rowsOf = async (table: 'complaint-months' | 'case-file-months', year: string): Promise<unknown[]> =>
  ((await DEMO_TABLES[table].records(year)) ?? []).map((r) => JSON.parse(r.json) as unknown);

const complaints = async (year: string) =>
  ({ error_code: 0, message: null, thoi_diem_tong_hop: '02/12/2026 16:45:00', data: await rowsOf('complaint-months', year) }) as ComplaintMonthsResponse;
const caseFiles = async (year: string) =>
  ({ success: true, message: null, result: { capNhatLuc: '', tuThang: '', denThang: '', soBanGhi: 0, duLieu: await rowsOf('case-file-months', year) } }) as CaseFilesResponse;

describe('data-quality faults after the 2025 reform', () => {
  it('complaints:unknown-unit adds a commune-shaped unknown code to each month reported by commune', async () => {
    const wire = await complaints('2025');
    const added = spoilComplaints(wire, 'unknown-unit').data.slice(wire.data.length);
    expect(added).toHaveLength(12);
    expect(added.filter((r) => r.ky_bao_cao <= '06/2025' && r.ma_don_vi === UNKNOWN_UNIT_CODE)).toHaveLength(6);
    expect(added.filter((r) => r.ma_don_vi === UNKNOWN_COMMUNE_CODE).map((r) => r.ky_bao_cao)).toEqual(['07/2025', '08/2025', '09/2025', '10/2025', '11/2025', '12/2025']);
  });

  it('complaints:implausible spoils Xã Can Lộc and Xã Vũ Quang in March 2026', async () => {
    const spoilt = spoilComplaints(await complaints('2026'), 'implausible').data.filter((r) => r.ky_bao_cao === '03/2026');
    const canLoc = spoilt.find((r) => r.ma_don_vi === '18406');
    expect(canLoc?.xu_ly_don.vuot_cap).toBe((canLoc?.tiep_nhan_don.tong_so ?? -1) * 2);
    expect(spoilt.find((r) => r.ma_don_vi === '18313')?.tiep_cong_dan.chu_tich_dinh_ky).toBe(40);
  });

  it('procedures: the unknown agency and the implausible payments and scans land on commune committees', async () => {
    const wire = await caseFiles('2026');
    const added = spoilCaseFiles(wire, 'unknown-unit').result.duLieu.slice(wire.result.duLieu.length);
    expect(added).toHaveLength(11);
    expect(added.every((r) => r.maDVHC === UNKNOWN_COMMUNE_CODE)).toBe(true);
    const march = spoilCaseFiles(wire, 'implausible').result.duLieu.filter((r) => r.thang === '03/2026');
    const resolved = (r: (typeof march)[number]) => Number(r.giaiQuyetTruocHan) + Number(r.giaiQuyetDungHan) + Number(r.giaiQuyetTreHan);
    const camXuyen = march.find((r) => r.maDVHC === '18673');
    expect(Number(camXuyen?.thanhToanTrucTuyen)).toBeGreaterThan(resolved(camXuyen ?? march[0]!));
    expect(Number(march.find((r) => r.maDVHC === '18775')?.soHoa)).toBeGreaterThan(1000);
  });
});
