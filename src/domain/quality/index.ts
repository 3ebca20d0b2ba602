export * from './types';
export { applyRules, atLeast, atMost, nonNegativeCount, type Breach, type PlausibilityRule } from './rules';
export { applyUnitScope, monthSpan, quarterSpan, yearSpan, type RecordSpan } from './unit-scope';
export { DISCLOSURE_IDENTITY, DISCLOSURE_RULES } from './disclosure-rules';
export { COMPLAINT_IDENTITY, COMPLAINT_RULES, MAX_REGULAR_SESSIONS_PER_MONTH } from './complaint-rules';
export { CASE_FILE_IDENTITY, PROCEDURE_RULES } from './procedure-rules';
export { emulationRules, MODEL_IDENTITY, REGISTRY_FIRST_YEAR } from './emulation-rules';
export { issuesWithin, periodLabel, recordLabel, summariseIssues, type IssueSummary } from './summary';
