/**
 * The demo months after the first dataset (2025-01 … 2026-11): filed by the units in force each month, continuing
 * the province's series across both reforms, and passing the app's own wire schemas and plausibility rules once
 * the new unit codes are set aside (the schemas of today know only three-digit district codes).
 */
import { describe, expect, it } from 'vitest';
import { complaintMonthsResponse } from '../src/sources/complaints/wire-schema';
import { toComplaintMonths } from '../src/sources/complaints/adapter';
import { caseFilesResponse } from '../src/sources/procedures/wire-schema';
import { toCaseFileMonths } from '../src/sources/procedures/adapter';
import { wireModelSchema } from '../src/sources/emulation/wire-schema';
import { adaptModel } from '../src/sources/emulation/adapter';
import { wireSummaryRowSchema, wireReportSchema } from '../src/sources/disclosure/wire-schema';
import { adaptSummary } from '../src/sources/disclosure/adapter';
import {
  applyRules,
  CASE_FILE_IDENTITY,
  COMPLAINT_IDENTITY,
  COMPLAINT_RULES,
  DISCLOSURE_IDENTITY,
  DISCLOSURE_RULES,
  emulationRules,
  MODEL_IDENTITY,
  PROCEDURE_RULES,
} from '../src/domain/quality';
import { DEMO_TABLES } from './demo-tables';
import type { DemoTableId } from './demo-store';
import { demoMonthsBetween } from './data/demo-calendar';
import { COMMUNES_2025_07 } from './data/units-2025-07.generated';
import { districtsOfSet, reportingUnits } from './data/reporting-units';
import { disclosureReports, DISCLOSURE_LAST_QUARTER } from './data/disclosure';

