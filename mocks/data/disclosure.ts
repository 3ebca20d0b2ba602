/**
 * Demo data of the provincial grassroots-democracy steering committee's reporting app: every commune files, each
 * quarter, the list of contents it disclosed (the quarterly list of Law 10/2022 Art. 13(2)), with date, channels
 * and days posted. What the demo should show:
 * - compliance improves over 2017–2024; urban wards do better, mountain communes worse;
 * - a dip right after the 2023-07 switch from 11 to 14 contents, deepest on the three contents the Law added;
 * - a few named communes that stop publishing (DISCLOSURE_ANOMALIES).
 * One random stream per (commune, quarter), so data are deterministic and independent; each quarter is generated
 * on first use and kept.
 *
 * Each quarter is filed by the communes in force (reporting-units.ts): the 216 up to 2024, the 209 of 2025-H1 (a
 * commune that carries on keeps its habits), and from 2025-Q3 the 69 new communes and wards, which report to the
 * province directly (no district) and stumble in their first two quarters while they merge offices and forms.
 * Quarters up to 2024-Q4 keep their original streams; later ones draw from streams keyed by (set, code).
 */
import { LAW_10_PREDECESSOR, DISCLOSURE_CONTENTS_BY_BASIS, basisInForce, postingRuleOf } from '../../src/domain/disclosure-contents';
import type { DisclosureChannel, DisclosureContent, LegalBasis } from '../../src/domain/disclosure';
import { rng, type Rng } from './random';
import { DEMO_COMMUNES, districtByCode, type DemoCommune, type Terrain } from './units';
import { communesOfSet, unitSetOf, type UnitSetId } from './reporting-units';
import { SET_2020, SET_2025_07 } from './unit-history';

export const DISCLOSURE_FIRST_QUARTER = '2017-Q1';
/** The last quarter filed by the end of November 2026 (2026-Q4 is still running). */
export const DISCLOSURE_LAST_QUARTER = '2026-Q3';
/** The first dataset's last quarter: quarters up to it keep their original draws. */
const BASE_LAST_QUARTER = '2024-Q4';
/** When the reporting app's data were last consolidated (after the 2026-Q3 reports came in). */
export const DISCLOSURE_AS_OF = '2026-10-20T08:00:00+07:00';

export interface GeneratedDisclosureItem {
  /** Item number in the article of the basis in force (Art. 5 of the Ordinance, Art. 11 of the Law). */
  readonly no: number;
  readonly contentCode: string;
  /** ISO date. */
  readonly publishedOn: string;
  /** Never empty. */
  readonly channels: readonly DisclosureChannel[];
  /** Null when the content was not posted on the notice board (niêm yết). */
  readonly daysPosted: number | null;
  readonly onTime: boolean;
}

export interface GeneratedDisclosureReport {
  readonly communeCode: string;
  /** Null from 2025-Q3: the communes report to the province directly. */
  readonly districtCode: string | null;
  readonly year: number;
  readonly quarter: number;
  readonly basis: LegalBasis;
  readonly filed: boolean;
  /** ISO date the report reached the steering committee; null when not filed. */
  readonly filedOn: string | null;
  readonly listPosted: boolean;
  /** The contents disclosed in the quarter; a content not listed was not disclosed. */
  readonly items: readonly GeneratedDisclosureItem[];
}

export type DisclosureAnomalyKind = 'stops-filing' | 'publishes-nothing' | 'publishes-little';

export interface DisclosureAnomaly {
  readonly communeCode: string;
  readonly name: string;
  readonly from: string;
  readonly kind: DisclosureAnomalyKind;
}

/** Communes whose reporting breaks down, for the dashboard's outlier views to find. */
export const DISCLOSURE_ANOMALIES: readonly DisclosureAnomaly[] = [
  { communeCode: '18559', name: 'Hương Liên', from: '2022-Q1', kind: 'stops-filing' },
  { communeCode: '18793', name: 'Kỳ Tây', from: '2024-Q1', kind: 'publishes-nothing' },
  { communeCode: '18751', name: 'Cẩm Minh', from: '2021-Q3', kind: 'publishes-little' },
];

