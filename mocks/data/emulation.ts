/**
 * Demo data of the Ban Dân vận Tỉnh ủy's "Dân vận khéo" model registry, 2009 – November 2026.
 * Fixed by the province's published figures: at the end of 2017 the registry holds exactly 1,700 models
 * (registered 2009–2017) of which exactly 350 were named exemplary by then. After 2017 a few hundred models a year.
 * Urban units register more models per commune and have them recognised and named exemplary more often than
 * mountain districts. One random stream per (district, year); the registry is generated once, on first use.
 *
 * Models registered from 2025 belong to the units in force when they were registered (reporting-units.ts): the
 * first half of 2025's to the 12 districts and their 209 communes, later ones to the 69 communes and wards, which
 * have no district above them. Models registered up to 2024 are the first dataset's, drawn as they always were and
 * kept with the unit they were registered in. The registry holds each model's current state, so an older model
 * recognised or named exemplary in 2025–2026 shows it, from the draws it always had (`generateRegistry(2024)`
 * gives back the registry exactly as consolidated at the end of 2024).
 */
import type { EmulationField, EmulationModel, ModelLevel } from '../../src/domain/emulation';
import { rng, type Rng } from './random';
import { DEMO_DISTRICTS, communesOf, type DemoCommune, type DemoDistrict, type Terrain } from './units';
import { communesOfSet, type ReportingUnit } from './reporting-units';
import { SET_2025_01, SET_2025_07 } from './unit-history';

export const EMULATION_FIRST_YEAR = 2009;
export const EMULATION_LAST_YEAR = 2026;
/** The first dataset's last year: models registered up to it keep their original draws. */
export const EMULATION_BASE_LAST_YEAR = 2024;
/** When the registry was last consolidated: the demo is dated early December 2026. */
export const EMULATION_AS_OF = '2026-12-01T09:00:00+07:00';
/** Share of 2025's registrations made before the districts were abolished on 1 Jul 2025. */
const FIRST_HALF_2025 = 0.5;

/** The registry's own field lookup (domain brief, section E): a table, because provinces group fields differently. */
export const EMULATION_FIELDS: readonly EmulationField[] = [
  { code: 'KT', name: 'Kinh tế' },
  { code: 'VHXH', name: 'Văn hóa – xã hội' },
  { code: 'QPAN', name: 'Quốc phòng – an ninh' },
  { code: 'XDHTCT', name: 'Xây dựng hệ thống chính trị' },
];

/** Models registered per year. 2009–2017 sum to the published 1,700; the early years carry the 2008 launch. */
export const REGISTRATIONS_PER_YEAR: Readonly<Record<number, number>> = {
  2009: 350,
  2010: 320,
  2011: 200,
  2012: 150,
  2013: 130,
  2014: 120,
  2015: 120,
  2016: 140,
  2017: 170,
  2018: 210,
  2019: 240,
  2020: 230,
  2021: 220,
  2022: 260,
  2023: 280,
  2024: 300,
  2025: 320,
  // January to November.
  2026: 270,
};

export const PUBLISHED_YEAR = 2017;
export const PUBLISHED_MODELS = 1700;
export const PUBLISHED_EXEMPLARY = 350;

// ---------------------------------------------------------------------------------------------- names

interface Activity {
  readonly text: string;
  readonly terrains?: readonly Terrain[];
  readonly districts?: readonly string[];
  readonly fromYear?: number;
  readonly toYear?: number;
  /** A model with its own name, not "Dân vận khéo trong …". */
  readonly ownName?: boolean;
}

const RURAL: readonly Terrain[] = ['plain', 'coastal', 'mountain'];

