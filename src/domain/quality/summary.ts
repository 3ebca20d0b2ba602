import type { QualityIssue, QualitySystem } from './types';

/**
 * The issues that concern a period. Monthly reports are matched by month; the model registry is one list whose
 * stock every period shows, so its issues concern every period.
 */
export function issuesWithin(issues: readonly QualityIssue[], months: readonly string[]): QualityIssue[] {
  const wanted = new Set(months);
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
