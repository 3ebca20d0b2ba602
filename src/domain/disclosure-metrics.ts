import type { ContentsByBasis } from './disclosure-contents';
import type { CommuneDisclosureQuarter, DisclosureChannel, DisclosureItem, LegalBasis } from './disclosure';
import type { QuarterKey } from './period';
import { ratio, type Ratio } from './ratio';

export const DISCLOSURE_CHANNELS: readonly DisclosureChannel[] = ['niem_yet', 'loa_dai', 'cong_ttdt', 'hop_thon', 'van_ban'];

/**
 * Counts behind every disclosure rate. `required` is the number of contents in force summed over the
 * commune-quarters counted: 11 per quarter under the Ordinance, 14 under the Law, so a span across the
 * 2023-07 switch weighs each quarter by its own list.
 */
export interface DisclosureCounts {
  /** Commune-quarters counted (one expected report each). */
  readonly reports: number;
  /** Of those, reports actually filed. */
  readonly filed: number;
  /** Commune-quarters under Law 10/2022, whose Art. 13(2) asks for the quarterly list: the list's denominator. */
  readonly listsRequired: number;
  /** Of those, lists posted (a list posted under the Ordinance, which did not ask for one, is not counted). */
  readonly listsPosted: number;
  readonly required: number;
  readonly published: number;
  readonly publishedOnTime: number;
  readonly postedLongEnough: number;
  /** Published required contents that used each channel (an item can use several). */
  readonly byChannel: Readonly<Record<DisclosureChannel, number>>;
}

export interface DisclosureRates {
  /** Headline: required contents published within the legal deadline / required contents. */
  readonly onTime: Ratio;
  readonly published: Ratio;
  readonly postedLongEnough: Ratio;
  /** Quarterly lists posted / commune-quarters under Law 10/2022 (the list exists from 1 Jul 2023). */
  readonly listPosted: Ratio;
  readonly filed: Ratio;
}

export interface DisclosureTally {
  readonly counts: DisclosureCounts;
  readonly rates: DisclosureRates;
}

export interface DistrictDisclosureTally extends DisclosureTally {
  readonly districtCode: string;
}

export interface CommuneDisclosureTally extends DisclosureTally {
  readonly communeCode: string;
  readonly districtCode: string;
}

export interface ContentDisclosureTally {
  readonly contentCode: string;
  readonly basis: LegalBasis;
  /** Commune-quarters in which the content was required. */
  readonly required: number;
  readonly published: number;
  readonly publishedOnTime: number;
  readonly postedLongEnough: number;
}

export interface DisclosureSummary {
  readonly province: DisclosureTally;
  /** Sorted by district code. */
  readonly districts: readonly DistrictDisclosureTally[];
  /** Sorted by commune code. */
  readonly communes: readonly CommuneDisclosureTally[];
  /** In the order of the contents lists, Ordinance first. */
  readonly byContent: readonly ContentDisclosureTally[];
}

interface MutableCounts {
  reports: number;
  filed: number;
  listsRequired: number;
  listsPosted: number;
  required: number;
  published: number;
  publishedOnTime: number;
  postedLongEnough: number;
  byChannel: Record<DisclosureChannel, number>;
}

const emptyCounts = (): MutableCounts => ({
  reports: 0,
  filed: 0,
  listsRequired: 0,
  listsPosted: 0,
  required: 0,
  published: 0,
  publishedOnTime: 0,
  postedLongEnough: 0,
  byChannel: { niem_yet: 0, loa_dai: 0, cong_ttdt: 0, hop_thon: 0, van_ban: 0 },
});

export function disclosureRates(c: DisclosureCounts): DisclosureRates {
  return {
    onTime: ratio(c.publishedOnTime, c.required),
    published: ratio(c.published, c.required),
    postedLongEnough: ratio(c.postedLongEnough, c.required),
    listPosted: ratio(c.listsPosted, c.listsRequired),
    filed: ratio(c.filed, c.reports),
  };
}

const tally = (counts: DisclosureCounts): DisclosureTally => ({ counts, rates: disclosureRates(counts) });

type ContentCounts = { -readonly [K in keyof ContentDisclosureTally]: ContentDisclosureTally[K] };

