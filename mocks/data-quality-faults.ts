/**
 * Demo faults that keep a system answering, with data no real system should send: a unit code the catalogue does not
 * have, or values that break the plausibility rules. They show (and test in a real browser) how the dashboard leaves
 * such records out of every figure and lists them on the data-quality page:
 *   ?demo-fault=complaints:unknown-unit     every month gains a row for unit 499 (from 2025-07, commune 18999), which
 *                                           the catalogue does not have
 *   ?demo-fault=complaints:implausible      each March: Can Lộc (443; from 2025-07 Xã Can Lộc, 18406) reports
 *                                           over-level petitions at 200 % of those received, Vũ Quang (441; then
 *                                           Xã Vũ Quang, 18313) 40 regular chair sessions
 *   ?demo-fault=procedures:unknown-unit     every month gains the case files of a local agency coded 499 (18999)
 *   ?demo-fault=procedures:implausible      each March: Cẩm Xuyên (446; then Xã Cẩm Xuyên, 18673) pays online ten
 *                                           times the files resolved, Kỳ Anh district (447; then Xã Kỳ Anh, 18775)
 *                                           digitises ten times the files received
 *   ?demo-fault=emulation:unknown-unit      the registry's second model belongs to unit 499
 *   ?demo-fault=emulation:implausible       the registry's first model was named exemplary in 2008 and never recognised
 * The changes are made on the system's own answer, in its wire format.
 */
import type { ComplaintMonthsResponse } from '../src/sources/complaints/wire-schema';
import type { ModelsPage } from '../src/sources/emulation/wire-schema';
import type { CaseFilesResponse } from '../src/sources/procedures/wire-schema';

export const DATA_QUALITY_FAULTS = ['unknown-unit', 'implausible'] as const;
export type DataQualityFault = (typeof DATA_QUALITY_FAULTS)[number];

export const isDataQualityFault = (kind: string | undefined): kind is DataQualityFault =>
  (DATA_QUALITY_FAULTS as readonly string[]).includes(kind ?? '');

/** A GSO-shaped district code that Hà Tĩnh's catalogue does not have. */
export const UNKNOWN_UNIT_CODE = '499';
/** The same for the months reported by commune (from 2025-07): a commune code no unit set has. */
export const UNKNOWN_COMMUNE_CODE = '18999';
/** An unknown code shaped like the codes a month is reported in. */
const unknownLike = (code: string | null) => (code !== null && code.length === 5 ? UNKNOWN_COMMUNE_CODE : UNKNOWN_UNIT_CODE);

/** The units each "implausible" fault spoils: the district, and from 2025-07 the commune that carries its name. */
const SPOILT_UNITS = {
  overLevel: ['443', '18406'],
  sessions: ['441', '18313'],
  paidOnline: ['446', '18673'],
  digitised: ['447', '18775'],
} as const;
const isOneOf = (code: string | null, codes: readonly string[]) => code !== null && codes.includes(code);
/** Agencies of a People's Committee under the province: districts, and from 2025-07 communes and wards ("XA"). */
const isLocalAgency = (level: string) => level === 'HUYEN' || level === 'XA';
/** The month of each year whose reports the "implausible" faults spoil. */
export const SPOILT_MONTH = '03';

const count = (value: string | number) => Number(value);

export function spoilComplaints(body: ComplaintMonthsResponse, fault: DataQualityFault): ComplaintMonthsResponse {
  if (fault === 'unknown-unit') {
    const firstOfMonth = new Map<string, ComplaintMonthsResponse['data'][number]>();
    for (const row of body.data) if (!firstOfMonth.has(row.ky_bao_cao)) firstOfMonth.set(row.ky_bao_cao, row);
    const extra = [...firstOfMonth.values()].map((row) => {
      const code = unknownLike(row.ma_don_vi);
      return { ...row, ma_don_vi: code, ten_don_vi: `UBND ${code}` };
    });
    return { ...body, data: [...body.data, ...extra] };
  }
  return {
    ...body,
    data: body.data.map((row) => {
      if (!row.ky_bao_cao.startsWith(SPOILT_MONTH)) return row;
      if (isOneOf(row.ma_don_vi, SPOILT_UNITS.overLevel)) return { ...row, xu_ly_don: { ...row.xu_ly_don, vuot_cap: row.tiep_nhan_don.tong_so * 2 } };
      if (isOneOf(row.ma_don_vi, SPOILT_UNITS.sessions)) return { ...row, tiep_cong_dan: { ...row.tiep_cong_dan, chu_tich_dinh_ky: 40 } };
      return row;
    }),
  };
}

export function spoilCaseFiles(body: CaseFilesResponse, fault: DataQualityFault): CaseFilesResponse {
  const rows = body.result.duLieu;
  if (fault === 'unknown-unit') {
    const firstDistrictOfMonth = new Map<string, (typeof rows)[number]>();
    for (const row of rows) if (isLocalAgency(row.capCoQuan) && !firstDistrictOfMonth.has(row.thang)) firstDistrictOfMonth.set(row.thang, row);
    const extra = [...firstDistrictOfMonth.values()].map((row) => {
      const code = unknownLike(row.maDVHC);
      return { ...row, maCoQuan: `UBND-${code}`, maDVHC: code };
    });
    const all = [...rows, ...extra];
    return { ...body, result: { ...body.result, duLieu: all, soBanGhi: typeof body.result.soBanGhi === 'number' ? all.length : String(all.length) } };
  }
  const spoilt = rows.map((row) => {
    if (!row.thang.startsWith(SPOILT_MONTH) || !isLocalAgency(row.capCoQuan)) return row;
    const resolved = count(row.giaiQuyetTruocHan) + count(row.giaiQuyetDungHan) + count(row.giaiQuyetTreHan);
    const received = count(row.tiepNhanTrucTuyen) + count(row.tiepNhanTrucTiep) + count(row.tiepNhanBuuChinh);
    if (isOneOf(row.maDVHC, SPOILT_UNITS.paidOnline)) return { ...row, thanhToanTrucTuyen: resolved * 10 + 1 };
    if (isOneOf(row.maDVHC, SPOILT_UNITS.digitised)) return { ...row, soHoa: received * 10 + 1 };
    return row;
  });
  return { ...body, result: { ...body.result, duLieu: spoilt } };
}

export function spoilModelsPage(body: ModelsPage, fault: DataQualityFault): ModelsPage {
  if (!body.du_lieu || body.phan_trang?.trang !== 1) return body;
  const index = fault === 'unknown-unit' ? 1 : 0;
  const models = body.du_lieu.map((m, i) => {
    if (i !== index) return m;
    return fault === 'unknown-unit' ? { ...m, ma_don_vi: UNKNOWN_UNIT_CODE } : { ...m, nam_dang_ky: '2009', nam_cong_nhan: null, nam_tieu_bieu: '2008' };
  });
  return { ...body, du_lieu: models };
}

/** The system's answer with the fault applied; answers the fault does not concern pass unchanged. */
export function spoilAnswer(source: string, path: string, body: unknown, fault: DataQualityFault): unknown {
  if (source === 'complaints' && path.endsWith('bao-cao/tong-hop-thang')) return spoilComplaints(body as ComplaintMonthsResponse, fault);
  if (source === 'procedures' && path.endsWith('thong-ke/ho-so')) return spoilCaseFiles(body as CaseFilesResponse, fault);
  if (source === 'emulation' && path.endsWith('mo-hinh')) return spoilModelsPage(body as ModelsPage, fault);
  return body;
}
