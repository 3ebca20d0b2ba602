import { describe, expect, it } from 'vitest';
import {
  DISCLOSURE_CONTENTS,
  DISCLOSURE_CONTENTS_BY_BASIS,
  LAW_10_PREDECESSOR,
  basisInForce,
  contentsInForce,
  groupContentsByBasis,
  meetsPostingRule,
  postingRuleOf,
} from './disclosure-contents';

describe('disclosure contents', () => {
  it('has the 11 contents of Ordinance 34/2007 Art. 5 and the 14 of Law 10/2022 Art. 11', () => {
    expect(DISCLOSURE_CONTENTS_BY_BASIS.PL34_2007.map((c) => c.code)).toEqual(
      Array.from({ length: 11 }, (_, i) => `PL34_${String(i + 1).padStart(2, '0')}`),
    );
    expect(DISCLOSURE_CONTENTS_BY_BASIS.LUAT10_2022.map((c) => c.code)).toEqual(
      Array.from({ length: 14 }, (_, i) => `L10_${String(i + 1).padStart(2, '0')}`),
    );
    expect(new Set(DISCLOSURE_CONTENTS.map((c) => c.code)).size).toBe(25);
  });

  it('asks 30 days of posting; Law items 4 and 13 are posted permanently and item 14 has no minimum (Art. 13)', () => {
    const rules = Object.fromEntries(DISCLOSURE_CONTENTS.map((c) => [c.code, postingRuleOf(c)]));
    expect(rules.L10_04).toEqual({ kind: 'permanent' });
    expect(rules.L10_13).toEqual({ kind: 'permanent' });
    expect(rules.L10_14).toEqual({ kind: 'none' });
    expect(DISCLOSURE_CONTENTS.filter((c) => postingRuleOf(c).kind !== 'minimumDays').map((c) => c.code)).toEqual(['L10_04', 'L10_13', 'L10_14']);
    expect(DISCLOSURE_CONTENTS.filter((c) => postingRuleOf(c).kind === 'minimumDays').every((c) => c.minDaysPosted === 30)).toBe(true);
  });

  it('judges permanent posting as "still up at the quarter end", not as "at least 90 days"', () => {
    const permanent = { kind: 'permanent' } as const;
    // Published on 15 Sep, still up on 30 Sep: 16 days is the whole time it could have been posted.
    expect(meetsPostingRule(permanent, 16, '2023-09-15', '2023-Q3')).toBe(true);
    expect(meetsPostingRule(permanent, 10, '2023-09-15', '2023-Q3')).toBe(false);
    expect(meetsPostingRule(permanent, 60, '2023-07-01', '2023-Q3')).toBe(false);
    expect(meetsPostingRule({ kind: 'none' }, 3, '2023-09-15', '2023-Q3')).toBe(true);
    expect(meetsPostingRule({ kind: 'minimumDays', days: 30 }, 29, '2023-07-01', '2023-Q3')).toBe(false);
  });

  it('switches list with the quarter that starts on 1 July 2023', () => {
    expect(basisInForce('2017-Q1')).toBe('PL34_2007');
    expect(basisInForce('2023-Q2')).toBe('PL34_2007');
    expect(basisInForce('2023-Q3')).toBe('LUAT10_2022');
    expect(contentsInForce('2024-Q4')).toHaveLength(14);
    expect(() => basisInForce('2023')).toThrow(RangeError);
  });

  it('maps every Law item to its Ordinance predecessor, three of them new', () => {
    expect(Object.keys(LAW_10_PREDECESSOR)).toEqual(DISCLOSURE_CONTENTS_BY_BASIS.LUAT10_2022.map((c) => c.code));
    const ordinanceCodes = new Set(DISCLOSURE_CONTENTS_BY_BASIS.PL34_2007.map((c) => c.code));
    expect(Object.values(LAW_10_PREDECESSOR).filter((p) => p !== null && !ordinanceCodes.has(p))).toEqual([]);
    expect(Object.entries(LAW_10_PREDECESSOR).filter(([, p]) => p === null).map(([c]) => c)).toEqual(['L10_06', 'L10_08', 'L10_09']);
  });

  it('groups a served list by basis, keeping its order', () => {
    const grouped = groupContentsByBasis(DISCLOSURE_CONTENTS.toReversed());
    expect(grouped.PL34_2007[0]?.code).toBe('PL34_11');
    expect(grouped.LUAT10_2022).toHaveLength(14);
  });
});
