import type { QualityIssue, QualitySystem } from './types';

/**
 * The issues that concern a period. Monthly reports are matched by month; the model registry is one list whose
 * stock every period shows, so its issues concern every period.
 */
export function issuesWithin(issues: readonly QualityIssue[], months: readonly string[]): QualityIssue[] {
  const wanted = new Set(months);
  // Quarterly reports (disclosure) concern a period that touches their quarter, as the disclosure figures do.
  for (const m of months) wanted.add(`${m.slice(0, 4)}-Q${Math.ceil(Number(m.slice(5, 7)) / 3)}`);
  return issues.filter((i) => i.system === 'emulation' || wanted.has(i.period));
}

export interface IssueSummary {
  readonly system: QualitySystem;
  /** Records left out: a record breaking two rules is one record. */
  readonly records: number;
  readonly issues: readonly QualityIssue[];
}

const recordKey = (i: QualityIssue) => `${i.unitCode}|${i.period}|${i.recordId ?? ''}`;

/** Per system, in the order given, only systems with issues. */
export function summariseIssues(issues: readonly QualityIssue[], systems: readonly QualitySystem[]): IssueSummary[] {
  return systems
    .map((system) => {
      const own = issues.filter((i) => i.system === system);
      return { system, records: new Set(own.map(recordKey)).size, issues: own };
    })
    .filter((s) => s.issues.length > 0);
}

/** "2024-03" → "03/2024", as Vietnamese reports write a month; a year stays as it is. */
export function periodLabel(period: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) return `${period.slice(5)}/${period.slice(0, 4)}`;
  if (/^\d{4}-Q[1-4]$/.test(period)) return `Q${period.slice(6)}/${period.slice(0, 4)}`;
  return period;
}

/** A record named in one line: unit code, period and, when it has one, its own identifier ("443 · 03/2024"). */
export const recordLabel = (i: QualityIssue) => [i.unitCode, periodLabel(i.period), i.recordId].filter(Boolean).join(' · ');
