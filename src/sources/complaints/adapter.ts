/** Complaints reporting rows → ComplaintMonth. Pure; throws UpstreamError('schema') when a row's total disagrees with its parts. */
import type { ComplaintMonth } from '../../domain/complaints';
import type { MonthKey } from '../../domain/period';
import { UpstreamError } from '../../lib/http';
import type { ComplaintMonthRow, ComplaintMonthsResponse } from './wire-schema';

/**
 * Law on Citizen Reception 42/2013/QH13, Art. 13: the chair of a district People's Committee receives citizens
 * at least two days a month.
 */
export const DISTRICT_CHAIR_SESSIONS_PER_MONTH = 2;
/**
 * Art. 15: the chair of a commune People's Committee receives citizens at least one day a week, four days a month.
 * The system reports by commune and ward (5-digit codes) from 1 Jul 2025, when the districts were abolished.
 */
export const COMMUNE_CHAIR_SESSIONS_PER_MONTH = 4;

/** The legal minimum of regular sessions a month for the chair of the unit a row reports on, by its code's level. */
export const chairSessionsRequired = (unitCode: string): number =>
  unitCode.length === 5 ? COMMUNE_CHAIR_SESSIONS_PER_MONTH : DISTRICT_CHAIR_SESSIONS_PER_MONTH;

/** "07/2019" → "2019-07". */
export const monthFromWire = (text: string): MonthKey => `${text.slice(3)}-${text.slice(0, 2)}`;
/** "2019-07" → "201907", the system's period parameter. */
export const monthToQuery = (month: MonthKey): string => month.replace('-', '');

/** "15/01/2025 16:45:00" in Vietnam time (UTC+7) → an ISO instant. */
export function isoInstantFromVn(stamp: string): string {
  const [date = '', time = ''] = stamp.split(' ');
  const [day, month, year] = date.split('/');
  return new Date(`${year}-${month}-${day}T${time}+07:00`).toISOString();
}

const schemaError = (message: string, path: string) => new UpstreamError('complaints', 'schema', message, undefined, [path]);

/**
 * The by-type counts must add up to the stated total: a row that breaks this is not the report form the system
 * describes (schema drift), and the total is not kept beyond this point. Whether the funnel's stages are nested
 * (eligible ≤ received, …) is a plausibility rule of the domain (src/domain/quality), applied to every record after
 * this adapter: a row that breaks one is left out and listed, rather than failing the whole system.
 */
function checkRow(row: ComplaintMonthRow, path: string): void {
  const received = row.tiep_nhan_don;
  const byType = received.khieu_nai + received.to_cao + received.kien_nghi + received.phan_anh;
  if (byType !== received.tong_so) {
    throw schemaError(`Tổng số đơn ${received.tong_so} khác tổng theo loại ${byType}`, `${path}.tiep_nhan_don.tong_so`);
  }
}

function toComplaintMonth(row: ComplaintMonthRow, path: string): ComplaintMonth {
  checkRow(row, path);
  return {
    unitCode: row.ma_don_vi,
    month: monthFromWire(row.ky_bao_cao),
    received: {
      khieu_nai: row.tiep_nhan_don.khieu_nai,
      to_cao: row.tiep_nhan_don.to_cao,
      kien_nghi: row.tiep_nhan_don.kien_nghi,
      phan_anh: row.tiep_nhan_don.phan_anh,
    },
    eligible: row.xu_ly_don.du_dieu_kien,
    withinJurisdiction: row.xu_ly_don.thuoc_tham_quyen,
    resolved: row.ket_qua_giai_quyet.da_giai_quyet,
    overdue: row.ket_qua_giai_quyet.qua_han,
    repeat: row.xu_ly_don.trung_lap,
    overLevel: row.xu_ly_don.vuot_cap,
    chairSessions: { regular: row.tiep_cong_dan.chu_tich_dinh_ky, adHoc: row.tiep_cong_dan.chu_tich_dot_xuat },
    chairSessionsRequired: chairSessionsRequired(row.ma_don_vi),
  };
}

export function toComplaintMonths(wire: ComplaintMonthsResponse): { asOf: string; records: ComplaintMonth[] } {
  return {
    asOf: isoInstantFromVn(wire.thoi_diem_tong_hop),
    records: wire.data.map((row, i) => toComplaintMonth(row, `data[${i}]`)),
  };
}
