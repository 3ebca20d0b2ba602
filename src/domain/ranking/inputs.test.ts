import { describe, expect, it } from 'vitest';
import type { ComplaintMonth } from '../complaints';
import type { DistrictDisclosureQuarter } from '../disclosure';
import type { EmulationModel } from '../emulation';
import type { CaseFileMonth } from '../procedures';
import { caseFileTotals } from '../procedures-metrics';
import { emulationStockYear, groupedPeriodInputs, notApplicableIndicators, periodInputs, type RankingSourceData } from './inputs';

const quarter = (districtCode: string, q: string, required: number, onTime: number, reports: number, lists: number): DistrictDisclosureQuarter => ({
  districtCode,
  quarter: q,
  basis: 'LUAT10_2022',
  reports,
  filed: reports,
  listsPosted: lists,
  required,
  published: onTime,
  publishedOnTime: onTime,
  postedLongEnough: onTime,
});

const complaintMonth = (unitCode: string, month: string): ComplaintMonth => ({
  unitCode,
  month,
  received: { khieu_nai: 2, to_cao: 1, kien_nghi: 1, phan_anh: 1 },
  eligible: 5,
  withinJurisdiction: 4,
  resolved: 3,
  overdue: 1,
  repeat: 0,
  overLevel: 0,
  chairSessions: { regular: month.endsWith('-01') ? 0 : 2, adHoc: 0 },
  chairSessionsRequired: 2,
});

const caseMonth = (ownerCode: string, ownerKind: 'district' | 'department', month: string): CaseFileMonth => ({
  ownerCode,
  ownerKind,
  month,
  receivedOnline: 3,
  receivedInPerson: 7,
  receivedPostal: 0,
  resolvedEarly: 1,
  resolvedOnTime: 8,
  resolvedLate: 1,
  pending: 0,
  overdue: 0,
  paidOnline: 0,
  digitised: 0,
});

const model = (unitCode: string, yearRegistered: number, yearExemplary: number | null): EmulationModel => ({
  id: `${unitCode}-${yearRegistered}-${yearExemplary}`,
  name: 'Mô hình',
  unitCode,
  communeCode: null,
  fieldCode: 'KT',
  level: 'xa',
  yearRegistered,
  yearRecognised: yearRegistered,
  yearExemplary,
  timesReplicated: 0,
  commendation: null,
});

const months2024 = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);

const data: RankingSourceData = {
  disclosureRows: [
    quarter('436', '2024-Q1', 140, 70, 10, 5),
    quarter('436', '2024-Q2', 140, 105, 10, 10),
    quarter('436', '2024-Q3', 140, 140, 10, 10),
    quarter('436', '2024-Q4', 140, 125, 10, 5),
    quarter('437', '2024-Q1', 84, 42, 6, 6), // 437 did not report 2024-Q2
    quarter('437', '2024-Q3', 84, 84, 6, 6),
    quarter('437', '2024-Q4', 84, 84, 6, 6),
  ],
  complaintsByYear: new Map([[2024, [...months2024.map((m) => complaintMonth('436', m)), ...months2024.filter((m) => m !== '2024-03').map((m) => complaintMonth('437', m))]]]),
  caseFilesByYear: new Map([
    [
      2024,
      [
        ...months2024.map((m) => caseMonth('436', 'district', m)),
        ...months2024.map((m) => caseMonth('000.00.09.H23', 'department', m)),
        // A department row that happens to carry a district's code must not count as the district's own files.
        { ...caseMonth('436', 'department', '2024-01'), receivedOnline: 1000 },
      ],
    ],
  ]),
  models: [model('436', 2020, 2022), model('436', 2023, 2024), model('436', 2024, null), model('437', 2025, null)],
  population: (code) => ({ '436': 100_000, '437': 40_000 })[code] ?? null,
};