const CODES_69 = COMMUNES_2025_07.map((c) => c.code).sort();
const DISTRICTS_12 = ['436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '449'];
const LEGACY_CODE = '999';

type Json = Record<string, unknown>;

async function wireRows(table: DemoTableId, partitions: readonly string[]): Promise<Json[]> {
  const out: Json[] = [];
  for (const p of partitions) for (const r of (await DEMO_TABLES[table].records(p)) ?? []) out.push(JSON.parse(r.json) as Json);
  return out;
}

const monthOfWire = (mmYyyy: unknown) => `${String(mmYyyy).slice(3)}-${String(mmYyyy).slice(0, 2)}`;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
/** Relative change from a to b. */
const change = (a: number, b: number) => Math.abs(b - a) / a;

describe('units in force, month by month', () => {
  it('complaints: 13 districts to 2024-12, the 12 left in 2025-H1, then the 69 communes and wards', async () => {
    const rows = await wireRows('complaint-months', ['2024', '2025', '2026']);
    const byMonth = new Map<string, string[]>();
    for (const r of rows) byMonth.set(monthOfWire(r.ky_bao_cao), [...(byMonth.get(monthOfWire(r.ky_bao_cao)) ?? []), String(r.ma_don_vi)]);
    expect([...byMonth.keys()]).toEqual(demoMonthsBetween('2024-01', '2026-11'));
    for (const [month, codes] of byMonth) {
      const expected = month <= '2024-12' ? [...DISTRICTS_12, '448'].sort() : month <= '2025-06' ? DISTRICTS_12 : CODES_69;
      expect([month, [...codes].sort()]).toEqual([month, expected]);
    }
    const jul = rows.find((r) => r.ma_don_vi === '18073' && r.ky_bao_cao === '07/2025');
    expect(jul?.ten_don_vi).toBe('UBND phường Thành Sen');
  });

  it('case files: district committees to 2025-06, commune and ward committees ("XA") from 2025-07', async () => {
    const rows = await wireRows('case-file-months', ['2025', '2026']);
    const local = (month: string) => rows.filter((r) => monthOfWire(r.thang) === month && r.capCoQuan !== 'SO');
    expect(local('2025-06').map((r) => r.maDVHC).sort()).toEqual(DISTRICTS_12);
    expect(local('2025-06').every((r) => r.capCoQuan === 'HUYEN')).toBe(true);
    for (const month of demoMonthsBetween('2025-07', '2026-11')) {
      expect(local(month).map((r) => r.maDVHC).sort()).toEqual(CODES_69);
      expect(local(month).every((r) => r.capCoQuan === 'XA')).toBe(true);
    }
    const catalogue = await wireRows('service-catalogue', ['2026']);
    expect(catalogue.filter((r) => r.capCoQuan === 'XA').map((r) => r.maDVHC).sort()).toEqual(CODES_69);
    expect(catalogue.some((r) => r.capCoQuan === 'HUYEN')).toBe(false);
  });

  it('disclosure: 209 communes under 12 districts in 2025-H1, then 69 units reporting to the province', () => {
    for (const q of ['2025-Q1', '2025-Q2']) {
      const reports = disclosureReports(q, q);
      expect(reports).toHaveLength(209);
      expect(new Set(reports.map((r) => r.districtCode))).toEqual(new Set(DISTRICTS_12));
    }
    expect(DISCLOSURE_LAST_QUARTER).toBe('2026-Q3');
    for (const q of ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']) {
      const reports = disclosureReports(q, q);
      expect(reports.map((r) => r.communeCode).sort()).toEqual(CODES_69);
      expect(reports.every((r) => r.districtCode === null)).toBe(true);
    }
  });

  it('the registry: 2025-H1 models under the 12 districts, later ones under the 69 units, none at district level', async () => {
    const models = (await wireRows('emulation-models', ['all'])).filter((m) => Number(m.nam_dang_ky) >= 2025);
    expect(models.length).toBeGreaterThan(500);
    const byDistrict = models.filter((m) => String(m.ma_don_vi).length === 3);
    const byCommune = models.filter((m) => String(m.ma_don_vi).length === 5);
    expect(byDistrict.length + byCommune.length).toBe(models.length);
    expect(byDistrict.every((m) => m.nam_dang_ky === '2025' && DISTRICTS_12.includes(String(m.ma_don_vi)))).toBe(true);
    expect(byCommune.every((m) => CODES_69.includes(String(m.ma_don_vi)) && m.cap !== 'HUYEN')).toBe(true);
    expect(byCommune.filter((m) => m.cap === 'XA').every((m) => m.ma_xa === m.ma_don_vi)).toBe(true);
    expect(new Set(byCommune.map((m) => m.ma_don_vi)).size).toBeGreaterThan(60);
  });
});

describe('continuity across the reforms', () => {
  it('keeps the province’s residents whole in every set', () => {
    const total = (month: string) => sum(reportingUnits(month).map((u) => u.population));
    expect(total('2025-01')).toBeCloseTo(total('2024-12'), 6);
    expect(total('2025-07')).toBeCloseTo(total('2024-12'), 6);
    expect(districtsOfSet('2025-01').find((d) => d.code === '445')?.population).toBeGreaterThan(131_000);
  });

  it('petitions: no quarter-on-quarter jump over 15 % at either reform (Tết months left out)', async () => {
    const rows = await wireRows('complaint-months', ['2024', '2025']);
    const petitions = (months: readonly string[]) =>
      sum(rows.filter((r) => months.includes(monthOfWire(r.ky_bao_cao))).map((r) => Number((r.tiep_nhan_don as Json).tong_so)));
    expect(change(petitions(['2024-10', '2024-11', '2024-12']), petitions(['2025-03', '2025-04', '2025-05']))).toBeLessThan(0.15);
    expect(change(petitions(['2025-04', '2025-05', '2025-06']), petitions(['2025-07', '2025-08', '2025-09']))).toBeLessThan(0.15);
  });

  it('case files received by local committees: no jump over 15 % at either reform', async () => {
    const rows = await wireRows('case-file-months', ['2024', '2025']);
    const received = (months: readonly string[]) =>
      sum(
        rows
          .filter((r) => r.capCoQuan !== 'SO' && months.includes(monthOfWire(r.thang)))
          .map((r) => Number(r.tiepNhanTrucTuyen) + Number(r.tiepNhanTrucTiep) + Number(r.tiepNhanBuuChinh)),
      );
    expect(change(received(['2024-10', '2024-11', '2024-12']), received(['2025-03', '2025-04', '2025-05']))).toBeLessThan(0.15);
    expect(change(received(['2025-04', '2025-05', '2025-06']), received(['2025-07', '2025-08', '2025-09']))).toBeLessThan(0.15);
  });

  it('carries the planted anomaly: Sơn Kim 1’s files run late in its first quarter as a commune', async () => {
    const rows = (await wireRows('case-file-months', ['2025', '2026'])).filter((r) => r.maDVHC === '18196');
    const lateShare = (months: readonly string[]) => {
      const own = rows.filter((r) => months.includes(monthOfWire(r.thang)));
      const late = sum(own.map((r) => Number(r.giaiQuyetTreHan)));
      return late / sum(own.map((r) => Number(r.giaiQuyetTruocHan) + Number(r.giaiQuyetDungHan) + Number(r.giaiQuyetTreHan)));
    };
    expect(lateShare(['2025-07', '2025-08', '2025-09'])).toBeGreaterThan(3 * lateShare(demoMonthsBetween('2026-01', '2026-11')));
  });

  it('scales the 69 units by their residents: the largest files several times the smallest', async () => {
    const rows = (await wireRows('complaint-months', ['2026'])).filter((r) => monthOfWire(r.ky_bao_cao) <= '2026-11');
    const perUnit = new Map<string, number>();
    for (const r of rows) perUnit.set(String(r.ma_don_vi), (perUnit.get(String(r.ma_don_vi)) ?? 0) + Number((r.tiep_nhan_don as Json).tong_so));
    const counts = [...perUnit.values()];
    expect(Math.max(...counts) / Math.min(...counts)).toBeGreaterThan(4);
  });
});

/** The new codes in the shape today's schemas accept, so everything else of the payload is checked by them. */
const legacyCodes = (row: Json, fields: readonly string[]): Json =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, fields.includes(k) && (v === null || String(v).length === 5) ? LEGACY_CODE : v === 'XA' && k === 'capCoQuan' ? 'HUYEN' : v]));

