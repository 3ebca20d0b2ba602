/**
 * Monthly complaints-and-denunciations statistics per district, as a district Inspectorate would file them in
 * the Government Inspectorate's reporting software (forms of TT 02/2021/TT-TTCP, aggregated by month).
 *
 * Each (district, month) is drawn from its own seeded stream and memoised. The shape of the data:
 * roughly 3–4 petitions per 10,000 residents a month, more in towns and where land is being cleared; a slow
 * decline with bumps when land prices or land law change; a Tết dip; elections raise recommendations.
 * Deliberate features the dashboard should reveal: Kỳ Anh town (449) in 2019, when site clearance for
 * projects in the Vũng Áng economic zone set off a wave of complaints sent over the district's head, and
 * Vũ Quang (441), whose chair chronically holds fewer reception sessions than the law requires.
 *
 * From 2025 each month is filed by the units in force (reporting-units.ts): the 12 districts in 2025-H1, then the
 * 69 communes and wards, each scaled by the residents it took over, so the province's total carries on across
 * both reforms. A commune chair receives citizens at least one day a week (Art. 15), not two days a month; the
 * communes carved out of Vũ Quang keep its chair's habit of missing sessions.
 */
import type { MonthKey } from '../../src/domain/period';
import { rng, type Rng } from './random';
import { DEMO_DISTRICTS, type Terrain } from './units';
import { reportingUnits, unitSetOf, type ReportingUnit } from './reporting-units';
import {
  BASE_LAST_MONTH,
  continueTrend,
  demoMonthsBetween,
  interpolateMidYear,
  midMonth,
  monthBounds,
  monthIndex,
  previousMonth,
  splitMonth,
  tetFactor,
  type Anchors,
} from './demo-calendar';

/** When the reporting software last compiled the figures, in its own clock (UTC+7). */
export const COMPLAINT_DATA_AS_OF = '2026-12-02T16:45:00+07:00';

/** Law on Citizen Reception 2013, Art. 13: the district chair receives citizens at least two days a month. */
export const DISTRICT_CHAIR_SESSIONS_PER_MONTH = 2;
/** Same law, Art. 15: the commune chair receives citizens at least one day a week. */
export const COMMUNE_CHAIR_SESSIONS_PER_WEEK = 1;

export interface ComplaintRecord {
  readonly unitCode: string;
  readonly month: MonthKey;
  readonly complaints: number;
  readonly denunciations: number;
  readonly recommendations: number;
  readonly feedback: number;
  readonly eligible: number;
  readonly withinJurisdiction: number;
  readonly resolved: number;
  readonly overdue: number;
  readonly repeat: number;
  readonly overLevel: number;
  readonly chairRegularSessions: number;
  readonly chairAdHocSessions: number;
}

/** Petitions per 10,000 residents per month, before terrain, trend and season. */
const BASE_RATE = 3.4;
const TERRAIN_RATE: Readonly<Record<Terrain, number>> = { urban: 1.25, coastal: 1.1, plain: 1, mountain: 0.8 };

/** Districts with large site clearances (Vũng Áng economic zone, Thạch Khê iron mine, the city's new quarters). */
const LAND_HEAVY = new Set(['436', '445', '447', '449']);
/** Coastal districts where the 2016 marine-pollution compensation was still being paid out in 2017. */
const MARINE_INCIDENT = new Set(['442', '445', '446', '447', '448', '449']);

/** Province-wide petition level relative to 2019 (mid-year anchors). */
const TREND: Anchors = [
  [2017, 1.15], [2018, 1.06], [2019, 1], [2020, 0.93], [2021, 0.97], [2022, 0.88], [2023, 0.84], [2024, 0.9],
];
/** After 2024: the Land Law's wave fades in 2025, then the slow decline resumes. */
const TREND_SINCE_2025 = continueTrend(TREND, [[2025, 0.9], [2026, 0.86]]);
/** Share of petitions within jurisdiction that the month resolves, improving over the years. */
const RESOLUTION_RATE: Anchors = [[2017, 0.8], [2020, 0.85], [2024, 0.9]];
/** The new communes resolve a little less in their first months, with fewer staff per file, then recover. */
const RESOLUTION_SINCE_2025 = continueTrend(RESOLUTION_RATE, [[2025, 0.88], [2026, 0.9]]);

/** Kỳ Anh town, 2019: the complaint multiplier by month. */
export const KY_ANH_TOWN_SPIKE: Readonly<Record<MonthKey, number>> = {
  '2019-04': 1.6,
  '2019-05': 2.4,
  '2019-06': 3.4,
  '2019-07': 4,
  '2019-08': 3.2,
  '2019-09': 2.2,
  '2019-10': 1.5,
};
const SPIKE_UNIT = '449';
export const LOW_RECEPTION_UNIT = '441';

/** Land-related waves: the 2020–2024 land-price table (from January 2020) and the Land Law 2024 (from August 2024). */
function landWave(month: MonthKey): number {
  if (month >= '2020-01' && month <= '2020-03') return 1.3;
  if (month >= '2024-08' && month <= '2024-12') return 1.2;
  return 1;
}

/** Voters' meetings before the May 2021 elections and before each National Assembly session bring recommendations. */
function recommendationSeason(month: MonthKey): number {
  const { month: m } = splitMonth(month);
  if (month >= '2021-02' && month <= '2021-05') return 1.3;
  return m === 4 || m === 5 || m === 9 || m === 10 ? 1.08 : 1;
}

