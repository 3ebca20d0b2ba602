import { describe, expect, it } from 'vitest';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../../domain/disclosure-contents';
import { communesNeedingAttention } from './attention';
import { communeMatrix } from './commune-matrix';
import { late, on, report, SCENARIO } from './test-reports';

describe('communes needing attention', () => {
  it('lists communes without a report, with nothing published or with a low on-time share, worst first', () => {
    const rows = communesNeedingAttention(communeMatrix(SCENARIO, DISCLOSURE_CONTENTS_BY_BASIS, ['2023-Q2', '2023-Q3']));
    expect(rows.map((r) => [r.communeCode, r.reasons])).toEqual([
      ['18073', ['not-filed', 'nothing-published', 'low-on-time']],
      ['18070', ['low-on-time']],
    ]);
    expect(rows[1]?.onTimeRate).toBeCloseTo(3 / 25, 12);
    expect(rows[0]).toMatchObject({ quarters: 2, quartersNotFiled: 1, quartersNothingPublished: 1, onTimeRate: 0 });
  });

  it('uses the threshold given, strictly below it', () => {
    // 6 of 11 on time is above one half; 5 of 11 is below.
    const six = report('1', '436', '2023-Q1', 'PL34_2007', ['PL34_01', 'PL34_02', 'PL34_03', 'PL34_04', 'PL34_05', 'PL34_06'].map((c) => on(c)));
    const five = report('2', '436', '2023-Q1', 'PL34_2007', ['PL34_01', 'PL34_02', 'PL34_03', 'PL34_04', 'PL34_05'].map((c) => on(c)));
    const matrix = communeMatrix([six, five], DISCLOSURE_CONTENTS_BY_BASIS, ['2023-Q1']);
    expect(communesNeedingAttention(matrix).map((r) => r.communeCode)).toEqual(['2']);
    expect(communesNeedingAttention(matrix, 0.6).map((r) => r.communeCode)).toEqual(['2', '1']);
  });

  it('puts the lower on-time share first, then more quarters without a report or with nothing disclosed', () => {
    const reports = [
      // X: one quarter without a report, then one content late: 0 % on time, 1 bad quarter.
      report('X', '436', '2023-Q1', 'PL34_2007', [], { filed: false }),
      report('X', '436', '2023-Q2', 'PL34_2007', [late('PL34_01')]),
      // Y: no report in either quarter: 0 % on time, 2 bad quarters.
      report('Y', '436', '2023-Q1', 'PL34_2007', [], { filed: false }),
      report('Y', '436', '2023-Q2', 'PL34_2007', [], { filed: false }),
      // Z: filed both, 4 of 22 on time (18 %): above neither.
      report('Z', '436', '2023-Q1', 'PL34_2007', [on('PL34_01'), on('PL34_02')]),
      report('Z', '436', '2023-Q2', 'PL34_2007', [on('PL34_01'), on('PL34_02')]),
    ];
    const rows = communesNeedingAttention(communeMatrix(reports, DISCLOSURE_CONTENTS_BY_BASIS, ['2023-Q1', '2023-Q2']));
    expect(rows.map((r) => r.communeCode)).toEqual(['Y', 'X', 'Z']);
  });
});
