import { describe, expect, it } from 'vitest';
import { DISCLOSURE_CONTENTS_BY_BASIS } from '../../domain/disclosure-contents';
import { numberRanges, postingThresholds } from './posting-thresholds';

describe('posting thresholds', () => {
  it('groups each list by its posting rule: 30 days, permanently (items 4 and 13), no minimum (item 14)', () => {
    expect(postingThresholds(DISCLOSURE_CONTENTS_BY_BASIS, ['LUAT10_2022'])).toEqual([
      { basis: 'LUAT10_2022', days: 30, permanent: false, items: [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12] },
      { basis: 'LUAT10_2022', days: null, permanent: true, items: [4, 13] },
      { basis: 'LUAT10_2022', days: null, permanent: false, items: [14] },
    ]);
    expect(postingThresholds(DISCLOSURE_CONTENTS_BY_BASIS, ['PL34_2007'])).toEqual([
      { basis: 'PL34_2007', days: 30, permanent: false, items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
    ]);
  });

  it('writes item numbers as ranges', () => {
    expect(numberRanges([1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14])).toBe('1–3, 5–12, 14');
    expect(numberRanges([4, 13])).toBe('4, 13');
    expect(numberRanges([1, 2, 7, 8])).toBe('1, 2, 7, 8');
    expect(numberRanges([])).toBe('');
  });
});