const ACTIVITIES: Readonly<Record<string, readonly Activity[]>> = {
  KT: [
    { text: 'hiến đất làm đường giao thông nông thôn', terrains: RURAL },
    { text: 'dồn điền đổi thửa, tích tụ ruộng đất', terrains: RURAL },
    { text: 'xây dựng nông thôn mới', terrains: RURAL, fromYear: 2011 },
    { text: 'xây dựng khu dân cư nông thôn mới kiểu mẫu, vườn mẫu', terrains: RURAL, fromYear: 2015 },
    { text: 'giải phóng mặt bằng thực hiện dự án' },
    { text: 'phát triển kinh tế hộ gia đình, giảm nghèo bền vững' },
    { text: 'phát triển kinh tế tập thể, hợp tác xã' },
    { text: 'liên kết sản xuất lúa chất lượng cao', terrains: ['plain'] },
    { text: 'trồng rừng kinh tế', terrains: ['mountain'] },
    { text: 'phát triển vùng cam bù', districts: ['439'] },
    { text: 'chăn nuôi hươu lấy nhung', districts: ['439'] },
    { text: 'phát triển vùng bưởi Phúc Trạch', districts: ['444'] },
    { text: 'nuôi trồng thủy sản bền vững', terrains: ['coastal'] },
    { text: 'chỉnh trang đô thị, mở rộng đường phố', terrains: ['urban'] },
    { text: 'vận động tiểu thương chấp hành quy định tại chợ', terrains: ['urban'] },
  ],
  VHXH: [
    { text: 'xây dựng gia đình văn hóa, khu dân cư văn hóa' },
    { text: 'thực hiện nếp sống văn minh trong việc cưới, việc tang' },
    { text: 'xây dựng dòng họ học tập, dòng họ khuyến học' },
    { text: 'phân loại, xử lý rác thải sinh hoạt tại nguồn', fromYear: 2014 },
    { text: 'xây dựng tuyến đường hoa, đường điện chiếu sáng', fromYear: 2015 },
    { text: 'chăm sóc người cao tuổi, người có công' },
    { text: 'hỗ trợ học sinh nghèo vượt khó' },
    { text: 'phòng, chống dịch COVID-19', fromYear: 2020, toYear: 2021 },
    { text: 'xóa nhà tạm, nhà dột nát cho hộ nghèo', fromYear: 2022 },
    { text: 'xây dựng đô thị văn minh', terrains: ['urban'] },
    { text: 'Câu lạc bộ “Gia đình phát triển bền vững”', ownName: true },
  ],
  QPAN: [
    { text: 'Tổ tự quản về an ninh trật tự', ownName: true },
    { text: 'giúp đỡ người lầm lỗi tái hòa nhập cộng đồng' },
    { text: 'phòng, chống ma túy, tội phạm' },
    { text: 'hòa giải ở cơ sở' },
    { text: 'vận động thanh niên lên đường nhập ngũ' },
    { text: 'lắp đặt camera an ninh ở khu dân cư', fromYear: 2018 },
    { text: 'bảo vệ rừng, phòng cháy chữa cháy rừng', terrains: ['mountain'] },
    { text: 'bảo đảm an ninh trật tự khu vực biên giới', districts: ['439', '441', '444'] },
    { text: 'vận động ngư dân bám biển, bảo vệ chủ quyền biển, đảo', terrains: ['coastal'] },
  ],
  XDHTCT: [
    { text: 'tiếp xúc, đối thoại trực tiếp với Nhân dân' },
    { text: 'thực hiện quy chế dân chủ ở cơ sở' },
    { text: 'xây dựng chi bộ trong sạch, vững mạnh' },
    { text: 'giải quyết đơn thư, kiến nghị ngay tại cơ sở' },
    { text: 'cải cách hành chính, tiếp nhận và trả kết quả một cửa' },
    { text: 'phát triển đảng viên trong thanh niên' },
    { text: 'chuyển đổi số, hướng dẫn người dân dùng dịch vụ công trực tuyến', fromYear: 2021 },
  ],
};

const VILLAGES = [
  'Trung Tiến', 'Tân Phúc', 'Đông Hà', 'Bắc Sơn', 'Nam Thượng', 'Phúc Sơn', 'Hòa Bình', 'Tiến Thành', 'Đại Đồng',
  'Yên Thịnh', 'Tân Hương', 'Kim Thành', 'Hợp Tiến', 'Thanh Mỹ', 'Văn Giang', 'Quyết Thắng',
] as const;

