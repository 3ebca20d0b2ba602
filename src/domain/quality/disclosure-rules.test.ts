import { describe, expect, it } from 'vitest';
import type { DistrictDisclosureQuarter } from '../disclosure';
import { DISCLOSURE_IDENTITY, DISCLOSURE_RULES } from './disclosure-rules';
import { applyRules } from './rules';
import { issuesWithin, periodLabel } from './summary';
import { quarterSpan } from './unit-scope';

const good: DistrictDisclosureQuarter = {
  districtCode: '443',
  quarter: '2023-Q3',
  basis: 'LUAT10_2022',
  reports: 18,
  filed: 17,
  listsPosted: 15,
  required: 252,
  published: 230,
  publishedOnTime: 200,
  postedLongEnough: 190,
};

const broken = (r: DistrictDisclosureQuarter) => applyRules([r], DISCLOSURE_RULES, DISCLOSURE_IDENTITY).issues.map((i) => [i.ruleId, i.value, i.bound]);

describe('disclosure roll-up rules', () => {
  it('accept a consistent quarter', () => {
    expect(broken(good)).toEqual([]);
  });

  it.each([
    ['more communes filing than communes', { filed: 19 }, 'disclosure.filed-le-communes', 19, 18],
    ['more lists posted than reports filed', { listsPosted: 18 }, 'disclosure.lists-le-filed', 18, 17],
    ['more contents disclosed than required', { published: 260 }, 'disclosure.published-le-required', 260, 252],
    ['more on time than disclosed', { publishedOnTime: 231 }, 'disclosure.on-time-le-published', 231, 230],
    ['more posted long enough than disclosed', { postedLongEnough: 231 }, 'disclosure.posted-le-published', 231, 230],
  ] as const)('flag %s', (_, change, id, value, bound) => {
    expect(broken({ ...good, ...change })).toEqual([[id, value, bound]]);
  });

  it('date a quarter for the unit check, and show its issues for the periods that touch it', () => {
    expect(quarterSpan('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterSpan('2023-Q4')).toEqual({ from: '2023-10-01', to: '2023-12-31' });
    const [issue] = applyRules([{ ...good, published: 260 }], DISCLOSURE_RULES, DISCLOSURE_IDENTITY).issues;
    expect(issuesWithin([issue!], ['2023-08'])).toHaveLength(1);
    expect(issuesWithin([issue!], ['2023-10'])).toHaveLength(0);
    expect(periodLabel('2023-Q3')).toBe('Q3/2023');
  });
});
