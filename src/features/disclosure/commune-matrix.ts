import type { CommuneDisclosureQuarter, DisclosureItem } from '../../domain/disclosure';
import type { ContentsByBasis } from '../../domain/disclosure-contents';
import { summariseDisclosure } from '../../domain/disclosure-metrics';
import type { QuarterKey } from '../../domain/period';
import type { DisclosureTotals } from './measures';

/** What happened to one required content in a commune: worst first. */
export type CellStatus = 'not-filed' | 'missing' | 'late' | 'on-time' | 'not-required';

/** One content in one commune over the quarters shown: each quarter it was required lands in exactly one bucket. */
export interface CommuneCell {
  /** Quarters in which the content was required (its list was in force). */
  readonly required: number;
  readonly onTime: number;
  /** Published, but after the legal deadline. */
  readonly late: number;
  /** The commune filed its report but did not publish the content. */
  readonly missing: number;
  /** The commune filed no report: nothing counts as published. */
  readonly notFiled: number;
  readonly postedLongEnough: number;
}

export interface CommuneMatrixRow {
  readonly communeCode: string;
  readonly districtCode: string;
  /** The same counts the district roll-up sums. */
  readonly totals: DisclosureTotals;
  /** Quarters the report was not filed, and filed but with nothing published. */
  readonly quartersNotFiled: number;
  readonly quartersNothingPublished: number;
  readonly cells: ReadonlyMap<string, CommuneCell>;
}

/** The worst thing that happened in any quarter: a steering committee looks for what went wrong. */
export function cellStatus(c: CommuneCell | undefined): CellStatus {
  if (!c || c.required === 0) return 'not-required';
  if (c.notFiled > 0) return 'not-filed';
  if (c.missing > 0) return 'missing';
  if (c.late > 0) return 'late';
  return 'on-time';
}

interface MutableCell {
  required: number;
  onTime: number;
  late: number;
  missing: number;
  notFiled: number;
  postedLongEnough: number;
}

/**
 * Commune × content statuses for the quarters given (one quarter or a whole period), with each commune's totals from
 * the domain tally. A content counts only in the quarters its list was in force: after the 2023-07 switch an
 * Ordinance content is not required, and before it the three contents the Law added are not.
 */
export function communeMatrix(
  reports: readonly CommuneDisclosureQuarter[],
  contentsByBasis: ContentsByBasis,
  quarters: readonly QuarterKey[],
): CommuneMatrixRow[] {
  const wanted = new Set(quarters);
  const inPeriod = reports.filter((r) => wanted.has(r.quarter));
  const cellsByCommune = new Map<string, Map<string, MutableCell>>();
  const notFiled = new Map<string, number>();
  const nothing = new Map<string, number>();
  for (const report of inPeriod) {
    let cells = cellsByCommune.get(report.communeCode);
    if (!cells) {
      cells = new Map();
      cellsByCommune.set(report.communeCode, cells);
    }
    const filed = report.filed !== false;
    const items = new Map<string, DisclosureItem>();
    for (const item of report.items) if (!items.has(item.contentCode)) items.set(item.contentCode, item);
    let publishedAny = false;
    for (const content of contentsByBasis[report.basis]) {
      let cell = cells.get(content.code);
      if (!cell) {
        cell = { required: 0, onTime: 0, late: 0, missing: 0, notFiled: 0, postedLongEnough: 0 };
        cells.set(content.code, cell);
      }
      cell.required += 1;
      const item = items.get(content.code);
      if (!filed) cell.notFiled += 1;
      else if (!item?.published) cell.missing += 1;
      else {
        publishedAny = true;
        if (item.onTime) cell.onTime += 1;
        else cell.late += 1;
        if (item.postedLongEnough) cell.postedLongEnough += 1;
      }
    }
    if (!filed) notFiled.set(report.communeCode, (notFiled.get(report.communeCode) ?? 0) + 1);
    else if (!publishedAny) nothing.set(report.communeCode, (nothing.get(report.communeCode) ?? 0) + 1);
  }
  return summariseDisclosure(inPeriod, contentsByBasis).communes.map((c) => ({
    communeCode: c.communeCode,
    districtCode: c.districtCode,
    totals: pickCounts(c.counts),
    quartersNotFiled: notFiled.get(c.communeCode) ?? 0,
    quartersNothingPublished: nothing.get(c.communeCode) ?? 0,
    cells: cellsByCommune.get(c.communeCode) ?? new Map(),
  }));
}

/** The counts the catalogue's shares divide, without the channel breakdown (a commune's row prints these). */
const pickCounts = (c: DisclosureTotals): DisclosureTotals => ({
  reports: c.reports,
  filed: c.filed,
  listsRequired: c.listsRequired,
  listsPosted: c.listsPosted,
  required: c.required,
  published: c.published,
  publishedOnTime: c.publishedOnTime,
  postedLongEnough: c.postedLongEnough,
});