describe('ranking inputs from the domain records', () => {
  const year = periodInputs({ kind: 'year', year: 2024 }, ['436', '437', '449'], data);
  const unit = (code: string) => year.units.find((u) => u.code === code)!.values;

  it('pools disclosure counts over the quarters of the period', () => {
    // (70 + 105 + 140 + 125) / 560 = 440 / 560; lists 30 / 40.
    expect(unit('436')['disclosure.onTime']).toEqual({ value: 440 / 560, numerator: 440, denominator: 560 });
    expect(unit('436')['disclosure.listPosted']!.value).toBeCloseTo(0.75, 12);
  });

  it('has no disclosure figure for a unit that missed a quarter of the period, but has one for the quarters it reported', () => {
    expect(unit('437')['disclosure.onTime']).toBeUndefined();
    const q1 = periodInputs({ kind: 'quarter', year: 2024, index: 1 }, ['437'], data);
    expect(q1.units[0]!.values['disclosure.onTime']!.value).toBeCloseTo(0.5, 12);
    // A month reads its quarter.
    const feb = periodInputs({ kind: 'month', year: 2024, index: 2 }, ['437'], data);
    expect(feb.units[0]!.values['disclosure.onTime']!.value).toBeCloseTo(0.5, 12);
  });

  it('computes the complaint indicators with complaintTotals', () => {
    const v = unit('436');
    expect(v['complaints.resolution']!.value).toBeCloseTo(36 / 48, 12);
    expect(v['complaints.overdue']!.value).toBeCloseTo(12 / 48, 12);
    // 60 petitions in the year for 100,000 residents: 6 per 10,000.
    expect(v['complaints.per10k']).toEqual({ value: 6, numerator: 60, denominator: 100_000 });
    // January held no session: 22 of 24 required.
    expect(v['complaints.reception']!.value).toBeCloseTo(22 / 24, 12);
  });

  it('leaves out complaint figures for a period with a month not reported', () => {
    expect(unit('437')['complaints.resolution']).toBeUndefined();
    expect(periodInputs({ kind: 'month', year: 2024, index: 4 }, ['437'], data).units[0]!.values['complaints.resolution']!.value).toBeCloseTo(0.75, 12);
  });

  it("counts only the district People's Committee's own case files", () => {
    expect(unit('436')['services.online']).toEqual({ value: 0.3, numerator: 36, denominator: 120 });
    expect(unit('436')['services.onTime']!.value).toBeCloseTo(0.9, 12);
  });

  it('reads model stocks at the end of the year, and at the end of the year before for shorter periods', () => {
    expect(emulationStockYear({ kind: 'year', year: 2024 })).toBe(2024);
    expect(emulationStockYear({ kind: 'quarter', year: 2024, index: 3 })).toBe(2023);
    expect(unit('436')['emulation.modelsPer10k']!.value).toBeCloseTo(0.3, 12); // 3 models / 100,000 × 10,000
    expect(unit('436')['emulation.exemplaryShare']!.value).toBeCloseTo(2 / 3, 12);
    const q3 = periodInputs({ kind: 'quarter', year: 2024, index: 3 }, ['436'], data).units[0]!.values;
    expect(q3['emulation.modelsPer10k']!.value).toBeCloseTo(0.2, 12);
    expect(q3['emulation.exemplaryShare']!.value).toBeCloseTo(0.5, 12);
    // 437's only model is registered in 2025: no models yet, no exemplary share.
    expect(unit('437')['emulation.modelsPer10k']!.value).toBe(0);
    expect(unit('437')['emulation.exemplaryShare']).toBeUndefined();
  });

  it('has no per-10,000 figure without a population', () => {
    expect(unit('449')['emulation.modelsPer10k']).toBeUndefined();
    expect(Object.keys(unit('449'))).toEqual([]);
  });

  it('pools the province figure from numerators and denominators, never by averaging rates', () => {
    const q1 = periodInputs({ kind: 'quarter', year: 2024, index: 1 }, ['436', '437'], data);
    // (70 + 42) / (140 + 84) = 0.5, the same as each unit here; check a pair that differs.
    expect(q1.province['disclosure.onTime']!.value).toBeCloseTo(112 / 224, 12);
    const q4 = periodInputs({ kind: 'quarter', year: 2024, index: 4 }, ['436', '437'], data);
    expect(q4.province['disclosure.onTime']!.value).toBeCloseTo((125 + 84) / (140 + 84), 12);
    expect(q4.province['disclosure.onTime']!.value).not.toBeCloseTo((125 / 140 + 1) / 2, 4);
    // Per 10,000 pools counts over populations: (3 + 0) / 140,000 × 10,000.
    const known = periodInputs({ kind: 'year', year: 2024 }, ['436', '437'], data);
    expect(known.province['emulation.modelsPer10k']!.value).toBeCloseTo((3 / 140_000) * 10_000, 12);
    // The province's residents include a unit whose population is unknown: no rate rather than a rate over part of them.
    expect(year.province['emulation.modelsPer10k']).toBeUndefined();
  });

  it('leaves a failed source\'s theme empty and keeps the others', () => {
    const partial = periodInputs({ kind: 'year', year: 2024 }, ['436'], { ...data, complaintsByYear: null, models: null });
    expect(Object.keys(partial.units[0]!.values).sort()).toEqual(['disclosure.listPosted', 'disclosure.onTime', 'services.onTime', 'services.online']);
  });

  it('gives "Toàn tỉnh" the whole province: case files of every owner, departments included', () => {
    const all = caseFileTotals(data.caseFilesByYear!.get(2024)!, months2024);
    expect(year.province['services.online']).toEqual({ value: all.receivedOnline / all.received, numerator: all.receivedOnline, denominator: all.received });
    expect(year.province['services.online']!.value).not.toBeCloseTo(unit('436')['services.online']!.value, 6);
  });

  it('measures the quarterly disclosure list only from Law 10/2022 (1 Jul 2023): earlier periods re-weight the theme', () => {
    const rows = [quarter('436', '2023-Q2', 110, 100, 10, 5), quarter('436', '2023-Q3', 140, 100, 10, 5), quarter('436', '2023-Q4', 140, 100, 10, 10)];
    const d = { ...data, disclosureRows: rows };
    const q2 = periodInputs({ kind: 'quarter', year: 2023, index: 2 }, ['436'], d).units[0]!.values;
    expect(q2['disclosure.onTime']).toBeDefined();
    expect(q2['disclosure.listPosted']).toBeUndefined();
    expect(notApplicableIndicators({ kind: 'quarter', year: 2023, index: 2 })).toEqual(['disclosure.listPosted']);
    expect(notApplicableIndicators({ kind: 'quarter', year: 2023, index: 3 })).toEqual([]);
    // 2023 as a whole: the list is measured over Q3 and Q4 only (15 of 20 commune-quarters).
    const h2 = { ...d, disclosureRows: [quarter('436', '2023-Q1', 110, 100, 10, 0), ...rows] };
    expect(periodInputs({ kind: 'year', year: 2023 }, ['436'], h2).units[0]!.values['disclosure.listPosted']).toEqual({ value: 0.75, numerator: 15, denominator: 20 });
  });
});

