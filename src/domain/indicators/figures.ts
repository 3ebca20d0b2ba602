import type { IndicatorId } from './definitions';
import { measure, type DisclosureCountFields, type IndicatorData, type Measurement, type UnitScope } from './measure';
import type { Period } from '../period';

/**
 * Several catalogue indicators of one scope and period, by id: what a panel, a table row or an export shows side by
 * side. Each is `measure()`'s answer, so counts (numerator, denominator) and value travel together.
 */
export type Figures<I extends IndicatorId> = Readonly<Record<I, Measurement>>;

export function measureAll<I extends IndicatorId>(ids: readonly I[], data: IndicatorData, scope: UnitScope, period: Period): Figures<I> {
  return Object.fromEntries(ids.map((id) => [id, measure(id, data, scope, period)])) as Record<I, Measurement>;
}

/** The value of one indicator of a set of figures; null when the figures or the value are missing. */
export const valueIn = <I extends IndicatorId>(figures: Figures<I> | null | undefined, id: I): number | null => figures?.[id].value ?? null;
export const numeratorIn = <I extends IndicatorId>(figures: Figures<I> | null | undefined, id: I): number | null => figures?.[id].numerator ?? null;
export const denominatorIn = <I extends IndicatorId>(figures: Figures<I> | null | undefined, id: I): number | null =>
  figures?.[id].denominator ?? null;

/** What `measure()` reads when a page has loaded only some systems: the others are "no source". */
export function indicatorDataOf(partial: Partial<IndicatorData>): IndicatorData {
  return { disclosureRows: null, complaintsByYear: null, caseFilesByYear: null, models: null, population: () => null, ...partial };
}

const DISCLOSURE_IDS = ['disclosure.onTime', 'disclosure.published', 'disclosure.postedLongEnough', 'disclosure.listPosted', 'disclosure.filed'] as const;

/**
 * The counts behind the disclosure indicators of a scope and period, as `measure()` pools them (each quarter against
 * the list then in force; a month shows its quarter); null when a quarter of the period has no row for the scope.
 * Tables and exports print these next to the shares, so a count and its share come from the same answer.
 */
export function measureDisclosureCounts(data: IndicatorData, scope: UnitScope, period: Period): DisclosureCountFields | null {
  const f = measureAll(DISCLOSURE_IDS, data, scope, period);
  const onTime = f['disclosure.onTime'];
  const filed = f['disclosure.filed'];
  if (onTime.numerator === null || onTime.denominator === null || filed.numerator === null || filed.denominator === null) return null;
  const lists = f['disclosure.listPosted'];
  return {
    publishedOnTime: onTime.numerator,
    required: onTime.denominator,
    published: f['disclosure.published'].numerator ?? 0,
    postedLongEnough: f['disclosure.postedLongEnough'].numerator ?? 0,
    // Before 1 Jul 2023 the quarterly list does not apply: none required, none counted.
    listsPosted: lists.numerator ?? 0,
    listsRequired: lists.denominator ?? 0,
    filed: filed.numerator,
    reports: filed.denominator,
  };
}

const ZERO_DISCLOSURE: DisclosureCountFields = { reports: 0, filed: 0, listsRequired: 0, listsPosted: 0, required: 0, published: 0, publishedOnTime: 0, postedLongEnough: 0 };

/** Disclosure counts of several scopes added up (a district's communes): shares of the sum pool, never average. */
export function sumDisclosureCounts(all: Iterable<DisclosureCountFields>): DisclosureCountFields {
  let s = ZERO_DISCLOSURE;
  for (const c of all) {
    s = {
      reports: s.reports + c.reports,
      filed: s.filed + c.filed,
      listsRequired: s.listsRequired + c.listsRequired,
      listsPosted: s.listsPosted + c.listsPosted,
      required: s.required + c.required,
      published: s.published + c.published,
      publishedOnTime: s.publishedOnTime + c.publishedOnTime,
      postedLongEnough: s.postedLongEnough + c.postedLongEnough,
    };
  }
  return s;
}
