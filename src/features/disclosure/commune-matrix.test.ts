import { describe, expect, it } from 'vitest';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../../domain/disclosure-contents';
import { cellStatus, communeMatrix } from './commune-matrix';
import { sumDisclosureCounts } from '../../domain/indicators';
import { SCENARIO } from './test-reports';

const both = ['2023-Q2', '2023-Q3'];

describe('commune × content matrix', () => {
  const rows = communeMatrix(SCENARIO, DISCLOSURE_CONTENTS_BY_BASIS, both);
  const byCode = new Map(rows.map((r) => [r.communeCode, r]));
  const a = byCode.get('18070');
  const b = byCode.get('18073');
  const c = byCode.get('18262');

  it('counts every commune against the list in force in each quarter: 11 before 1 Jul 2023, 14 after', () => {
    expect(a?.totals).toEqual({ reports: 2, filed: 2, listsRequired: 1, listsPosted: 0, required: 25, published: 5, publishedOnTime: 3, postedLongEnough: 3 });
    expect(b?.totals).toEqual({ reports: 2, filed: 1, listsRequired: 1, listsPosted: 0, required: 25, published: 0, publishedOnTime: 0, postedLongEnough: 0 });
    expect(c?.totals.required).toBe(14);
  });

  it('adds its communes up to the district', () => {
    const district436 = sumDisclosureCounts(rows.filter((r) => r.districtCode === '436').map((r) => r.totals));
    expect(district436).toEqual({ reports: 4, filed: 3, listsRequired: 2, listsPosted: 0, required: 50, published: 5, publishedOnTime: 3, postedLongEnough: 3 });
  });

  it('marks on time, late, missing, not filed and not required', () => {
    expect(cellStatus(a?.cells.get('PL34_01'))).toBe('on-time');
    expect(cellStatus(a?.cells.get('PL34_02'))).toBe('late');
    expect(cellStatus(a?.cells.get('PL34_03'))).toBe('missing');
    expect(cellStatus(a?.cells.get('L10_13'))).toBe('late');
    expect(a?.cells.get('L10_06')).toEqual({ required: 1, onTime: 1, late: 0, missing: 0, notFiled: 0, postedLongEnough: 0 });
    // B filed nothing in Q2 and published nothing in Q3: over both quarters the worse shows.
    expect(cellStatus(b?.cells.get('PL34_01'))).toBe('not-filed');
    expect(cellStatus(b?.cells.get('L10_01'))).toBe('missing');
    // C reported only under the Law: Ordinance contents were not required of it.
    expect(cellStatus(c?.cells.get('PL34_01'))).toBe('not-required');
    expect(cellStatus(c?.cells.get('L10_09'))).toBe('on-time');
  });

  it('counts quarters without a report and quarters with nothing published', () => {
    expect([b?.quartersNotFiled, b?.quartersNothingPublished]).toEqual([1, 1]);
    expect([a?.quartersNotFiled, a?.quartersNothingPublished]).toEqual([0, 0]);
  });

  it('keeps only the quarters asked for', () => {
    const q2 = communeMatrix(SCENARIO, DISCLOSURE_CONTENTS_BY_BASIS, ['2023-Q2']);
    expect(q2.map((r) => r.communeCode)).toEqual(['18070', '18073']);
    expect(cellStatus(q2[1]?.cells.get('L10_01'))).toBe('not-required');
    expect(q2[0]?.totals.required).toBe(11);
  });
});
