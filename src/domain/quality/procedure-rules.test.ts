import { describe, expect, it } from 'vitest';
import type { CaseFileMonth } from '../procedures';
import { CASE_FILE_IDENTITY, PROCEDURE_RULES } from './procedure-rules';
import { applyRules } from './rules';

const good: CaseFileMonth = {
  ownerCode: '443',
  ownerKind: 'district',
  month: '2024-03',
  receivedOnline: 600,
  receivedInPerson: 380,
  receivedPostal: 20,
  resolvedEarly: 300,
  resolvedOnTime: 550,
  resolvedLate: 50,
  pending: 80,
  overdue: 5,
  paidOnline: 400,
  digitised: 700,
};

const check = (r: CaseFileMonth) => applyRules([r], PROCEDURE_RULES, CASE_FILE_IDENTITY);

describe('case-file plausibility rules', () => {
  it('accept a consistent month', () => {
    expect(check(good).issues).toEqual([]);
  });

  it('flag online payment at 1.005,6 % of files resolved', () => {
    const { accepted, issues } = check({ ...good, paidOnline: 9050 });
    expect(accepted).toEqual([]);
    expect(issues.map((i) => [i.ruleId, i.field, i.value, i.bound])).toEqual([['procedures.paid-le-resolved', 'thanhToanTrucTuyen', 9050, 900]]);
  });

  it('flag digitisation at 1.000,3 % of files received', () => {
    expect(check({ ...good, digitised: 10_003 }).issues.map((i) => [i.ruleId, i.value, i.bound])).toEqual([['procedures.digitised-le-received', 10_003, 1000]]);
  });

  it('flag a count the system sent as text that is not a number', () => {
    expect(check({ ...good, pending: Number.NaN }).issues.map((i) => i.ruleId)).toEqual(['procedures.counts-non-negative']);
  });

  it('name a department’s record by its agency code', () => {
    const [issue] = check({ ...good, ownerKind: 'department', ownerCode: 'SO-TP', digitised: 5000 }).issues;
    expect(issue).toMatchObject({ system: 'procedures', recordId: 'SO-TP', period: '2024-03' });
  });
});
