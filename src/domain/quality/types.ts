/**
 * Data-quality issues: a record an upstream system sent that the dashboard leaves out of every figure, with enough
 * detail (system, unit code, period, field, value, rule) for the province's IT staff to take it back to the system's
 * owners.
 */

/** The systems whose records are checked record by record. */
export type QualitySystem = 'disclosure' | 'complaints' | 'procedures' | 'emulation';
export const QUALITY_SYSTEMS: readonly QualitySystem[] = ['disclosure', 'complaints', 'procedures', 'emulation'];

/**
 * unknown-unit: the unit code is not in the unit catalogue in force; unit-not-in-force: the catalogue has the unit,
 * but not on the record's dates; implausible: a value breaks a plausibility rule.
 */
export type IssueKind = 'unknown-unit' | 'unit-not-in-force' | 'implausible';

export interface LocalisedText {
  readonly vi: string;
  readonly en: string;
}

/** How the value found compares with what the rule allows: "≤ 125", "≥ 2009", "= 140", or "present". */
export type Relation = '≤' | '≥' | '=' | 'present';

export interface QualityIssue {
  readonly system: QualitySystem;
  readonly kind: IssueKind;
  /** The rule broken, e.g. "complaints.overLevel-le-received"; "unit.unknown" / "unit.not-in-force" for unit checks. */
  readonly ruleId: string;
  readonly description: LocalisedText;
  readonly unitCode: string;
  /** Month ("2024-03") for monthly reports, quarter ("2024-Q1") for disclosure, year ("2017") for the model registry. */
  readonly period: string;
  /** Identifier of the record inside its system when it has one (a model's code, an agency's code); null otherwise. */
  readonly recordId: string | null;
  /** The field as the upstream system names it, e.g. "xu_ly_don.vuot_cap". */
  readonly field: string;
  readonly value: number | string | null;
  readonly relation: Relation | null;
  readonly bound: number | string | null;
}

/** Records split by the checks: only `accepted` feed figures, totals and rankings. */
export interface QualitySplit<R> {
  readonly accepted: R[];
  readonly issues: QualityIssue[];
}

/** How to name a record of one system in an issue. */
export interface RecordIdentity<R> {
  readonly system: QualitySystem;
  readonly unitCode: (record: R) => string;
  readonly period: (record: R) => string;
  readonly recordId: (record: R) => string | null;
}