/**
 * Adds one report to every accumulator given. Only contents required under the report's own basis count; an item
 * the report lists twice counts once; an unfiled report counts its whole list as required and nothing as published.
 */
function addReport(
  report: CommuneDisclosureQuarter,
  contentsByBasis: ContentsByBasis,
  targets: readonly MutableCounts[],
  byContent: Map<string, ContentCounts>,
): void {
  const required = contentsByBasis[report.basis];
  if (!required) throw new RangeError(`No contents list for legal basis ${report.basis}`);
  const filed = report.filed !== false;
  const itemsByCode = new Map<string, DisclosureItem>();
  if (filed) for (const item of report.items) if (!itemsByCode.has(item.contentCode)) itemsByCode.set(item.contentCode, item);
  let published = 0;
  let onTime = 0;
  let longEnough = 0;
  const channels = emptyCounts().byChannel;
  for (const content of required) {
    const perContent = byContent.get(content.code);
    if (perContent) perContent.required += 1;
    const item = itemsByCode.get(content.code);
    if (!item?.published) continue;
    published += 1;
    if (item.onTime) onTime += 1;
    if (item.postedLongEnough) longEnough += 1;
    for (const channel of new Set(item.channels)) channels[channel] += 1;
    if (perContent) {
      perContent.published += 1;
      if (item.onTime) perContent.publishedOnTime += 1;
      if (item.postedLongEnough) perContent.postedLongEnough += 1;
    }
  }
  for (const t of targets) {
    t.reports += 1;
    if (filed) t.filed += 1;
    const listRequired = report.basis === 'LUAT10_2022';
    if (listRequired) t.listsRequired += 1;
    if (listRequired && filed && report.listPosted) t.listsPosted += 1;
    t.required += required.length;
    t.published += published;
    t.publishedOnTime += onTime;
    t.postedLongEnough += longEnough;
    for (const channel of DISCLOSURE_CHANNELS) t.byChannel[channel] += channels[channel];
  }
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/**
 * Province, district, commune and per-content tallies of the reports given (filter them by quarter and unit first).
 * Each report is measured against the list in force under its own legal basis.
 */
export function summariseDisclosure(
  reports: readonly CommuneDisclosureQuarter[],
  contentsByBasis: ContentsByBasis,
): DisclosureSummary {
  const province = emptyCounts();
  const districts = new Map<string, MutableCounts>();
  const communes = new Map<string, { districtCode: string; counts: MutableCounts }>();
  const byContent = new Map<string, ContentCounts>();
  for (const basis of ['PL34_2007', 'LUAT10_2022'] as const) {
    for (const c of contentsByBasis[basis]) {
      byContent.set(c.code, { contentCode: c.code, basis, required: 0, published: 0, publishedOnTime: 0, postedLongEnough: 0 });
    }
  }
  for (const report of reports) {
    const district = getOrCreate(districts, report.districtCode, emptyCounts);
    const commune = getOrCreate(communes, report.communeCode, () => ({ districtCode: report.districtCode, counts: emptyCounts() }));
    addReport(report, contentsByBasis, [province, district, commune.counts], byContent);
  }
  return {
    province: tally(province),
    districts: [...districts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([districtCode, counts]) => ({ districtCode, ...tally(counts) })),
    communes: [...communes]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([communeCode, { districtCode, counts }]) => ({ communeCode, districtCode, ...tally(counts) })),
    byContent: [...byContent.values()],
  };
}

export interface QuarterDisclosureTally extends DisclosureTally {
  readonly quarter: QuarterKey;
}

/** One tally per quarter present in the reports, oldest first: the trend line, with its dip after the switch. */
export function disclosureByQuarter(
  reports: readonly CommuneDisclosureQuarter[],
  contentsByBasis: ContentsByBasis,
): QuarterDisclosureTally[] {
  const byQuarter = new Map<QuarterKey, MutableCounts>();
  for (const report of reports) {
    addReport(report, contentsByBasis, [getOrCreate(byQuarter, report.quarter, emptyCounts)], new Map());
  }
  return [...byQuarter]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, counts]) => ({ quarter, ...tally(counts) }));
}
