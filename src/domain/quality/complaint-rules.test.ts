import { describe, expect, it } from 'vitest';
import type { ComplaintMonth } from '../complaints';
import { COMPLAINT_IDENTITY, COMPLAINT_RULES } from './complaint-rules';
import { applyRules } from './rules';

const good: ComplaintMonth = {
  unitCode: '443',
  month: '2024-03',
  received: { khieu_nai: 40, to_cao: 10, kien_nghi: 30, phan_anh: 20 },
  eligible: 80,
  withinJurisdiction: 50,
  resolved: 30,
  overdue: 10,
  repeat: 12,
  overLevel: 9,
  chairSessions: { regular: 2, adHoc: 1 },
  chairSessionsRequired: 2,
};

const brokenBy = (record: ComplaintMonth) => applyRules([record], COMPLAINT_RULES, COMPLAINT_IDENTITY).issues.map((i) => [i.ruleId, i.value, i.bound]);

describe('complaints plausibility rules', () => {
  it('accept a consistent report', () => {
    expect(applyRules([good], COMPLAINT_RULES, COMPLAINT_IDENTITY)).toEqual({ accepted: [good], issues: [] });
  });

  it.each([
    ['eligible above received', { eligible: 101 }, 'complaints.eligible-le-received', 101, 100],
    ['within jurisdiction above eligible', { withinJurisdiction: 81 }, 'complaints.within-le-eligible', 81, 80],
    ['resolved plus overdue above within jurisdiction', { resolved: 45 }, 'complaints.resolved-overdue-le-within', 55, 50],
    ['repeat above received', { repeat: 101 }, 'complaints.repeat-le-received', 101, 100],
    ['over-level petitions at 200 % of received', { overLevel: 200 }, 'complaints.over-level-le-received', 200, 100],
    ['40 regular chair sessions in a month (120 in a quarter against 6)', { chairSessions: { regular: 40, adHoc: 0 } }, 'complaints.chair-sessions-bound', 40, 23],
  ] as const)('flag %s', (_, change, ruleId, value, bound) => {
    expect(brokenBy({ ...good, ...change })).toEqual([[ruleId, value, bound]]);
  });

  it('flag a negative or non-integer count', () => {
    expect(brokenBy({ ...good, repeat: -1 })).toEqual([['complaints.counts-non-negative', -1, 0]]);
    expect(brokenBy({ ...good, chairSessions: { regular: Number.NaN, adHoc: 0 } })).toContainEqual(['complaints.counts-non-negative', 'NaN', 0]);
  });

  it('name the record: system, unit, month and the field as the system calls it', () => {
    const [issue] = applyRules([{ ...good, overLevel: 200 }], COMPLAINT_RULES, COMPLAINT_IDENTITY).issues;
    expect(issue).toMatchObject({ system: 'complaints', kind: 'implausible', unitCode: '443', period: '2024-03', field: 'xu_ly_don.vuot_cap', relation: '≤' });
    expect(issue?.description.en).toMatch(/Over-level/);
  });
});
