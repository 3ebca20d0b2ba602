import { rateOf, ratio } from '../../domain/ratio';
import type { CommuneMatrixRow } from './commune-matrix';

/**
 * Communes a steering committee should call: those that filed no report in a quarter, filed one with nothing
 * published, or published on time less than the threshold share of what they had to publish.
 */
export type AttentionReason = 'not-filed' | 'nothing-published' | 'low-on-time';

/** Below half of the required contents on time: the level the committee's own follow-up lists use. */
export const LOW_ON_TIME_THRESHOLD = 0.5;

export interface AttentionRow {
  readonly communeCode: string;
  readonly districtCode: string;
  readonly reasons: readonly AttentionReason[];
  /** Commune-quarters expected in the period. */
  readonly quarters: number;
  readonly quartersNotFiled: number;
  readonly quartersNothingPublished: number;
  readonly onTimeRate: number | null;
  readonly publishedRate: number | null;
}

export function attentionReasons(row: CommuneMatrixRow, threshold = LOW_ON_TIME_THRESHOLD): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (row.quartersNotFiled > 0) reasons.push('not-filed');
  if (row.quartersNothingPublished > 0) reasons.push('nothing-published');
  const onTime = rateOf(ratio(row.totals.publishedOnTime, row.totals.required));
  if (onTime !== null && onTime < threshold) reasons.push('low-on-time');
  return reasons;
}

/**
 * Most worrying first: lowest on-time share (a quarter without a report counts as nothing disclosed), then more
 * quarters without a report or with nothing disclosed.
 */
export function communesNeedingAttention(rows: readonly CommuneMatrixRow[], threshold = LOW_ON_TIME_THRESHOLD): AttentionRow[] {
  return rows
    .map((row) => ({
      communeCode: row.communeCode,
      districtCode: row.districtCode,
      reasons: attentionReasons(row, threshold),
      quarters: row.totals.reports,
      quartersNotFiled: row.quartersNotFiled,
      quartersNothingPublished: row.quartersNothingPublished,
      onTimeRate: rateOf(ratio(row.totals.publishedOnTime, row.totals.required)),
      publishedRate: rateOf(ratio(row.totals.published, row.totals.required)),
    }))
    .filter((r) => r.reasons.length > 0)
    .toSorted(
      (a, b) =>
        (a.onTimeRate ?? Infinity) - (b.onTimeRate ?? Infinity) ||
        b.quartersNotFiled + b.quartersNothingPublished - (a.quartersNotFiled + a.quartersNothingPublished) ||
        a.communeCode.localeCompare(b.communeCode),
    );
}
