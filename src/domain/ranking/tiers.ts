import type { TierThresholds } from './method';

/** Tốt / Khá / Trung bình / Yếu, the classes the province's own assessments use. */
export const TIERS = ['good', 'fair', 'average', 'weak'] as const;
export type TierId = (typeof TIERS)[number];

/** The tier of an overall score; a score on a threshold belongs to the higher tier. */
export function tierOf(score: number, t: TierThresholds): TierId {
  if (score >= t.good) return 'good';
  if (score >= t.fair) return 'fair';
  if (score >= t.average) return 'average';
  return 'weak';
}
