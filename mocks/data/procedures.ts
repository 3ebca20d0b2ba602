/**
 * The demo province's procedure-handling system (hệ thống thông tin giải quyết TTHC): who offers which
 * administrative procedure at which online level each year, and monthly case-file statistics per owner.
 *
 * Everything is derived from seeded streams (see random.ts) and memoised, so each call returns the same data
 * and the browser pays for generation once. Two published-figure constraints are built in by construction:
 * exactly 1,190 level-3 services province-wide in 2017, and no mixing of Decree 43 levels (≤ 2021) with
 * Decree 42 full/partial services (≥ 2022, reported at year end, the decree having taken effect mid-2022).
 *
 * The owners follow the unit sets (reporting-units.ts): the district People's Committees up to 2025-06 (twelve in
 * 2025-H1, Thạch Hà's grown by Lộc Hà), then the 69 commune and ward People's Committees, which took over the
 * district procedures on 1 Jul 2025. 2017–2024 keep their original draws; later months use their own streams.
 */
import type { MonthKey } from '../../src/domain/period';
import { rng } from './random';
import { DEMO_DISTRICTS, TYPE_LABEL, type DemoDistrict, type Terrain } from './units';
import { communesOfSet, committeeName, districtsOfSet, type ReportingUnit } from './reporting-units';
import { SET_2025_01, SET_2025_07 } from './unit-history';
import {
  BASE_LAST_MONTH,
  BASE_LAST_YEAR,
  continueTrend,
  DEMO_FIRST_MONTH,
  DEMO_FIRST_YEAR,
  DEMO_LAST_MONTH,
  DEMO_LAST_YEAR,
  demoMonthsBetween,
  monthBounds,
  interpolateMidYear,
  logit,
  sigmoid,
  splitMonth,
  tetFactor,
  type Anchors,
} from './demo-calendar';
import { DEPARTMENT_PROCEDURES, DISTRICT_PROCEDURES, expandProcedureEntry, type FieldEntries } from './procedure-names';

/** When the system last refreshed its statistics, in its own clock (UTC+7). */
export const PROCEDURE_DATA_AS_OF = '2026-12-01T07:30:00+07:00';

/** The province's published count of level-3 online services in 2017. */
export const PUBLISHED_LEVEL3_COUNT_2017 = 1190;
/** Level-4 services in 2017: online payment had barely started, so only a handful. */
const LEVEL4_COUNT_2017 = 28;
/** The first year reported under Decree 42/2022 (in force from August 2022; years report their year-end state). */
export const DECREE_42_FIRST_YEAR = 2022;

// ---------------------------------------------------------------------------------------------------------
// Owners: provincial departments and district People's Committees

/**
 * Agency identifiers follow the four-segment pattern of the national e-identifier scheme
 * ("LV4.LV3.LV2.LV1", QĐ 20/2020/QĐ-TTg); the province segment "H23" is this demo's choice.
 */
const PROVINCE_SEGMENT = 'H23';
const agencyCode = (level2: string) => `000.00.${level2}.${PROVINCE_SEGMENT}`;

/** 'district': a People's Committee directly under the province, a district's up to 2025-06, a commune's after (see `tier`). */
export type ProcedureOwnerKind = 'department' | 'district';

