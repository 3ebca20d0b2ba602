import type { MonthKey } from './period';
import type { CaseFileMonth, ServiceLevelRecord } from './procedures';
import { ratio, type Ratio } from './ratio';

export interface CaseFileTotals {
  readonly received: number;
  readonly receivedOnline: number;
  readonly receivedInPerson: number;
  readonly receivedPostal: number;
  readonly resolved: number;
  readonly resolvedEarly: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
  readonly paidOnline: number;
  readonly digitised: number;
  /** Received online / received. */
  readonly onlineShare: Ratio;
  /** Resolved early or on time / resolved. */
  readonly onTime: Ratio;
  readonly monthsReported: number;
}

export function caseFileTotals(
  records: readonly CaseFileMonth[],
  months: readonly MonthKey[],
  ownerCodes?: ReadonlySet<string>,
): CaseFileTotals {
  const monthSet = new Set(months);
  let online = 0, inPerson = 0, postal = 0, early = 0, onTime = 0, late = 0, paid = 0, digitised = 0;
  const reported = new Set<string>();
  for (const r of records) {
    if (!monthSet.has(r.month) || (ownerCodes && !ownerCodes.has(r.ownerCode))) continue;
    reported.add(r.month);
    online += r.receivedOnline;
    inPerson += r.receivedInPerson;
    postal += r.receivedPostal;
    early += r.resolvedEarly;
    onTime += r.resolvedOnTime;
    late += r.resolvedLate;
    paid += r.paidOnline;
    digitised += r.digitised;
  }
  const received = online + inPerson + postal;
  const resolved = early + onTime + late;
  return {
    received,
    receivedOnline: online,
    receivedInPerson: inPerson,
    receivedPostal: postal,
    resolved,
    resolvedEarly: early,
    resolvedOnTime: onTime,
    resolvedLate: late,
    paidOnline: paid,
    digitised,
    onlineShare: ratio(online, received),
    onTime: ratio(early + onTime, resolved),
    monthsReported: reported.size,
  };
}

export type LevelCounts =
  | { readonly scheme: 'decree43'; readonly byLevel: Readonly<Record<1 | 2 | 3 | 4, number>>; readonly total: number }
  | { readonly scheme: 'decree42'; readonly byLevel: Readonly<Record<'full' | 'partial', number>>; readonly total: number };

/**
 * Services per level in one year. A year reports one scheme only; a catalogue that mixes both is an upstream error
 * the caller must show, so this throws rather than adding levels 1–4 to full/partial.
 */
export function countServiceLevels(services: readonly ServiceLevelRecord[], ownerCodes?: ReadonlySet<string>): LevelCounts | null {
  const selected = ownerCodes ? services.filter((s) => ownerCodes.has(s.ownerCode)) : services;
  const first = selected[0];
  if (!first) return null;
  if (selected.some((s) => s.level.scheme !== first.level.scheme)) {
    throw new Error('Service catalogue mixes Decree 43/2011 levels with Decree 42/2022 levels in one year');
  }
  if (first.level.scheme === 'decree43') {
    const byLevel = { 1: 0, 2: 0, 3: 0, 4: 0 };
    for (const s of selected) if (s.level.scheme === 'decree43') byLevel[s.level.level]++;
    return { scheme: 'decree43', byLevel, total: selected.length };
  }
  const byLevel = { full: 0, partial: 0 };
  for (const s of selected) if (s.level.scheme === 'decree42') byLevel[s.level.level]++;
  return { scheme: 'decree42', byLevel, total: selected.length };
}
