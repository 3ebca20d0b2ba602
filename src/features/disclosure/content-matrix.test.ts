import { describe, expect, it } from 'vitest';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../../domain/disclosure-contents';
import { basesInForce, cellOnTimeRate, contentColumns, districtContentMatrix } from './content-matrix';
import { SCENARIO } from './test-reports';

describe('content columns', () => {
  it('shows the list in force, and both lists for a period spanning 1 Jul 2023', () => {
    expect(basesInForce(['2023-Q1', '2023-Q2'])).toEqual(['PL34_2007']);
    expect(basesInForce(['2023-Q3'])).toEqual(['LUAT10_2022']);
    expect(basesInForce(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'])).toEqual(['PL34_2007', 'LUAT10_2022']);
    const year2023 = contentColumns(DISCLOSURE_CONTENTS_BY_BASIS, ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
    expect(year2023).toHaveLength(25);
    expect(year2023[0]).toMatchObject({ code: 'PL34_01', number: 1 });
    expect(year2023[11]).toMatchObject({ code: 'L10_01', number: 1, minDaysPosted: 30 });
    expect(year2023.find((c) => c.code === 'L10_13')?.minDaysPosted).toBe(0);
    expect(contentColumns(DISCLOSURE_CONTENTS_BY_BASIS, ['2023-Q2', '2023-Q3'], 'LUAT10_2022').map((c) => c.code)).toHaveLength(14);
    expect(contentColumns(DISCLOSURE_CONTENTS_BY_BASIS, ['2024-Q1'], 'PL34_2007')).toEqual([]);
  });
});

describe('district × content matrix', () => {
  const rows = districtContentMatrix(SCENARIO, DISCLOSURE_CONTENTS_BY_BASIS, ['2023-Q2', '2023-Q3'], ['436', '443']);
  const [province, d436, d443] = rows;

  it('puts the province first, then the districts asked for', () => {
    expect(rows.map((r) => r.code)).toEqual([null, '436', '443']);
  });

  it('counts each content only in the quarters its list was in force', () => {
    // PL34_01: required of A and B in Q2 only; A on time.
    expect(province?.cells.get('PL34_01')).toMatchObject({ required: 2, publishedOnTime: 1 });
    expect(cellOnTimeRate(province?.cells.get('PL34_01'))).toBe(0.5);
    // L10_06, a content the Law added: required of A, B and C in Q3; A and C on time.
    expect(cellOnTimeRate(province?.cells.get('L10_06'))).toBeCloseTo(2 / 3, 12);
    expect(cellOnTimeRate(d436?.cells.get('L10_06'))).toBe(0.5);
    expect(cellOnTimeRate(d443?.cells.get('L10_06'))).toBe(1);
    // 443 reported only after the switch: its Ordinance columns have no value, not 0 %.
    expect(cellOnTimeRate(d443?.cells.get('PL34_01'))).toBeNull();
  });

  it('drops reports outside the quarters given', () => {
    const q3 = districtContentMatrix(SCENARIO, DISCLOSURE_CONTENTS_BY_BASIS, ['2023-Q3'], ['436']);
    expect(q3[1]?.cells.get('PL34_01')?.required).toBe(0);
    expect(q3[1]?.cells.get('L10_01')).toMatchObject({ required: 2, publishedOnTime: 1 });
  });
});
