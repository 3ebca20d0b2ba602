import type { LocalisedText, QualityIssue, QualitySplit, QualitySystem, RecordIdentity, Relation } from './types';

/** What a rule found wrong: the value, and the bound it breaks. */
export interface Breach {
  readonly value: number | string | null;
  readonly relation: Relation;
  readonly bound: number | string | null;
}

/**
 * A plausibility rule, kept as data so a page (or the indicator catalogue) can list the rules beside an indicator's
 * definition: the system and field it checks, what it requires in words, and the check itself.
 */
export interface PlausibilityRule<R> {
  readonly id: string;
  readonly system: QualitySystem;
  /** The field as the upstream system names it. */
  readonly field: string;
  readonly description: LocalisedText;
  /** Null when the record passes. */
  readonly check: (record: R) => Breach | null;
}

/** `part` may not exceed `whole`: a subset larger than its set is a typing or export error upstream. */
export const atMost = (part: number, whole: number): Breach | null =>
  part > whole ? { value: part, relation: '≤', bound: whole } : null;

export const atLeast = (value: number, floor: number): Breach | null =>
  value < floor ? { value, relation: '≥', bound: floor } : null;

/** Counts of anything are whole numbers ≥ 0; NaN (a number the system sent as text) fails too. */
export const nonNegativeCount = (value: number): Breach | null =>
  Number.isInteger(value) && value >= 0 ? null : { value: Number.isNaN(value) ? 'NaN' : value, relation: '≥', bound: 0 };

export function issueOf<R>(identity: RecordIdentity<R>, record: R, rule: PlausibilityRule<R>, breach: Breach): QualityIssue {
  return {
    system: identity.system,
    kind: 'implausible',
    ruleId: rule.id,
    description: rule.description,
    unitCode: identity.unitCode(record),
    period: identity.period(record),
    recordId: identity.recordId(record),
    field: rule.field,
    ...breach,
  };
}

/**
 * Splits records into those that break no rule and the issues of those that do. A record that breaks a rule is left
 * out whole: its other figures come from the same faulty report, and keeping them would put numerator and
 * denominator of one rate over different records.
 */
export function applyRules<R>(records: readonly R[], rules: readonly PlausibilityRule<R>[], identity: RecordIdentity<R>): QualitySplit<R> {
  const accepted: R[] = [];
  const issues: QualityIssue[] = [];
  for (const record of records) {
    let clean = true;
    for (const rule of rules) {
      const breach = rule.check(record);
      if (breach) {
        clean = false;
        issues.push(issueOf(identity, record, rule, breach));
      }
    }
    if (clean) accepted.push(record);
  }
  return { accepted, issues };
}