function activityFits(a: Activity, district: DemoDistrict, year: number): boolean {
  if (a.terrains && !a.terrains.includes(district.terrain)) return false;
  if (a.districts && !a.districts.includes(district.code)) return false;
  return (a.fromYear ?? 0) <= year && year <= (a.toYear ?? 9999);
}

function modelName(r: Rng, field: string, district: DemoDistrict, commune: DemoCommune | null, year: number): string {
  const choices = (ACTIVITIES[field] ?? []).filter((a) => activityFits(a, district, year));
  const activity = r.pick(choices);
  const place = commune && r.chance(0.35)
    ? commune.type === 'xa' ? ` tại thôn ${r.pick(VILLAGES)}` : ` tại tổ dân phố ${r.int(1, 12)}`
    : '';
  return activity.ownName ? `${activity.text}${place}` : `Dân vận khéo trong ${activity.text}${place}`;
}

// ---------------------------------------------------------------------------------------------- behaviour model

/** Models per commune relative to a plain district: towns organise more, remote communes fewer. */
const DENSITY: Readonly<Record<Terrain, number>> = { urban: 1.5, plain: 1.1, coastal: 1, mountain: 0.8 };
const RECOGNITION: Readonly<Record<Terrain, number>> = { urban: 0.91, plain: 0.87, coastal: 0.85, mountain: 0.78 };
/** How readily a unit's models are named exemplary. */
const EXEMPLARY_PULL: Readonly<Record<Terrain, number>> = { urban: 1.35, plain: 1, coastal: 0.95, mountain: 0.7 };

const FIELD_WEIGHTS: Readonly<Record<Terrain | 'agency', readonly [string, number][]>> = {
  urban: [['KT', 0.25], ['VHXH', 0.35], ['QPAN', 0.17], ['XDHTCT', 0.23]],
  plain: [['KT', 0.4], ['VHXH', 0.3], ['QPAN', 0.15], ['XDHTCT', 0.15]],
  coastal: [['KT', 0.38], ['VHXH', 0.28], ['QPAN', 0.2], ['XDHTCT', 0.14]],
  mountain: [['KT', 0.45], ['VHXH', 0.27], ['QPAN', 0.17], ['XDHTCT', 0.11]],
  agency: [['KT', 0.15], ['VHXH', 0.25], ['QPAN', 0.15], ['XDHTCT', 0.45]],
};

function weighted<T>(r: Rng, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [value, w] of options) {
    x -= w;
    if (x < 0) return value;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}

/** Thị xã Kỳ Anh was carved out of Kỳ Anh district in April 2015: no models of its own before. */
const existsIn = (district: DemoDistrict, year: number) =>
  district.validFrom.slice(0, 4) <= String(year) && (district.validTo === null || district.validTo.slice(0, 4) >= String(year));

/** Splits a year's total over districts by weight, largest remainder first, so the parts add up exactly. */
function allocate(total: number, weights: readonly (readonly [string, number])[]): Map<string, number> {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const shares = weights.map(([code, w]) => ({ code, exact: (total * w) / sum }));
  const out = new Map(shares.map((s) => [s.code, Math.floor(s.exact)]));
  let left = total - [...out.values()].reduce((s, n) => s + n, 0);
  const byRemainder = [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.code.localeCompare(b.code));
  for (const s of byRemainder) {
    if (left <= 0) break;
    out.set(s.code, (out.get(s.code) ?? 0) + 1);
    left--;
  }
  return out;
}