export interface ProcedureOwner {
  readonly agencyCode: string;
  readonly name: string;
  readonly kind: ProcedureOwnerKind;
  /** The tier of the unit a local People's Committee governs; null for departments. */
  readonly tier: 'district' | 'commune' | null;
  /** GSO code of the district or commune a People's Committee governs; null for departments. */
  readonly unitCode: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

interface OwnerProfile {
  readonly owner: ProcedureOwner;
  /** Shift of the owner's procedures in the online-level ranking. */
  readonly readiness: number;
  /** Case files received per month in 2017. */
  readonly volume: number;
  /** Multiplier on `volume` from 2025-01, for a district whose territory changed then (Thạch Hà took in Lộc Hà). */
  readonly volumeFrom2025: number;
  /** Shift of the online-submission share on the logit scale. */
  readonly onlineBias: number;
  /** Multiplier on the province's late-resolution rate. */
  readonly lateFactor: number;
  /** Share of the files in hand that a month closes. */
  readonly resolveRate: number;
  readonly fields: FieldEntries;
}

interface DepartmentSpec {
  readonly key: keyof typeof DEPARTMENT_PROCEDURES & string;
  readonly level2: string;
  readonly name: string;
  readonly readiness: number;
  readonly volume: number;
  readonly onlineBias: number;
  readonly lateFactor: number;
  readonly resolveRate: number;
}

/**
 * Volumes reflect who actually handles the crowds: land registration (Tài nguyên và Môi trường) and driving
 * licences (Giao thông vận tải) dwarf the rest; business registration went online earliest; land files run
 * late most often.
 */
const DEPARTMENTS: readonly DepartmentSpec[] = [
  { key: 'SNV', level2: '01', name: 'Sở Nội vụ', readiness: 0, volume: 70, onlineBias: 0.1, lateFactor: 1, resolveRate: 0.82 },
  { key: 'STP', level2: '02', name: 'Sở Tư pháp', readiness: 0.6, volume: 850, onlineBias: 0.5, lateFactor: 0.7, resolveRate: 0.88 },
  { key: 'SKHDT', level2: '03', name: 'Sở Kế hoạch và Đầu tư', readiness: 1, volume: 650, onlineBias: 1.2, lateFactor: 0.5, resolveRate: 0.92 },
  { key: 'STC', level2: '04', name: 'Sở Tài chính', readiness: 0.2, volume: 45, onlineBias: 0.8, lateFactor: 0.8, resolveRate: 0.85 },
  { key: 'SCT', level2: '05', name: 'Sở Công Thương', readiness: 0.5, volume: 380, onlineBias: 0.4, lateFactor: 0.8, resolveRate: 0.86 },
  { key: 'SNN', level2: '06', name: 'Sở Nông nghiệp và Phát triển nông thôn', readiness: -0.2, volume: 260, onlineBias: -0.2, lateFactor: 1.1, resolveRate: 0.84 },
  { key: 'SGTVT', level2: '07', name: 'Sở Giao thông vận tải', readiness: 0.3, volume: 2600, onlineBias: 0.2, lateFactor: 0.6, resolveRate: 0.9 },
  { key: 'SXD', level2: '08', name: 'Sở Xây dựng', readiness: 0, volume: 130, onlineBias: 0, lateFactor: 1.3, resolveRate: 0.8 },
  { key: 'STNMT', level2: '09', name: 'Sở Tài nguyên và Môi trường', readiness: -0.4, volume: 2400, onlineBias: -0.6, lateFactor: 2, resolveRate: 0.66 },
  { key: 'STTTT', level2: '10', name: 'Sở Thông tin và Truyền thông', readiness: 0.8, volume: 35, onlineBias: 1, lateFactor: 0.6, resolveRate: 0.88 },
  { key: 'SLDTBXH', level2: '11', name: 'Sở Lao động - Thương binh và Xã hội', readiness: 0.2, volume: 520, onlineBias: 0.1, lateFactor: 1, resolveRate: 0.85 },
  { key: 'SVHTTDL', level2: '12', name: 'Sở Văn hóa, Thể thao và Du lịch', readiness: 0, volume: 90, onlineBias: 0, lateFactor: 0.9, resolveRate: 0.86 },
  { key: 'SKHCN', level2: '13', name: 'Sở Khoa học và Công nghệ', readiness: 0.3, volume: 30, onlineBias: 0.5, lateFactor: 0.8, resolveRate: 0.85 },
  { key: 'SGDDT', level2: '14', name: 'Sở Giáo dục và Đào tạo', readiness: 0.1, volume: 280, onlineBias: 0.2, lateFactor: 0.8, resolveRate: 0.9 },
  { key: 'SYT', level2: '15', name: 'Sở Y tế', readiness: 0.2, volume: 340, onlineBias: -0.1, lateFactor: 1.2, resolveRate: 0.82 },
  { key: 'TTT', level2: '16', name: 'Thanh tra tỉnh', readiness: -1, volume: 14, onlineBias: -1.2, lateFactor: 1.5, resolveRate: 0.7 },
  { key: 'SNGV', level2: '17', name: 'Sở Ngoại vụ', readiness: -0.3, volume: 8, onlineBias: 0.3, lateFactor: 0.8, resolveRate: 0.9 },
  { key: 'BDT', level2: '18', name: 'Ban Dân tộc', readiness: -0.8, volume: 4, onlineBias: -0.8, lateFactor: 1, resolveRate: 0.85 },
  { key: 'BQLKKT', level2: '19', name: 'Ban Quản lý Khu kinh tế tỉnh', readiness: 0.2, volume: 95, onlineBias: 0.4, lateFactor: 0.9, resolveRate: 0.86 },
];

/** Towns file more and online sooner; mountain districts have fewer staff per file and patchier connections. */
const TERRAIN_PROFILE: Readonly<
  Record<Terrain, { readiness: number; volumePerResident: number; onlineBias: number; lateFactor: number }>
> = {
  urban: { readiness: 0.6, volumePerResident: 0.0155, onlineBias: 0.6, lateFactor: 0.8 },
  plain: { readiness: 0.1, volumePerResident: 0.0115, onlineBias: 0, lateFactor: 1 },
  coastal: { readiness: 0, volumePerResident: 0.0115, onlineBias: -0.2, lateFactor: 1.1 },
  mountain: { readiness: -0.5, volumePerResident: 0.0098, onlineBias: -0.8, lateFactor: 1.4 },
};

/** The district's People's Committee as the system names it: "UBND huyện Hương Sơn", "UBND thị xã Kỳ Anh". */
export function districtCommitteeName(district: DemoDistrict): string {
  return `UBND ${TYPE_LABEL[district.type].toLowerCase()} ${district.name}`;
}

let profilesCache: readonly OwnerProfile[] | null = null;

function ownerProfiles(): readonly OwnerProfile[] {
  if (profilesCache) return profilesCache;
  const departments = DEPARTMENTS.map(
    (d): OwnerProfile => ({
      owner: {
        agencyCode: agencyCode(d.level2),
        name: d.name,
        kind: 'department',
        tier: null,
        unitCode: null,
        validFrom: '2008-01-01',
        validTo: null,
      },
      readiness: d.readiness,
      volume: d.volume,
      volumeFrom2025: 1,
      onlineBias: d.onlineBias,
      lateFactor: d.lateFactor,
      resolveRate: d.resolveRate,
      fields: DEPARTMENT_PROCEDURES[d.key] ?? {},
    }),
  );
  const residents2025 = new Map(districtsOfSet(SET_2025_01.id).map((d) => [d.code, d.population]));
  const districts = DEMO_DISTRICTS.map((d): OwnerProfile => {
    const terrain = TERRAIN_PROFILE[d.terrain];
    const jitter = rng(`procedures:owner:${d.code}`);
    return {
      owner: {
        // District committees take the GSO district code's last two digits as their level-2 segment.
        agencyCode: agencyCode(d.code.slice(1)),
        name: districtCommitteeName(d),
        kind: 'district',
        tier: 'district',
        unitCode: d.code,
        validFrom: d.validFrom,
        // Districts were abolished on 1 Jul 2025; Lộc Hà had ended with 2024.
        validTo: d.validTo ?? DISTRICTS_END,
      },
      readiness: terrain.readiness + jitter.normal(0, 0.15),
      volume: d.population * terrain.volumePerResident,
      volumeFrom2025: (residents2025.get(d.code) ?? d.population) / d.population,
      onlineBias: terrain.onlineBias + jitter.normal(0, 0.1),
      lateFactor: terrain.lateFactor * Math.exp(jitter.normal(0, 0.1)),
      resolveRate: 0.8,
      fields: DISTRICT_PROCEDURES,
    };
  });
  profilesCache = [...departments, ...districts, ...communeProfiles()];
  return profilesCache;
}

const DISTRICTS_END = '2025-06-30';

/**
 * Commune and ward People's Committees from 1 Jul 2025. Their agency identifiers keep the four-segment pattern:
 * level 2 "X" + the commune code's last three digits (unique within the province), so they never collide with
 * the departments' and the former districts' two-digit segments.
 */
export const communeAgencyCode = (communeCode: string) => `000.00.X${communeCode.slice(2)}.${PROVINCE_SEGMENT}`;

function communeProfiles(): OwnerProfile[] {
  return communesOfSet(SET_2025_07.id).map((c: ReportingUnit): OwnerProfile => {
    const terrain = TERRAIN_PROFILE[c.terrain];
    const jitter = rng(`procedures:owner:${SET_2025_07.id}:${c.code}`);
    return {
      owner: {
        agencyCode: communeAgencyCode(c.code),
        name: committeeName(c),
        kind: 'district',
        tier: 'commune',
        unitCode: c.code,
        validFrom: SET_2025_07.validFrom,
        validTo: null,
      },
      readiness: terrain.readiness + jitter.normal(0, 0.15),
      volume: c.population * terrain.volumePerResident,
      volumeFrom2025: 1,
      onlineBias: terrain.onlineBias + jitter.normal(0, 0.1),
      lateFactor: terrain.lateFactor * Math.exp(jitter.normal(0, 0.1)),
      resolveRate: 0.8,
      fields: DISTRICT_PROCEDURES,
    };
  });
}

export function procedureOwners(): readonly ProcedureOwner[] {
  return ownerProfiles().map((p) => p.owner);
}

function ownerValidBetween(owner: ProcedureOwner, fromIso: string, toIso: string): boolean {
  return owner.validFrom <= toIso && (owner.validTo === null || owner.validTo >= fromIso);
}

// ---------------------------------------------------------------------------------------------------------
// The service catalogue

export type DemoServiceLevel =
  | { readonly scheme: 'decree43'; readonly level: 1 | 2 | 3 | 4 }
  | { readonly scheme: 'decree42'; readonly level: 'full' | 'partial' };

export interface ServiceRecord {
  /** National procedure-database style code, e.g. "1.004227"; the same procedure keeps it in every district. */
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly agencyCode: string;
  readonly level: DemoServiceLevel;
}

interface Procedure {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  /** First year the procedure is in the published list (2017 = already there when the demo starts). */
  readonly introduced: number;
  /** First year it is no longer listed; null = still listed. */
  readonly abolished: number | null;
}

interface Offering {
  readonly key: string;
  readonly procedure: Procedure;
  readonly owner: ProcedureOwner;
  /** Higher = put online earlier and more completely. */
  readonly score: number;
}

/** Complaint handling and asset declarations stay paper-bound; reissues and notifications go online first. */
function kindBias(name: string): number {
  if (/khiếu nại|tố cáo|Tiếp công dân|Xử lý đơn|giải trình|tài sản, thu nhập/.test(name)) return -1.6;
  if (/^(Thẩm định|Phê duyệt|Thành lập|Sáp nhập|Giải thể|Công nhận|Tặng|Khen thưởng)/.test(name)) return -0.4;
  if (/^(Cấp lại|Cấp đổi|Gia hạn|Đăng ký|Thông báo|Cung cấp)/.test(name)) return 0.4;
  return 0;
}

function buildProcedures(
  fields: FieldEntries,
  tier: 'tinh' | 'huyen',
  introduceShare: number,
  usedCodes: Set<string>,
): Procedure[] {
  const out: Procedure[] = [];
  for (const [field, entries] of Object.entries(fields)) {
    for (const name of entries.flatMap(expandProcedureEntry)) {
      const r = rng(`procedures:lifecycle:${tier}:${name}`);
      const prefix = r.chance(0.3) ? 2 : 1;
      let serial = r.int(0, 12_999);
      let code = `${prefix}.${String(serial).padStart(6, '0')}`;
      while (usedCodes.has(code)) {
        serial = (serial + 1) % 13_000;
        code = `${prefix}.${String(serial).padStart(6, '0')}`;
      }
      usedCodes.add(code);
      // The procedure list is that of the first dataset (2017–2024): its draws stay as they were.
      const introduced = r.chance(introduceShare) ? r.int(DEMO_FIRST_YEAR + 1, BASE_LAST_YEAR) : DEMO_FIRST_YEAR;
      const abolished = r.chance(0.04) ? r.int(Math.max(introduced + 1, 2019), BASE_LAST_YEAR + 1) : null;
      out.push({
        code,
        name,
        field,
        introduced,
        abolished: abolished !== null && abolished <= BASE_LAST_YEAR ? abolished : null,
      });
    }
  }
  return out;
}

let offeringsCache: readonly Offering[] | null = null;

function offerings(): readonly Offering[] {
  if (offeringsCache) return offeringsCache;
  const usedCodes = new Set<string>();
  // District procedures were standardised province-wide over 2018–2024, hence the higher share added later.
  const districtProcedures = buildProcedures(DISTRICT_PROCEDURES, 'huyen', 0.18, usedCodes);
  const out: Offering[] = [];
  for (const profile of ownerProfiles()) {
    const procedures =
      profile.owner.kind !== 'department' ? districtProcedures : buildProcedures(profile.fields, 'tinh', 0.1, usedCodes);
    for (const procedure of procedures) {
      const key = `${profile.owner.agencyCode}|${procedure.code}`;
      const noise = rng(`procedures:score:${key}`).normal(0, 0.9);
      out.push({ key, procedure, owner: profile.owner, score: profile.readiness + kindBias(procedure.name) + noise });
    }
  }
  offeringsCache = out;
  return out;
}

/** Cumulative shares of services at level ≥4, ≥3 and ≥2 (Decree 43), by year after 2017. */
const DECREE_43_SHARES: Readonly<Record<number, readonly [number, number, number]>> = {
  2018: [0.06, 0.7, 0.93],
  2019: [0.18, 0.76, 0.95],
  2020: [0.38, 0.83, 0.97],
  2021: [0.6, 0.9, 0.98],
};
/** Share of full-process services at year end (Decree 42). */
const FULL_PROCESS_SHARE: Readonly<Record<number, number>> = { 2022: 0.36, 2023: 0.5, 2024: 0.63, 2025: 0.7, 2026: 0.76 };

/**
 * Owners in a year's catalogue. 2017–2024 list every owner in force at some time in the year (as first built);
 * from 2025 the catalogue is the state at the year's end, so 2025 lists the communes and not the districts they replaced.
 */
const ownerInYear = (owner: ProcedureOwner, year: number) =>
  year <= BASE_LAST_YEAR ? ownerValidBetween(owner, `${year}-01-01`, `${year}-12-31`) : ownerValidBetween(owner, `${year}-12-31`, `${year}-12-31`);

/** How many of the year's `n` services, counted from the top of the ranking, reach level 4, level ≥3 and level ≥2. */
function decree43Quotas(year: number, n: number): readonly [number, number, number] {
  if (year === DEMO_FIRST_YEAR) {
    return [LEVEL4_COUNT_2017, LEVEL4_COUNT_2017 + PUBLISHED_LEVEL3_COUNT_2017, Math.round(n * 0.91)];
  }
  const shares = DECREE_43_SHARES[year];
  if (!shares) throw new Error(`No Decree 43 level shares for ${year}`);
  return [Math.round(shares[0] * n), Math.round(shares[1] * n), Math.round(shares[2] * n)];
}

let levelsCache: ReadonlyMap<number, readonly ServiceRecord[]> | null = null;

/**
 * Levels by rank: offerings are ranked by readiness, and the top of the ranking fills each level's quota.
 * A service never goes down a level within one decree's scheme, so later years take the maximum with the
 * year before; 2017 has no year before and therefore hits its published quota exactly.
 */
function levelsByYear(): ReadonlyMap<number, readonly ServiceRecord[]> {
  if (levelsCache) return levelsCache;
  const ranked = [...offerings()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  const byYear = new Map<number, ServiceRecord[]>();
  const previous43 = new Map<string, 1 | 2 | 3 | 4>();
  const previousFull = new Set<string>();
  for (let year = DEMO_FIRST_YEAR; year <= DEMO_LAST_YEAR; year++) {
    const present = ranked.filter(
      (o) =>
        o.procedure.introduced <= year &&
        (o.procedure.abolished === null || o.procedure.abolished > year) &&
        ownerInYear(o.owner, year),
    );
    const n = present.length;
    const records: ServiceRecord[] = [];
    if (year < DECREE_42_FIRST_YEAR) {
      const [k4, k3, k2] = decree43Quotas(year, n);
      present.forEach((o, i) => {
        const byRank: 1 | 2 | 3 | 4 = i < k4 ? 4 : i < k3 ? 3 : i < k2 ? 2 : 1;
        const level = year === DEMO_FIRST_YEAR ? byRank : (Math.max(byRank, previous43.get(o.key) ?? 1) as 1 | 2 | 3 | 4);
        previous43.set(o.key, level);
        records.push(toRecord(o, { scheme: 'decree43', level }));
      });
    } else {
      const kFull = Math.round((FULL_PROCESS_SHARE[year] ?? 0.63) * n);
      present.forEach((o, i) => {
        const full = i < kFull || previousFull.has(o.key);
        if (full) previousFull.add(o.key);
        records.push(toRecord(o, { scheme: 'decree42', level: full ? 'full' : 'partial' }));
      });
    }
    records.sort((a, b) => a.agencyCode.localeCompare(b.agencyCode) || a.code.localeCompare(b.code));
    byYear.set(year, records);
  }
  levelsCache = byYear;
  return byYear;
}

function toRecord(o: Offering, level: DemoServiceLevel): ServiceRecord {
  return { code: o.procedure.code, name: o.procedure.name, field: o.procedure.field, agencyCode: o.owner.agencyCode, level };
}

/** The catalogue as it stood at the end of `year`; null outside the demo span. */
export function serviceCatalogue(year: number): { owners: readonly ProcedureOwner[]; services: readonly ServiceRecord[] } | null {
  const services = levelsByYear().get(year);
  if (!services) return null;
  const owners = procedureOwners().filter((o) => ownerInYear(o, year));
  return { owners, services };
}

// ---------------------------------------------------------------------------------------------------------
// Monthly case-file statistics

export interface CaseFileRecord {
  readonly agencyCode: string;
  readonly month: MonthKey;
  /** Files still in process at the end of the month before (pendingInTime + pendingOverdue of that month). */
  readonly carriedOver: number;
  readonly receivedOnline: number;
  readonly receivedInPerson: number;
  readonly receivedPostal: number;
  readonly resolvedEarly: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
  readonly pendingInTime: number;
  readonly pendingOverdue: number;
  readonly paidOnline: number;
  readonly digitised: number;
}

/** Province-wide share of files submitted online (mid-year values). */
const ONLINE_SHARE: Anchors = [
  [2017, 0.05], [2018, 0.08], [2019, 0.13], [2020, 0.22], [2021, 0.36], [2022, 0.5], [2023, 0.62], [2024, 0.72],
];
/** Share of resolved files resolved late. */
const LATE_SHARE: Anchors = [
  [2017, 0.045], [2018, 0.035], [2019, 0.028], [2020, 0.022], [2021, 0.018], [2022, 0.014], [2023, 0.011], [2024, 0.009],
];
/** Share of resolved files whose fees were paid online (the national payment platform opened in 2020). */
const PAID_ONLINE_SHARE: Anchors = [
  [2017, 0.001], [2018, 0.003], [2019, 0.012], [2020, 0.05], [2021, 0.11], [2022, 0.2], [2023, 0.3], [2024, 0.4],
];
/** Share of received files digitised (required from 2022 under Decree 107/2021). */
const DIGITISED_SHARE: Anchors = [
  [2017, 0.002], [2018, 0.002], [2019, 0.003], [2020, 0.01], [2021, 0.06], [2022, 0.3], [2023, 0.58], [2024, 0.78],
];

/** The same shares after 2024: each keeps rising, more slowly as it nears its ceiling. */
const ONLINE_SHARE_SINCE_2025 = continueTrend(ONLINE_SHARE, [[2025, 0.78], [2026, 0.83]]);
const LATE_SHARE_SINCE_2025 = continueTrend(LATE_SHARE, [[2025, 0.012], [2026, 0.009]]);
const PAID_ONLINE_SHARE_SINCE_2025 = continueTrend(PAID_ONLINE_SHARE, [[2025, 0.48], [2026, 0.55]]);
const DIGITISED_SHARE_SINCE_2025 = continueTrend(DIGITISED_SHARE, [[2025, 0.84], [2026, 0.88]]);

/** Share of a month's files at t: the 2017–2024 anchors for those months (unchanged), their continuation after. */
const shareAt = (anchors: Anchors, since2025: (t: number) => number, month: MonthKey, t: number) =>
  month <= BASE_LAST_MONTH ? interpolateMidYear(anchors, t) : since2025(t);

/** Province-wide disruptions: COVID-19 distancing (spring 2020, summer 2021) and the October 2020 floods. */
const PROVINCE_ACTIVITY: Readonly<Record<MonthKey, number>> = {
  '2020-03': 0.9,
  '2020-04': 0.6,
  '2020-10': 0.85,
  '2021-08': 0.88,
};
/** Months when distancing pushed people online. */
const ONLINE_PUSH: Readonly<Record<MonthKey, number>> = { '2020-04': 0.5, '2021-08': 0.3, '2021-09': 0.2 };

interface MonthShock {
  readonly received?: number;
  readonly late?: number;
  readonly resolve?: number;
}

/**
 * The two anomalies the demo data carries on purpose: Hương Khê's offices flooded in October 2020 and its
 * files ran late for a quarter; the land-registration backlog at Sở Tài nguyên và Môi trường in mid-2019.
 */
export const CASE_FILE_ANOMALIES: Readonly<Record<string, Readonly<Record<MonthKey, MonthShock>>>> = {
  [agencyCode('44')]: {
    '2020-10': { received: 0.55, late: 9, resolve: 0.8 },
    '2020-11': { received: 0.8, late: 7, resolve: 0.85 },
    '2020-12': { late: 3 },
  },
  [agencyCode('09')]: {
    '2019-05': { late: 3, resolve: 0.9 },
    '2019-06': { late: 3.5, resolve: 0.88 },
    '2019-07': { late: 3.5, resolve: 0.88 },
    '2019-08': { late: 2.5, resolve: 0.92 },
  },
};

/**
 * The anomaly the months after the reform carry: Xã Sơn Kim 1, the remotest of the new communes, took over the
 * district's files in July 2025 with too few officers, and its files ran late for a quarter.
 */
export const CASE_FILE_ANOMALIES_SINCE_2025: Readonly<Record<string, Readonly<Record<MonthKey, MonthShock>>>> = {
  [communeAgencyCode('18196')]: {
    '2025-07': { late: 6, resolve: 0.85 },
    '2025-08': { late: 7, resolve: 0.8 },
    '2025-09': { late: 4, resolve: 0.9 },
  },
};

const seriesCache = new Map<string, readonly CaseFileRecord[]>();

/** One owner's months from the start of the demo span, each month carrying over the previous month's backlog. */
function caseFileSeries(profile: OwnerProfile): readonly CaseFileRecord[] {
  const cached = seriesCache.get(profile.owner.agencyCode);
  if (cached) return cached;
  const { owner } = profile;
  const shocks = CASE_FILE_ANOMALIES[owner.agencyCode] ?? CASE_FILE_ANOMALIES_SINCE_2025[owner.agencyCode] ?? {};
  const out: CaseFileRecord[] = [];
  let carry = Math.round((profile.volume * (1 - profile.resolveRate)) / profile.resolveRate);
  for (const month of demoMonthsBetween(DEMO_FIRST_MONTH, DEMO_LAST_MONTH)) {
    const bounds = monthBounds(month);
    if (!ownerValidBetween(owner, bounds.first, bounds.last)) continue;
    const { year, month: m } = splitMonth(month);
    const t = year + (m - 0.5) / 12;
    const shock = shocks[month] ?? {};
    const r = rng(`procedures:cases:${owner.agencyCode}:${month}`);

    const activity =
      tetFactor(month) * (m === 12 ? 1.08 : 1) * (PROVINCE_ACTIVITY[month] ?? 1) * (shock.received ?? 1);
    const growth = Math.pow(1.03, year - DEMO_FIRST_YEAR + (m - 1) / 12);
    const volume = month <= BASE_LAST_MONTH ? profile.volume : profile.volume * profile.volumeFrom2025;
    const received = r.poisson(volume * growth * activity * Math.exp(r.normal(0, 0.06)));

    const onlineP = sigmoid(logit(shareAt(ONLINE_SHARE, ONLINE_SHARE_SINCE_2025, month, t)) + profile.onlineBias + (ONLINE_PUSH[month] ?? 0) + r.normal(0, 0.12));
    const receivedOnline = r.binomial(received, onlineP);
    const receivedPostal = r.binomial(received - receivedOnline, 0.015);
    const receivedInPerson = received - receivedOnline - receivedPostal;

    const inHand = carry + received;
    const resolved = r.binomial(inHand, Math.min(0.97, profile.resolveRate * (shock.resolve ?? 1)));
    const lateP = Math.min(0.6, shareAt(LATE_SHARE, LATE_SHARE_SINCE_2025, month, t) * profile.lateFactor * (shock.late ?? 1));
    const resolvedLate = r.binomial(resolved, lateP);
    const earlyShare = Math.min(0.68, 0.45 + 0.025 * (year - DEMO_FIRST_YEAR)) + r.normal(0, 0.03);
    const resolvedEarly = r.binomial(resolved - resolvedLate, Math.max(0.05, earlyShare));
    const resolvedOnTime = resolved - resolvedLate - resolvedEarly;

    const backlog = inHand - resolved;
    const pendingOverdue = r.binomial(backlog, Math.min(0.9, lateP * 2.5));
    const pendingInTime = backlog - pendingOverdue;

    const paidOnline = r.binomial(resolved, sigmoid(logit(shareAt(PAID_ONLINE_SHARE, PAID_ONLINE_SHARE_SINCE_2025, month, t)) + 0.8 * profile.onlineBias));
    const digitised = r.binomial(received, sigmoid(logit(shareAt(DIGITISED_SHARE, DIGITISED_SHARE_SINCE_2025, month, t)) + 0.4 * profile.onlineBias));

    out.push({
      agencyCode: owner.agencyCode,
      month,
      carriedOver: carry,
      receivedOnline,
      receivedInPerson,
      receivedPostal,
      resolvedEarly,
      resolvedOnTime,
      resolvedLate,
      pendingInTime,
      pendingOverdue,
      paidOnline,
      digitised,
    });
    carry = backlog;
  }
  seriesCache.set(owner.agencyCode, out);
  return out;
}

/**
 * Generates every owner's series ahead of a request, one owner at a time, handing the main thread back in
 * between (`pause`): the browser demo answers from the page's thread, and one 40 ms block per request is felt on a phone.
 */
export async function prepareCaseFileSeries(pause: () => Promise<void>): Promise<void> {
  for (const profile of ownerProfiles()) {
    if (seriesCache.has(profile.owner.agencyCode)) continue;
    caseFileSeries(profile);
    await pause();
  }
}

/** Every owner's months in [from, to] (clipped to the demo span), ordered by month, then owner. */
export function caseFileMonths(from: MonthKey, to: MonthKey): CaseFileRecord[] {
  const first = from < DEMO_FIRST_MONTH ? DEMO_FIRST_MONTH : from;
  const last = to > DEMO_LAST_MONTH ? DEMO_LAST_MONTH : to;
  const rows = ownerProfiles().flatMap((p) => caseFileSeries(p).filter((r) => r.month >= first && r.month <= last));
  const order = new Map(ownerProfiles().map((p, i) => [p.owner.agencyCode, i]));
  return rows.sort((a, b) => a.month.localeCompare(b.month) || (order.get(a.agencyCode) ?? 0) - (order.get(b.agencyCode) ?? 0));
}