/** The same, among the 69 communes and wards of 2025-07 (codes recur across sets, so they are listed apart). */
export const DISCLOSURE_ANOMALIES_2025_07: readonly DisclosureAnomaly[] = [
  { communeCode: '18838', name: 'Kỳ Lạc', from: '2026-Q1', kind: 'publishes-little' },
  { communeCode: '18172', name: 'Sơn Tây', from: '2026-Q2', kind: 'stops-filing' },
];

// ---------------------------------------------------------------------------------------------- quarters and dates

export interface QuarterRef {
  readonly year: number;
  readonly quarter: number;
}

export function parseQuarter(key: string): QuarterRef | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}

export const quarterKeyOf = (q: QuarterRef) => `${q.year}-Q${q.quarter}`;

/** Quarter keys from `from` to `to` inclusive, oldest first; empty when either is malformed or from > to. */
export function quartersBetween(from: string, to: string): string[] {
  const a = parseQuarter(from);
  const b = parseQuarter(to);
  if (!a || !b) return [];
  const out: string[] = [];
  for (let i = a.year * 4 + a.quarter - 1; i <= b.year * 4 + b.quarter - 1; i++) {
    out.push(quarterKeyOf({ year: Math.floor(i / 4), quarter: (i % 4) + 1 }));
  }
  return out;
}

export const DISCLOSURE_QUARTERS: readonly string[] = quartersBetween(DISCLOSURE_FIRST_QUARTER, DISCLOSURE_LAST_QUARTER);

const DAY_MS = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const quarterStartMs = (q: QuarterRef) => Date.UTC(q.year, q.quarter * 3 - 3, 1);
const quarterEndMs = (q: QuarterRef) => Date.UTC(q.year, q.quarter * 3, 0);
const quarterDays = (q: QuarterRef) => Math.round((quarterEndMs(q) - quarterStartMs(q)) / DAY_MS) + 1;

// ---------------------------------------------------------------------------------------------- behaviour model

/** Quarters since 2017-Q1: the time axis of every trend below. */
const timeIndex = (q: QuarterRef) => (q.year - 2017) * 4 + q.quarter - 1;
const SWITCH_INDEX = timeIndex({ year: 2023, quarter: 3 });

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

const PUBLISH_BASE: Readonly<Record<Terrain, number>> = { urban: 0.84, plain: 0.78, coastal: 0.75, mountain: 0.63 };
const TERRAIN_SHIFT: Readonly<Record<Terrain, number>> = { urban: 0.06, plain: 0, coastal: -0.02, mountain: -0.08 };
const TYPE_BONUS: Readonly<Record<DemoCommune['type'], number>> = { phuong: 0.04, 'thi-tran': 0.03, xa: 0 };

/** Contents communes habitually skip or never miss. */
const CONTENT_SHIFT: Readonly<Record<string, number>> = {
  PL34_01: 0.05,
  PL34_06: -0.1,
  PL34_07: -0.07,
  PL34_10: 0.04,
  PL34_11: -0.12,
  L10_01: 0.05,
  L10_02: 0.04,
  L10_04: 0.03,
  L10_06: -0.05,
  L10_10: -0.06,
  L10_13: 0.04,
  L10_14: -0.1,
};

/** A commune's lasting habit, the same in every quarter. */
const communeEffects = new Map<string, number>();
function communeEffect(code: string): number {
  let effect = communeEffects.get(code);
  if (effect === undefined) {
    effect = clamp(rng(`disclosure:habit:${code}`).normal(0, 0.035), -0.08, 0.08);
    communeEffects.set(code, effect);
  }
  return effect;
}

/**
 * How much the switch to the Law's list costs, fading quarter by quarter: communes had to learn three new
 * contents (public assets, disaster aid, call-up lists) and re-do their forms.
 */
function switchFactor(content: DisclosureContent, t: number): number {
  if (content.basis !== 'LUAT10_2022' || t < SWITCH_INDEX) return 1;
  const since = t - SWITCH_INDEX;
  return LAW_10_PREDECESSOR[content.code] === null ? 1 - 0.55 * 0.6 ** since : 1 - 0.08 * 0.5 ** since;
}

/** Law 10/2022 Art. 13(3): items 7–12 also go on commune radio. */
const mustBroadcast = (content: DisclosureContent, no: number) => content.basis === 'LUAT10_2022' && no >= 7 && no <= 12;