function districtWeights(year: number): [string, number][] {
  const r = rng(`emulation:weights:${year}`);
  return DEMO_DISTRICTS.map((d) => {
    const jitter = clamp(r.normal(1, 0.15), 0.6, 1.4);
    return [d.code, existsIn(d, year) ? communesOf(d.code).length * DENSITY[d.terrain] * jitter : 0];
  });
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A model before the province-wide exemplary selection. */
interface Draft {
  /** The unit it is registered with: a district up to 2025-06, a commune or ward after. */
  readonly unitCode: string;
  /** The local award its own People's Committee gives. */
  readonly localAward: string;
  /** The registry's last year: later events are not in it. */
  readonly horizon: number;
  readonly commune: DemoCommune | null;
  readonly name: string;
  readonly fieldCode: string;
  readonly level: ModelLevel;
  readonly yearRegistered: number;
  readonly yearRecognised: number | null;
  /** The year it would be named exemplary, if it is. */
  readonly exemplaryYear: number | null;
  /** Uniform draw; lower (after the unit's pull) = more likely to be named exemplary. */
  readonly exemplaryDraw: number;
  readonly commendationDraw: number;
  readonly replicationDraw: Rng;
}

interface DraftOptions {
  /** The district's communes when the model is registered. */
  readonly communes?: readonly DemoCommune[];
  readonly horizon: number;
}

function draftModel(r: Rng, district: DemoDistrict, year: number, options: DraftOptions): Draft {
  const { horizon } = options;
  const level = weighted<ModelLevel>(
    r,
    district.code === '436'
      ? [['xa', 0.5], ['huyen', 0.2], ['co_quan', 0.2], ['tinh', 0.1]]
      : [['xa', 0.64], ['huyen', 0.2], ['co_quan', 0.12], ['tinh', 0.04]],
  );
  const communes = options.communes ?? communesOf(district.code);
  const commune = level === 'xa' ? r.pick(communes) : null;
  const fieldCode = weighted(r, FIELD_WEIGHTS[level === 'co_quan' ? 'agency' : district.terrain]);
  const name = modelName(r, fieldCode, district, commune, year);
  const recognised = r.chance(RECOGNITION[district.terrain] + (level === 'tinh' ? 0.06 : 0));
  const recognisedYear = year + weighted(r, [[0, 0.45], [1, 0.4], [2, 0.15]]);
  const yearRecognised = recognised && recognisedYear <= horizon ? recognisedYear : null;
  const exemplaryDelay = weighted(r, [[0, 0.2], [1, 0.35], [2, 0.3], [3, 0.15]]);
  return {
    unitCode: district.code,
    localAward: `Giấy khen của Chủ tịch UBND ${TOWN_KIND[district.type]}`,
    horizon,
    commune,
    name,
    fieldCode,
    level,
    yearRegistered: year,
    yearRecognised,
    exemplaryYear: yearRecognised === null ? null : yearRecognised + exemplaryDelay,
    exemplaryDraw: r.next() / (EXEMPLARY_PULL[district.terrain] * (level === 'tinh' ? 1.5 : 1)),
    commendationDraw: r.next(),
    replicationDraw: rng(`emulation:replication:${district.code}:${year}:${r.int(0, 1e9)}`),
  };
}

/**
 * A model of one of the 69 communes and wards (from 2025-07): registered by the commune itself, by an agency
 * located there, or as a provincial model; there is no district level any more. The commune's activities are those
 * of the district most of it came from (the same hills, coast and crops).
 */
function draftCommuneModel(r: Rng, unit: ReportingUnit, year: number): Draft {
  const place: DemoDistrict = { ...districtOf(unit.formerDistrict), terrain: unit.terrain };
  const level = weighted<ModelLevel>(r, unit.type === 'phuong' ? [['xa', 0.66], ['co_quan', 0.24], ['tinh', 0.1]] : [['xa', 0.78], ['co_quan', 0.16], ['tinh', 0.06]]);
  const self: DemoCommune = { code: unit.code, name: unit.name, type: unit.type === 'phuong' ? 'phuong' : 'xa', districtCode: unit.parentCode };
  const fieldCode = weighted(r, FIELD_WEIGHTS[level === 'co_quan' ? 'agency' : unit.terrain]);
  const name = modelName(r, fieldCode, place, self, year);
  const recognised = r.chance(RECOGNITION[unit.terrain] + (level === 'tinh' ? 0.06 : 0));
  const recognisedYear = year + weighted(r, [[0, 0.45], [1, 0.4], [2, 0.15]]);
  const yearRecognised = recognised && recognisedYear <= EMULATION_LAST_YEAR ? recognisedYear : null;
  const exemplaryDelay = weighted(r, [[0, 0.2], [1, 0.35], [2, 0.3], [3, 0.15]]);
  return {
    unitCode: unit.code,
    localAward: `Giấy khen của Chủ tịch UBND ${unit.type === 'phuong' ? 'phường' : 'xã'}`,
    horizon: EMULATION_LAST_YEAR,
    commune: level === 'xa' ? self : null,
    name,
    fieldCode,
    level,
    yearRegistered: year,
    yearRecognised,
    exemplaryYear: yearRecognised === null ? null : yearRecognised + exemplaryDelay,
    exemplaryDraw: r.next() / (EXEMPLARY_PULL[unit.terrain] * (level === 'tinh' ? 1.5 : 1)),
    commendationDraw: r.next(),
    replicationDraw: rng(`emulation:replication:${SET_2025_07.id}:${unit.code}:${year}:${r.int(0, 1e9)}`),
  };
}

function districtOf(code: string): DemoDistrict {
  const d = DEMO_DISTRICTS.find((x) => x.code === code);
  if (!d) throw new Error(`Unknown district ${code}`);
  return d;
}

/**
 * Names exactly PUBLISHED_EXEMPLARY models exemplary by PUBLISHED_YEAR: the most likely among those recognised by
 * then. The rest of that cohort may still be named later; later cohorts by their own chance.
 */
function exemplaryYears(drafts: readonly Draft[]): (number | null)[] {
  const pool = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.yearRecognised !== null && d.yearRecognised <= PUBLISHED_YEAR)
    .sort((a, b) => a.d.exemplaryDraw - b.d.exemplaryDraw || a.i - b.i);
  if (pool.length < PUBLISHED_EXEMPLARY) throw new Error('Too few recognised models for the published 2017 figure');
  const chosen = new Set(pool.slice(0, PUBLISHED_EXEMPLARY).map(({ i }) => i));
  return drafts.map((d, i) => {
    if (d.exemplaryYear === null) return null;
    if (chosen.has(i)) return Math.min(d.exemplaryYear, PUBLISHED_YEAR);
    if (d.yearRegistered <= PUBLISHED_YEAR) {
      const late = Math.max(d.exemplaryYear, PUBLISHED_YEAR + 1);
      return d.exemplaryDraw < 0.06 * 2.5 && late <= d.horizon ? late : null;
    }
    return d.exemplaryDraw < 0.22 && d.exemplaryYear <= d.horizon ? d.exemplaryYear : null;
  });
}

