import { describe, expect, it } from 'vitest';
import {
  DISCLOSURE_CONTENTS,
  DISCLOSURE_CONTENTS_BY_BASIS,
  LAW_10_PREDECESSOR,
  basisInForce,
  contentsInForce,
  groupContentsByBasis,
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

  it('asks 30 days of posting, and the whole quarter for the permanently posted Law items 4 and 13', () => {
    const days = Object.fromEntries(DISCLOSURE_CONTENTS.map((c) => [c.code, c.minDaysPosted]));
    expect(days.L10_04).toBe(90);
    expect(days.L10_13).toBe(90);
    expect(DISCLOSURE_CONTENTS.filter((c) => c.minDaysPosted !== 30).map((c) => c.code)).toEqual(['L10_04', 'L10_13']);
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
