import { describe, expect, it } from 'vitest';
import { issuesWithin, summariseIssues } from './summary';
import type { QualityIssue } from './types';

const issue = (system: QualityIssue['system'], unitCode: string, period: string, ruleId = 'r'): QualityIssue => ({
  system,
  kind: 'implausible',
  ruleId,
  description: { vi: '', en: '' },
  unitCode,
  period,
  recordId: null,
  field: 'f',
  value: 1,
  relation: '≤',
  bound: 0,
});

describe('issue summaries', () => {
  it('keep the monthly issues of the period and every registry issue', () => {
    const all = [issue('complaints', '443', '2024-03'), issue('complaints', '443', '2024-05'), issue('emulation', '443', '2012')];
    expect(issuesWithin(all, ['2024-01', '2024-02', '2024-03']).map((i) => i.period)).toEqual(['2024-03', '2012']);
  });

  it('count records, not rules broken, per system in the order asked', () => {
    const all = [issue('procedures', '443', '2024-03', 'a'), issue('complaints', '443', '2024-03', 'a'), issue('complaints', '443', '2024-03', 'b'), issue('complaints', '499', '2024-03')];
    expect(summariseIssues(all, ['complaints', 'procedures', 'emulation']).map((s) => [s.system, s.records, s.issues.length])).toEqual([
      ['complaints', 2, 3],
      ['procedures', 1, 1],
    ]);
  });
});