function regularSessions(r: Rng, unit: Reporter, month: MonthKey): number {
  if (month === '2020-04') return r.chance(0.6) ? 0 : 1; // reception suspended during national distancing
  const u = r.next();
  if (unit.level === 'commune') {
    // Weekly sessions: four in most months, fewer around Tết, and Vũ Quang's communes short of the mark.
    if (unit.formerDistrict === LOW_RECEPTION_UNIT) return u < 0.25 ? 2 : u < 0.8 ? 3 : 4;
    if (tetFactor(month) < 0.8) return u < 0.5 ? 2 : 3;
    return u < 0.08 ? 3 : u < 0.85 ? 4 : 5;
  }
  if (unit.formerDistrict === LOW_RECEPTION_UNIT) return u < 0.2 ? 0 : u < 0.85 ? 1 : 2;
  const tetMonth = tetFactor(month) < 0.8;
  if (tetMonth) return u < 0.35 ? 1 : 2;
  return u < 0.09 ? 1 : u < 0.95 ? 2 : 3;
}

/** What the generator needs of a unit: a 2017–2024 district, or a unit of a later set (reporting-units.ts). */
type Reporter = Pick<ReportingUnit, 'code' | 'population' | 'terrain' | 'formerDistrict' | 'level'>;

/** 2017–2024 keep their original streams; later months draw from streams keyed by (set, code), as codes recur. */
const streamOf = (unit: Reporter, month: MonthKey) =>
  month <= BASE_LAST_MONTH ? `complaints:${unit.code}:${month}` : `complaints:${unitSetOf(month)}:${unit.code}:${month}`;

function generate(district: Reporter, month: MonthKey): ComplaintRecord {
  const r = rng(streamOf(district, month));
  const t = midMonth(month);
  const base = month <= BASE_LAST_MONTH;
  const spike = district.code === SPIKE_UNIT ? (KY_ANH_TOWN_SPIKE[month] ?? 1) : 1;
  const spiking = spike > 1 ? Math.min(1, (spike - 1) / 3) : 0;

  // Petitions dip in the Tết month and catch up in the month after.
  const afterTet = tetFactor(previousMonth(month)) < 0.85 ? 1.12 : 1;
  const level =
    (district.population / 10_000) *
    BASE_RATE *
    TERRAIN_RATE[district.terrain] *
    (base ? interpolateMidYear(TREND, t) : TREND_SINCE_2025(t)) *
    tetFactor(month) *
    afterTet *
    Math.exp(r.normal(0, 0.12));
  const marine = MARINE_INCIDENT.has(district.formerDistrict) ? 1 + 0.8 * Math.exp(-monthIndex(month) / 4) : 1;
  const landShare = LAND_HEAVY.has(district.formerDistrict) ? 0.34 : 0.26;

  const complaints = r.poisson(level * landShare * landWave(month) * spike);
  const denunciations = r.poisson(level * 0.08 * (1 + (spike - 1) * 0.5));
  const recommendations = r.poisson(level * 0.36 * recommendationSeason(month) * marine * (1 + (spike - 1) * 0.4));
  const feedback = r.poisson(level * (0.56 - landShare) * marine * landWave(month));
  const total = complaints + denunciations + recommendations + feedback;

  const eligible = r.binomial(total, clamp(r.normal(0.66, 0.04), 0.4, 0.9));
  const withinJurisdiction = r.binomial(eligible, clamp(r.normal(0.46, 0.05) + 0.1 * spiking, 0.2, 0.8));
  const resolved = r.binomial(withinJurisdiction, clamp((base ? interpolateMidYear(RESOLUTION_RATE, t) : RESOLUTION_SINCE_2025(t)) - 0.3 * spiking, 0.3, 0.98));
  const overdue = r.binomial(withinJurisdiction - resolved, 0.22 + 0.4 * spiking);
  const repeat = r.binomial(total, 0.13 + 0.1 * spiking);
  const overLevel = r.binomial(total, 0.05 + 0.2 * spiking);

  return {
    unitCode: district.code,
    month,
    complaints,
    denunciations,
    recommendations,
    feedback,
    eligible,
    withinJurisdiction,
    resolved,
    overdue,
    repeat,
    overLevel,
    chairRegularSessions: regularSessions(r, district, month),
    chairAdHocSessions: r.poisson(0.35 + 2.5 * spiking),
  };
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

const cache = new Map<string, ComplaintRecord>();

/** 2017–2024: the 13 districts in their validity; later, the units in force that month. */
function reportersOf(month: MonthKey): readonly Reporter[] {
  if (month > BASE_LAST_MONTH) return reportingUnits(month);
  const { first, last } = monthBounds(month);
  return DEMO_DISTRICTS.filter((d) => d.validFrom <= last && (d.validTo === null || d.validTo >= first)).map((d) => ({
    code: d.code,
    population: d.population,
    terrain: d.terrain,
    formerDistrict: d.code,
    level: 'district' as const,
  }));
}

/** Every reporting unit's months in [from, to] (clipped to the demo span), by month then unit. */
export function complaintMonths(from: MonthKey, to: MonthKey): ComplaintRecord[] {
  const out: ComplaintRecord[] = [];
  for (const month of demoMonthsBetween(from, to)) {
    for (const district of reportersOf(month)) {
      const key = `${unitSetOf(month)}:${district.code}:${month}`;
      let record = cache.get(key);
      if (!record) {
        record = generate(district, month);
        cache.set(key, record);
      }
      out.push(record);
    }
  }
  return out;
}
