import { describe, expect, it } from 'vitest';
import { groupByFormerDistrict } from './former-district';
import type { Crosswalk } from './types';

/*
 * District D1 has communes x1, x2, x3; district D2 has y1, y2.
 * New units: n1 = x1 + x2; n2 = x3 + y1 + y2 (straddles, 2 of D2 vs 1 of D1 → D2); y2 is also split into n3.
 */
const crosswalk: Crosswalk = {
  fromSet: 'old',
  toSet: 'new',
  effective: '2025-07-01',
  links: [
    { from: 'x1', to: 'n1', relation: 'full' },
    { from: 'x2', to: 'n1', relation: 'full' },
    { from: 'x3', to: 'n2', relation: 'full' },
    { from: 'y1', to: 'n2', relation: 'full' },
    { from: 'y2', to: 'n2', relation: 'partial' },
    { from: 'y2', to: 'n3', relation: 'partial' },
  ],
};
const districtOf = new Map([['x1', 'D1'], ['x2', 'D1'], ['x3', 'D1'], ['y1', 'D2'], ['y2', 'D2']]);

describe('groupByFormerDistrict', () => {
  const grouping = groupByFormerDistrict(crosswalk, districtOf);

  it('places each new unit with the district that gave it most (split communes count 1/n: n2 gets D1 1, D2 1.5)', () => {
    expect(grouping.groups).toEqual([
      { districtCode: 'D1', unitCodes: ['n1'] },
      { districtCode: 'D2', unitCodes: ['n2', 'n3'] },
    ]);
  });

  it('names the units that straddle a former border', () => {
    expect([...grouping.straddling]).toEqual([['n2', ['D1', 'D2']]]);
  });

  it('breaks an exact tie towards the lower district code', () => {
    const tie = groupByFormerDistrict(
      { ...crosswalk, links: [{ from: 'y1', to: 'n9', relation: 'full' }, { from: 'x1', to: 'n9', relation: 'full' }] },
      districtOf,
    );
    expect(tie.groupOf.get('n9')).toBe('D1');
  });

  it('refuses a commune with no district', () => {
    expect(() => groupByFormerDistrict({ ...crosswalk, links: [{ from: 'zz', to: 'n1', relation: 'full' }] }, districtOf)).toThrow(/zz/);
  });
});