describe('plausible by the app’s own rules, 2025-01 … 2026-11', () => {
  it('complaints', async () => {
    const data = (await wireRows('complaint-months', ['2025', '2026'])).map((r) => legacyCodes(r, ['ma_don_vi']));
    const wire = complaintMonthsResponse.parse({ error_code: 0, message: null, thoi_diem_tong_hop: '02/12/2026 16:45:00', data });
    const { records } = toComplaintMonths(wire);
    expect(records.length).toBe(6 * 12 + 17 * 69);
    expect(applyRules(records, COMPLAINT_RULES, COMPLAINT_IDENTITY).issues).toEqual([]);
  });

  it('case files', async () => {
    const duLieu = (await wireRows('case-file-months', ['2025', '2026'])).map((r) => legacyCodes(r, ['maDVHC']));
    const wire = caseFilesResponse.parse({
      success: true,
      message: null,
      result: { capNhatLuc: '2026-12-02T07:30:00+07:00', tuThang: '01/2025', denThang: '11/2026', soBanGhi: duLieu.length, duLieu },
    });
    const { records } = toCaseFileMonths(wire);
    expect(records.length).toBeGreaterThan(23 * 19);
    expect(applyRules(records, PROCEDURE_RULES, CASE_FILE_IDENTITY).issues).toEqual([]);
  });

  it('disclosure reports and the roll-up', async () => {
    const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];
    const reports = (await wireRows('disclosure-reports', quarters)).map((r) => legacyCodes(r, ['maHuyen']));
    for (const r of reports) wireReportSchema.parse(r);
    const summary = (await wireRows('disclosure-summary', quarters)).map((r) => {
      const { maXa, ...rest } = legacyCodes(r, ['maHuyen']);
      return wireSummaryRowSchema.parse(maXa === undefined ? rest : { ...rest, maHuyen: LEGACY_CODE });
    });
    expect(summary).toHaveLength(2 * 12 + 5 * 69);
    expect(applyRules(adaptSummary(summary), DISCLOSURE_RULES, DISCLOSURE_IDENTITY).issues).toEqual([]);
  });

  it('the registry, older models moving on since 2024 included', async () => {
    const models = (await wireRows('emulation-models', ['all'])).map((m) => adaptModel(wireModelSchema.parse({ ...m, ma_don_vi: String(m.ma_don_vi).length === 5 ? LEGACY_CODE : m.ma_don_vi })));
    expect(applyRules(models, emulationRules(2026), MODEL_IDENTITY).issues).toEqual([]);
    expect(models.filter((m) => m.yearRegistered >= 2025).some((m) => m.yearRecognised === 2026)).toBe(true);
    expect(models.some((m) => m.yearExemplary !== null)).toBe(true);
  });
});