/** What a report needs of its commune, whichever set it belongs to. */
interface Filer {
  readonly set: UnitSetId;
  readonly code: string;
  readonly type: DemoCommune['type'];
  readonly districtCode: string | null;
  readonly terrain: Terrain;
}

interface Context {
  readonly q: QuarterRef;
  readonly t: number;
  readonly terrain: Terrain;
  readonly commune: Filer;
  readonly habit: number;
  /** Below 1 while the new communes of 2025-07 find their feet. */
  readonly settling: number;
}

/** The 69 new units' first quarters: merged offices, new staff, new notice boards. */
const SETTLING: Readonly<Record<string, number>> = { '2025-Q3': 0.88, '2025-Q4': 0.95 };

function channelsFor(r: Rng, ctx: Context, content: DisclosureContent, no: number): DisclosureChannel[] {
  const { t, terrain } = ctx;
  const portalBase = terrain === 'urban' ? 0.45 : terrain === 'mountain' ? 0.05 : 0.15;
  const chosen: DisclosureChannel[] = [];
  if (r.chance(0.95)) chosen.push('niem_yet');
  if (r.chance(clamp(0.5 + (mustBroadcast(content, no) ? 0.38 : 0) + (terrain === 'mountain' ? 0.05 : 0), 0, 0.97))) {
    chosen.push('loa_dai');
  }
  if (r.chance(clamp(portalBase + (terrain === 'mountain' ? 0.014 : 0.017) * t, 0, 0.97))) chosen.push('cong_ttdt');
  if (r.chance(terrain === 'urban' ? 0.2 : 0.38)) chosen.push('hop_thon');
  if (r.chance(0.2)) chosen.push('van_ban');
  return chosen.length > 0 ? chosen : ['niem_yet'];
}

function daysPostedFor(r: Rng, ctx: Context, content: DisclosureContent, posted: boolean): number | null {
  if (!posted) return null;
  const pLong = clamp(0.78 + 0.005 * ctx.t + TERRAIN_SHIFT[ctx.terrain] * 0.8 + ctx.habit, 0.4, 0.97);
  // Communes keep permanent contents up for most of the quarter; "other content" is posted for about a month.
  const rule = postingRuleOf(content);
  const min = rule.kind === 'minimumDays' ? rule.days : rule.kind === 'permanent' ? 90 : 30;
  if (r.chance(pLong)) return rule.kind === 'permanent' ? r.int(min, quarterDays(ctx.q)) : min + r.int(0, 25);
  return r.int(Math.max(5, Math.floor(min * 0.3)), min - 1);
}

function generateItem(r: Rng, ctx: Context, content: DisclosureContent, no: number): GeneratedDisclosureItem | null {
  const { q, t, terrain, commune, habit } = ctx;
  const pPublish =
    clamp(PUBLISH_BASE[terrain] + TYPE_BONUS[commune.type] + 0.0065 * t + habit + (CONTENT_SHIFT[content.code] ?? 0), 0.05, 0.985) *
    switchFactor(content, t) *
    ctx.settling;
  // Draw everything before deciding, so one content's outcome never shifts the next content's draws.
  const publishedDraw = r.next();
  const dayOffset = r.int(0, quarterDays(q) - 1);
  const channels = channelsFor(r, ctx, content, no);
  const daysPosted = daysPostedFor(r, ctx, content, channels.includes('niem_yet'));
  const isNew = LAW_10_PREDECESSOR[content.code] === null;
  const pOnTime = clamp(
    0.76 + 0.006 * t + TERRAIN_SHIFT[terrain] + habit - (isNew ? 0.15 * (1 - switchFactor(content, t)) / 0.55 : 0),
    0.3,
    0.98,
  );
  const onTime = r.chance(pOnTime);
  if (publishedDraw >= pPublish) return null;
  return {
    no,
    contentCode: content.code,
    publishedOn: isoDate(quarterStartMs(q) + dayOffset * DAY_MS),
    channels,
    daysPosted,
    onTime,
  };
}

/** A commune that carries on keeps its habit; the units of 2025-07 are new and have their own. */
const habitOf = (commune: Filer) =>
  commune.set === SET_2025_07.id ? communeEffect(`${SET_2025_07.id}:${commune.code}`) : communeEffect(commune.code);