const TOWN_KIND: Readonly<Record<DemoDistrict['type'], string>> = { huyen: 'huyện', 'thi-xa': 'thị xã', 'thanh-pho': 'thành phố' };

function commendation(d: Draft, yearExemplary: number | null): string | null {
  const local = d.localAward;
  if (yearExemplary !== null) {
    if (d.level === 'tinh' || d.commendationDraw < 0.3) return 'Bằng khen của Chủ tịch UBND tỉnh';
    if (d.commendationDraw < 0.55) return 'Giấy khen của Ban Dân vận Tỉnh ủy';
    return d.commendationDraw < 0.85 ? local : null;
  }
  return d.yearRecognised !== null && d.commendationDraw < 0.12 ? local : null;
}

function replications(d: Draft, yearExemplary: number | null): number {
  const base = yearExemplary !== null ? 2.5 : d.yearRecognised !== null ? 0.9 : 0.15;
  const age = Math.min(1, (d.horizon - d.yearRegistered + 1) / 5);
  return d.replicationDraw.poisson(base * age);
}

/** 2025-H1: the 12 districts, weighted by their 209 communes as in earlier years. */
function draftsOfDistricts2025(total: number, year: number): Draft[] {
  const communes = communesOfSet(SET_2025_01.id);
  const districts = DEMO_DISTRICTS.filter((d) => d.validTo === null);
  const r = rng(`emulation:weights:${SET_2025_01.id}:${year}`);
  const weights = districts.map((d) => [d.code, communes.filter((c) => c.parentCode === d.code).length * DENSITY[d.terrain] * clamp(r.normal(1, 0.15), 0.6, 1.4)] as const);
  const perDistrict = allocate(total, weights);
  return districts.flatMap((district) => {
    const own: DemoCommune[] = communes
      .filter((c) => c.parentCode === district.code)
      .map((c) => ({ code: c.code, name: c.name, type: c.type === 'phuong' || c.type === 'thi-tran' ? c.type : 'xa', districtCode: district.code }));
    const rd = rng(`emulation:${SET_2025_01.id}:${district.code}:${year}`);
    return Array.from({ length: perDistrict.get(district.code) ?? 0 }, () => draftModel(rd, district, year, { communes: own, horizon: EMULATION_LAST_YEAR }));
  });
}

