import type { CommuneDisclosureQuarter, DisclosureContent, LegalBasis } from '../../domain/disclosure';
import { basisInForce, LEGAL_BASES, type ContentsByBasis } from '../../domain/disclosure-contents';
import { summariseDisclosure, type ContentDisclosureTally } from '../../domain/disclosure-metrics';
import type { QuarterKey } from '../../domain/period';
import { rateOf, ratio } from '../../domain/ratio';

/** A column of the content heatmaps: one content of one list, numbered as in its article. */
export interface ContentColumn {
  readonly code: string;
  readonly basis: LegalBasis;
  /** Item number in Art. 5 of the Ordinance or Art. 11 of the Law. */
  readonly number: number;
  readonly name: string;
  readonly minDaysPosted: number;
}

/** Which lists a period spanning the 2023-07 switch shows: both side by side, or one. */
export type ListChoice = 'both' | LegalBasis;

/** The legal bases in force during the quarters, oldest first: two only for a period spanning 1 Jul 2023. */
export function basesInForce(quarters: readonly QuarterKey[]): LegalBasis[] {
  const present = new Set(quarters.map(basisInForce));
  return LEGAL_BASES.filter((b) => present.has(b));
}

/** Columns for the lists in force during the quarters (Ordinance first), narrowed to one list when chosen. */
export function contentColumns(contentsByBasis: ContentsByBasis, quarters: readonly QuarterKey[], choice: ListChoice = 'both'): ContentColumn[] {
  const bases = basesInForce(quarters).filter((b) => choice === 'both' || b === choice);
  return bases.flatMap((basis) =>
    contentsByBasis[basis].map((c: DisclosureContent, i) => ({ code: c.code, basis, number: i + 1, name: c.name, minDaysPosted: c.minDaysPosted })),
  );
}

/** Per-content counts; `required` is 0 when the content was in force in none of the quarters counted. */
export type ContentCell = ContentDisclosureTally;

export const cellOnTimeRate = (cell: ContentCell | undefined): number | null =>
  cell ? rateOf(ratio(cell.publishedOnTime, cell.required)) : null;

export interface ContentMatrixRow {
  /** District code, or null for the province row. */
  readonly code: string | null;
  readonly cells: ReadonlyMap<string, ContentCell>;
}

const cellsOf = (reports: readonly CommuneDisclosureQuarter[], contentsByBasis: ContentsByBasis): Map<string, ContentCell> =>
  new Map(summariseDisclosure(reports, contentsByBasis).byContent.map((cell) => [cell.contentCode, cell]));

/**
 * District × content counts of the commune reports of the given quarters, plus the province row first. Each report
 * counts only against the list of its own legal basis, so in a period spanning the switch an Ordinance column holds
 * the quarters before 1 Jul 2023 and a Law column those after; the three contents the Law added have nothing before.
 */
export function districtContentMatrix(
  reports: readonly CommuneDisclosureQuarter[],
  contentsByBasis: ContentsByBasis,
  quarters: readonly QuarterKey[],
  districtCodes: readonly string[],
): ContentMatrixRow[] {
  const wanted = new Set(quarters);
  const inPeriod = reports.filter((r) => wanted.has(r.quarter));
  const byDistrict = new Map<string, CommuneDisclosureQuarter[]>();
  for (const r of inPeriod) {
    const list = byDistrict.get(r.districtCode);
    if (list) list.push(r);
    else byDistrict.set(r.districtCode, [r]);
  }
  return [
    { code: null, cells: cellsOf(inPeriod, contentsByBasis) },
    ...districtCodes.map((code) => ({ code, cells: cellsOf(byDistrict.get(code) ?? [], contentsByBasis) })),
  ];
}