function generateReport(commune: Filer, q: QuarterRef): GeneratedDisclosureReport {
  const key = quarterKeyOf(q);
  const r = rng(key <= BASE_LAST_QUARTER ? `disclosure:${commune.code}:${key}` : `disclosure:${commune.set}:${commune.code}:${key}`);
  const terrain = commune.terrain;
  const t = timeIndex(q);
  const ctx: Context = { q, t, terrain, commune, habit: habitOf(commune), settling: commune.set === SET_2025_07.id ? (SETTLING[key] ?? 1) : 1 };
  const basis = basisInForce(key);
  const contents = DISCLOSURE_CONTENTS_BY_BASIS[basis];
  let items = contents.flatMap((content, i) => generateItem(r, ctx, content, i + 1) ?? []);
  // The quarterly list became statutory with the Law; before it the committee's form asked for it anyway.
  const pList = t < SWITCH_INDEX ? 0.45 + 0.012 * t : 0.8 + 0.03 * (t - SWITCH_INDEX);
  let listPosted = r.chance(clamp(pList + TERRAIN_SHIFT[terrain] + ctx.habit, 0.1, 0.97));
  let filed = r.chance(0.995);
  const filedOn = isoDate(quarterEndMs(q) + r.int(3, 15) * DAY_MS);

  const anomalies = commune.set === SET_2025_07.id ? DISCLOSURE_ANOMALIES_2025_07 : DISCLOSURE_ANOMALIES;
  const anomaly = anomalies.find((a) => a.communeCode === commune.code && key >= a.from);
  if (anomaly?.kind === 'stops-filing') filed = false;
  if (anomaly?.kind === 'publishes-nothing') items = [];
  if (anomaly?.kind === 'publishes-little') items = items.filter((item) => item.no <= 2).map((item) => ({ ...item, onTime: false }));
  if (!filed) items = [];
  if (!filed || items.length === 0) listPosted = false;
  return {
    communeCode: commune.code,
    districtCode: commune.districtCode,
    year: q.year,
    quarter: q.quarter,
    basis,
    filed,
    filedOn: filed ? filedOn : null,
    listPosted,
    items,
  };
}

// ---------------------------------------------------------------------------------------------- public, memoised

/** Every commune's report for one quarter, freshly generated (communes in catalogue order); empty outside the data. */
export function generateDisclosureQuarter(key: string): GeneratedDisclosureReport[] {
  const q = parseQuarter(key);
  if (!q || key < DISCLOSURE_FIRST_QUARTER || key > DISCLOSURE_LAST_QUARTER) return [];
  return filersOf(q).map((commune) => generateReport(commune, q));
}

/** The communes in force on the quarter's first day (both reforms took effect at the start of a quarter). */
function filersOf(q: QuarterRef): readonly Filer[] {
  const set = unitSetOf(`${q.year}-${String(q.quarter * 3 - 2).padStart(2, '0')}`);
  if (set === SET_2020.id) {
    return DEMO_COMMUNES.map((c) => ({ set, code: c.code, type: c.type, districtCode: c.districtCode, terrain: districtByCode(c.districtCode).terrain }));
  }
  return communesOfSet(set).map((c) => ({
    set,
    code: c.code,
    type: c.type === 'phuong' || c.type === 'thi-tran' ? c.type : 'xa',
    districtCode: c.level === 'commune' && c.parentCode !== '42' ? c.parentCode : null,
    terrain: c.terrain,
  }));
}

const byQuarter = new Map<string, readonly GeneratedDisclosureReport[]>();

/** As generateDisclosureQuarter, generated once per quarter and kept. */
export function disclosureReportsForQuarter(key: string): readonly GeneratedDisclosureReport[] {
  let reports = byQuarter.get(key);
  if (!reports) {
    reports = generateDisclosureQuarter(key);
    byQuarter.set(key, reports);
  }
  return reports;
}

/** Reports for a quarter range, optionally one district only; quarter by quarter, communes in catalogue order. */
export function disclosureReports(from: string, to: string, districtCode?: string): GeneratedDisclosureReport[] {
  return quartersBetween(from, to).flatMap((key) => {
    const reports = disclosureReportsForQuarter(key);
    return districtCode === undefined ? reports : reports.filter((r) => r.districtCode === districtCode);
  });
}