/** From 2025-07: the 69 communes and wards, weighted by residents (a merged commune runs several villages' models). */
function draftsOfCommunes(total: number, year: number): Draft[] {
  const units = communesOfSet(SET_2025_07.id);
  const r = rng(`emulation:weights:${SET_2025_07.id}:${year}`);
  const weights = units.map((u) => [u.code, (u.population / 10_000) * DENSITY[u.terrain] * clamp(r.normal(1, 0.2), 0.5, 1.5)] as const);
  const perUnit = allocate(total, weights);
  return units.flatMap((unit) => {
    const ru = rng(`emulation:${SET_2025_07.id}:${unit.code}:${year}`);
    return Array.from({ length: perUnit.get(unit.code) ?? 0 }, () => draftCommuneModel(ru, unit, year));
  });
}

function draftsSince2025(year: number): Draft[] {
  const total = REGISTRATIONS_PER_YEAR[year] ?? 0;
  if (year > 2025) return draftsOfCommunes(total, year);
  const firstHalf = Math.round(total * FIRST_HALF_2025);
  return [...draftsOfDistricts2025(firstHalf, year), ...draftsOfCommunes(total - firstHalf, year)];
}

/** The whole registry, freshly generated, as it stands at the end of `lastYear`: 2024 (the first dataset) or 2026. */
export function generateRegistry(lastYear = EMULATION_LAST_YEAR): EmulationModel[] {
  const drafts: Draft[] = [];
  for (let year = EMULATION_FIRST_YEAR; year <= EMULATION_BASE_LAST_YEAR; year++) {
    const perDistrict = allocate(REGISTRATIONS_PER_YEAR[year] ?? 0, districtWeights(year));
    for (const district of DEMO_DISTRICTS) {
      const r = rng(`emulation:${district.code}:${year}`);
      for (let n = perDistrict.get(district.code) ?? 0; n > 0; n--) drafts.push(draftModel(r, district, year, { horizon: lastYear }));
    }
  }
  for (let year = EMULATION_BASE_LAST_YEAR + 1; year <= lastYear; year++) drafts.push(...draftsSince2025(year));
  const exemplary = exemplaryYears(drafts);
  const seqByYear = new Map<number, number>();
  return drafts.map((d, i) => {
    const seq = (seqByYear.get(d.yearRegistered) ?? 0) + 1;
    seqByYear.set(d.yearRegistered, seq);
    const yearExemplary = exemplary[i] ?? null;
    return {
      id: `DVK-${d.yearRegistered}-${String(seq).padStart(4, '0')}`,
      name: d.name,
      unitCode: d.unitCode,
      communeCode: d.commune?.code ?? null,
      fieldCode: d.fieldCode,
      level: d.level,
      yearRegistered: d.yearRegistered,
      yearRecognised: d.yearRecognised,
      yearExemplary,
      timesReplicated: replications(d, yearExemplary),
      commendation: commendation(d, yearExemplary),
    };
  });
}

let registry: readonly EmulationModel[] | null = null;

/** The whole registry, by year of registration then district; generated on first call and kept. */
export function emulationModels(): readonly EmulationModel[] {
  registry ??= generateRegistry();
  return registry;
}