describe('ranking inputs of the communes and wards from 1 Jul 2025', () => {
  // Three new units report under their own codes: 18073 (phường), 18100 (phường), 18133 (xã). Populations are known
  // for 18073 and 18100 only.
  const months = ['2025-07', '2025-08', '2025-09'];
  const communeData: RankingSourceData = {
    disclosureRows: [quarter('18073', '2025-Q3', 20, 15, 1, 1), quarter('18100', '2025-Q3', 20, 10, 1, 0), quarter('18133', '2025-Q3', 20, 20, 1, 1)],
    complaintsByYear: new Map([[2025, ['18073', '18100', '18133'].flatMap((c) => months.map((m) => complaintMonth(c, m)))]]),
    caseFilesByYear: new Map([[2025, ['18073', '18100', '18133'].flatMap((c) => months.map((m) => caseMonth(c, 'district', m)))]]),
    models: [],
    population: (code) => ({ '18073': 50_000, '18100': 30_000 })[code] ?? null,
  };
  const q3 = { kind: 'quarter', year: 2025, index: 3 } as const;

  it('measures each commune with the same functions as a district', () => {
    const inputs = periodInputs(q3, ['18073', '18100', '18133'], communeData);
    expect(inputs.units[0]!.values['disclosure.onTime']).toEqual({ value: 0.75, numerator: 15, denominator: 20 });
    // 15 petitions (5 a month) over 50,000 residents: 3 per 10,000.
    expect(inputs.units[0]!.values['complaints.per10k']).toEqual({ value: 3, numerator: 15, denominator: 50_000 });
  });

  it('leaves a commune without a population out of every per-10,000 indicator, and keeps its shares', () => {
    const xa = periodInputs(q3, ['18133'], communeData).units[0]!.values;
    expect(xa['complaints.per10k']).toBeUndefined();
    expect(xa['emulation.modelsPer10k']).toBeUndefined();
    expect(xa['complaints.resolution']!.value).toBeCloseTo(0.75, 12);
  });

  it('pools a group of communes as one unit: (15 + 10) / (20 + 20), not the mean of their rates', () => {
    const grouped = groupedPeriodInputs(q3, [{ code: 'G', unitCodes: ['18073', '18100'] }, { code: 'H', unitCodes: ['18133'] }], communeData);
    expect(grouped.units.map((u) => u.code)).toEqual(['G', 'H']);
    expect(grouped.units[0]!.values['disclosure.onTime']).toEqual({ value: 25 / 40, numerator: 25, denominator: 40 });
    // Per 10,000 over the group's residents: 30 petitions / 80,000.
    expect(grouped.units[0]!.values['complaints.per10k']!.value).toBeCloseTo((30 / 80_000) * 10_000, 12);
    expect(grouped.units[1]!.values['complaints.per10k']).toBeUndefined();
    expect(grouped.province['disclosure.onTime']!.value).toBeCloseTo(45 / 60, 12);
  });
});
