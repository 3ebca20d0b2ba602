import type { CommuneDisclosureQuarter } from '../../domain/disclosure';
import type { ContentsByBasis } from '../../domain/disclosure-contents';
import { summariseDisclosure, type CommuneDisclosureTally, type DisclosureTally } from '../../domain/disclosure-metrics';
import { quartersOf, type Period } from '../../domain/period';
import { rateOf } from '../../domain/ratio';

export interface CommuneOnTime {
  readonly code: string;
  readonly onTime: number | null;
  readonly filed: number;
  readonly reports: number;
}

export interface CommuneExtremes {
  /** Highest on-time share first. */
  readonly best: readonly CommuneOnTime[];
  /** Lowest on-time share first. */
  readonly worst: readonly CommuneOnTime[];
  readonly district: DisclosureTally | null;
  readonly communes: number;
}

const toRow = (c: CommuneDisclosureTally): CommuneOnTime => ({ code: c.communeCode, onTime: rateOf(c.rates.onTime), filed: c.counts.filed, reports: c.counts.reports });

/**
 * A district's best and worst communes by the share of required contents disclosed on time in the period, from the
 * communes' own quarterly reports (the quarters the period touches), tallied by summariseDisclosure as on the
 * disclosure page. The two lists never share a commune; ties keep commune-code order.
 */
export function communeExtremes(reports: readonly CommuneDisclosureQuarter[], contents: ContentsByBasis, period: Period, districtCode: string, n = 3): CommuneExtremes {
  const quarters = new Set(quartersOf(period));
  const inPeriod = reports.filter((r) => quarters.has(r.quarter) && r.districtCode === districtCode);
  const summary = summariseDisclosure(inPeriod, contents);
  const rows = summary.communes.map(toRow).filter((r) => r.onTime !== null) as Array<CommuneOnTime & { onTime: number }>;
  const ordered = rows.toSorted((a, b) => b.onTime - a.onTime || a.code.localeCompare(b.code));
  const best = ordered.slice(0, n);
  const worst = ordered.slice(Math.max(best.length, ordered.length - n)).toReversed();
  return { best, worst, district: summary.districts.find((d) => d.districtCode === districtCode) ?? null, communes: summary.communes.length };
}
