import { describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS } from '../../mocks/data/units';
import { CATALOGUE_POPULATION_SOURCE, DISTRICT_POPULATION, per10k, populationLookup, populationOf } from './population';
import type { AdminUnit } from './units';

describe('district population', () => {
  it('has a figure for every district-level unit of the demo province', () => {
    expect(DISTRICT_POPULATION.map((p) => p.code)).toEqual(DEMO_DISTRICTS.map((d) => d.code));
    expect(DISTRICT_POPULATION.every((p) => p.population > 0)).toBe(true);
  });

  it('uses the domain brief\'s published figures and flags the estimates', () => {
    expect(populationOf('437')).toMatchObject({ population: 36_940, year: 2019, estimate: false });
    expect(populationOf('446')).toMatchObject({ population: 149_313, estimate: false });
    expect(DISTRICT_POPULATION.filter((p) => p.estimate).map((p) => p.code)).toEqual(['444', '445', '447', '449']);
    expect(populationOf('999')).toBeNull();
  });

  it('adds up to roughly the province (1,317,200 in 2022)', () => {
    const total = DISTRICT_POPULATION.reduce((s, p) => s + p.population, 0);
    expect(Math.abs(total / 1_317_200 - 1)).toBeLessThan(0.05);
  });

  it.each([
    [50, 100_000, 5],
    [3, 30_000, 1],
    [3, null, null],
    [3, 0, null],
  ])('%d per %s residents is %s per 10,000', (count, population, expected) => {
    expect(per10k(count, population)).toBe(expected);
  });
});

describe('population lookup: one source per figure', () => {
  const unit = (code: string, population: number | null, level: AdminUnit['level'] = 'commune'): AdminUnit => ({
    code, name: code, fullName: code, type: level === 'district' ? 'huyen' : 'xa', level, parentCode: '42', validFrom: '2025-07-01', validTo: null, population,
  });

  it('keeps the published figure of a district, whatever the catalogue says', () => {
    const lookup = populationLookup([unit('437', 99_999, 'district')]);
    expect(lookup('437')).toEqual(populationOf('437'));
  });

  it('takes a commune’s or ward’s figure from the catalogue, credited to it', () => {
    const lookup = populationLookup([unit('18073', 48_210), unit('18100', null)]);
    expect(lookup('18073')).toEqual({ code: '18073', population: 48_210, year: null, estimate: false, source: CATALOGUE_POPULATION_SOURCE });
    expect(lookup('18100')).toBeNull();
    expect(lookup('99999')).toBeNull();
  });
});
