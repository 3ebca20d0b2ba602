import { describe, expect, it } from 'vitest';
import { chainCrosswalks, groupByFormerDistrict, reaggregate, unitSetAt, unitSetForPeriod } from '../../src/domain/unit-history';
import { CROSSWALK_2025_07_ROWS } from './crosswalk-2025-07.generated';
import { ASSUMED_ABSORBERS, CROSSWALKS, ENDED_2025_01, STALE_CROSSWALK_CODES, UNIT_SETS, catalogueVersions } from './unit-history';
import { COMMUNES_2025_07 } from './units-2025-07.generated';

const [set2020, set2025, set2025Jul] = UNIT_SETS;
const [toJan, toJul] = CROSSWALKS;
if (!set2020 || !set2025 || !set2025Jul || !toJan || !toJul) throw new Error('unit history incomplete');
const chain = chainCrosswalks(CROSSWALKS);
const count = <T>(items: readonly T[], pick: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [pick(item)]: (acc[pick(item)] ?? 0) + 1 }), {});

describe('the unit sets', () => {
  it('are 13 + 216, 12 + 209, then 69 communes under the province', () => {
    expect(UNIT_SETS.map((s) => [s.id, s.districts.length, s.communes.length])).toEqual([
      ['2020-01', 13, 216],
      ['2025-01', 12, 209],
      ['2025-07', 0, 69],
    ]);
    expect(new Set(set2025Jul.communes.map((c) => c.parentCode))).toEqual(new Set(['42']));
  });

  it('have unique codes within each set', () => {
    for (const set of UNIT_SETS) expect(new Set(set.communes.map((c) => c.code)).size).toBe(set.communes.length);
  });

  it('2020–2024: 21 phường, 13 thị trấn, 182 xã (domain brief A.1)', () => {
    expect(count(set2020.communes, (c) => c.type)).toEqual({ phuong: 21, 'thi-tran': 13, xa: 182 });
  });

  it('from 1 Jul 2025: 60 xã and 9 phường, the 9 named in the brief', () => {
    expect(count(set2025Jul.communes, (c) => c.type)).toEqual({ xa: 60, phuong: 9 });
    expect(set2025Jul.communes.filter((c) => c.type === 'phuong').map((c) => c.name.replace('Phường ', '')).sort()).toEqual(
      ['Bắc Hồng Lĩnh', 'Hà Huy Tập', 'Hải Ninh', 'Hoành Sơn', 'Nam Hồng Lĩnh', 'Sông Trí', 'Thành Sen', 'Trần Phú', 'Vũng Áng'].sort(),
    );
  });

  it('1 Jan 2025: communes per district as in the domain brief; Lộc Hà (448) gone', () => {
    expect(count(set2025.communes, (c) => c.parentCode ?? '')).toEqual({
      '436': 27, '437': 6, '439': 22, '440': 16, '441': 10, '442': 17, '443': 17, '444': 20, '445': 22, '446': 21, '447': 20, '449': 11,
    });
    expect(set2025.districts.map((d) => d.code)).not.toContain('448');
    const city = set2025.communes.filter((c) => c.parentCode === '436');
    expect(count(city, (c) => c.type)).toEqual({ phuong: 12, xa: 15 });
    const kyAnhTown = set2025.communes.filter((c) => c.parentCode === '449');
    expect(count(kyAnhTown, (c) => c.type)).toEqual({ phuong: 8, xa: 3 });
  });

  it('are found by date: 2024-12-31, 2025-01-01, 2025-07-01', () => {
    expect(unitSetAt(UNIT_SETS, '2024-12-31')?.communes.length).toBe(216);
    expect(unitSetAt(UNIT_SETS, '2025-01-01')?.communes.length).toBe(209);
    expect(unitSetAt(UNIT_SETS, '2025-07-01')?.communes.length).toBe(69);
    expect(unitSetForPeriod(UNIT_SETS, '2025-01-01', '2025-12-31')?.earlierSets.map((s) => s.id)).toEqual(['2025-01']);
  });
});

describe('the crosswalk source (1 Mar 2025 baseline)', () => {
  it('has 213 rows, 210 old codes, 69 new codes, 5 partial rows', () => {
    expect(CROSSWALK_2025_07_ROWS).toHaveLength(213);
    expect(new Set(CROSSWALK_2025_07_ROWS.map((r) => r.oldCode)).size).toBe(210);
    expect(new Set(CROSSWALK_2025_07_ROWS.map((r) => r.newCode)).size).toBe(69);
    expect(CROSSWALK_2025_07_ROWS.filter((r) => r.relation === 'partial')).toHaveLength(5);
  });

  it('210 = the 209 communes of 1 Jan 2025 + one stale code that is not in the 2020–2024 list', () => {
    const old = new Set(CROSSWALK_2025_07_ROWS.map((r) => r.oldCode));
    const in2020 = new Set(set2020.communes.map((c) => c.code));
    expect([...old].filter((code) => !in2020.has(code))).toEqual(STALE_CROSSWALK_CODES);
    expect(old.size - STALE_CROSSWALK_CODES.length).toBe(set2025.communes.length);
  });

  it('its new codes are exactly the 69 codes of the facts table', () => {
    expect(new Set(CROSSWALK_2025_07_ROWS.map((r) => r.newCode))).toEqual(new Set(COMMUNES_2025_07.map((c) => c.code)));
  });
});

describe('216 → 209 (1 Jan 2025)', () => {
  it('carries 209 codes over and merges 7 whole into a neighbour in the same district', () => {
    const moved = toJan.links.filter((l) => l.from !== l.to);
    expect(moved.map((l) => l.from).sort()).toEqual(Object.keys(ENDED_2025_01).sort());
    const districtOf2020 = new Map(set2020.communes.map((c) => [c.code, c.parentCode]));
    for (const l of moved) expect(districtOf2020.get(l.to)).toBe(districtOf2020.get(l.from));
    expect(toJan.links.every((l) => l.relation === 'full')).toBe(true);
    expect(ASSUMED_ABSORBERS.every((code) => code in ENDED_2025_01)).toBe(true);
  });

  it("puts Lộc Hà's communes under Thạch Hà on 1 Jan 2025 (Hộ Độ under the city)", () => {
    const locHa = set2020.communes.filter((c) => c.parentCode === '448');
    expect(locHa).toHaveLength(12);
    const parent2025 = new Map(set2025.communes.map((c) => [c.code, c.parentCode]));
    const where = count(locHa, (c) => parent2025.get(c.code) ?? 'gone');
    expect(where).toEqual({ '445': 11, '436': 1 });
    expect(parent2025.get('18598')).toBe('436');
  });

  it('moves 14 communes into Hà Tĩnh city', () => {
    const parent2025 = new Map(set2025.communes.map((c) => [c.code, c.parentCode]));
    const joined = set2020.communes.filter((c) => c.parentCode !== '436' && parent2025.get(c.code) === '436');
    expect(count(joined, (c) => c.parentCode ?? '')).toEqual({ '445': 11, '446': 2, '448': 1 });
  });
});

describe('216 → 69 (the chain)', () => {
  it('takes every 2024 commune to at least one 2025-07 unit, and reaches all 69', () => {
    const reached = new Map<string, Set<string>>();
    for (const l of chain.links) reached.set(l.from, (reached.get(l.from) ?? new Set()).add(l.to));
    expect(reached.size).toBe(216);
    expect(new Set(chain.links.map((l) => l.to)).size).toBe(69);
  });

  it('splits exactly two 2024 units: Đại Nài (2 ways) and Kỳ Lợi (3 ways)', () => {
    const partial = chain.links.filter((l) => l.relation === 'partial');
    expect(count(partial, (l) => l.from)).toEqual({ '18082': 2, '18796': 3 });
  });

  it('re-aggregates one to each commune: 69 units with 216, 5 of them not comparable', () => {
    const ones = new Map(set2020.communes.map((c) => [c.code, { n: 1 }]));
    const result = reaggregate(ones, chain);
    expect(result.units.size).toBe(69);
    expect(result.unmapped).toEqual([]);
    const notComparable = [...result.units].filter(([, u]) => u.status === 'not-comparable').map(([code]) => code).sort();
    // Thành Sen, Hà Huy Tập (Đại Nài); Sông Trí, Vũng Áng, Hoành Sơn (Kỳ Lợi)
    expect(notComparable).toEqual(['18073', '18652', '18754', '18823', '18832']);
    const summed = [...result.units.values()].reduce((s, u) => s + (u.status === 'comparable' ? (u.counts.n ?? 0) : 0), 0);
    // 216 communes, less the 2 split ones and the 11 whole ones that share a new unit with them
    const sharing = new Set(chain.links.filter((l) => notComparable.includes(l.to)).map((l) => l.from));
    expect(summed).toBe(216 - sharing.size);
  });

  it('Thạch Khê (18604) = Đỉnh Bàn + Thạch Hải + Thạch Khê: 3 + 5 + 11 = 19 hand-checked', () => {
    const values = new Map([['18595', { n: 3 }], ['18571', { n: 5 }], ['18604', { n: 11 }]]);
    const unit = reaggregate(values, chain).units.get('18604');
    expect(unit).toEqual({ status: 'comparable', counts: { n: 19 }, inputs: ['18571', '18595', '18604'] });
  });
});

describe('grouping the 69 by former district (30 Jun 2025)', () => {
  const districtOf = new Map(set2025.communes.map((c) => [c.code, c.parentCode ?? '']));
  const grouping = groupByFormerDistrict(toJul, districtOf);

  it('places all 69 units in the 12 former districts', () => {
    expect(grouping.groupOf.size).toBe(69);
    expect(grouping.groups.map((g) => g.districtCode)).toEqual(set2025.districts.map((d) => d.code).sort());
  });

  it('keeps the Hồng Lĩnh wards with Hồng Lĩnh and Lộc Hà with Thạch Hà', () => {
    expect(grouping.groupOf.get('18115')).toBe('437');
    expect(grouping.groupOf.get('18118')).toBe('437');
    expect(grouping.groupOf.get('18568')).toBe('445');
  });
});

describe('catalogueVersions', () => {
  const rows = catalogueVersions();
  const inForce = (day: string) => rows.filter((r) => r.validFrom <= day && (r.validTo === null || day <= r.validTo));
  const tiers = (day: string) => count(inForce(day), (r) => String(r.tier));

  it.each([
    ['2024-12-31', { '1': 1, '2': 13, '3': 216 }],
    ['2025-01-01', { '1': 1, '2': 12, '3': 209 }],
    ['2025-06-30', { '1': 1, '2': 12, '3': 209 }],
    ['2025-07-01', { '1': 1, '3': 69 }],
    ['2026-11-30', { '1': 1, '3': 69 }],
  ])('serves exactly the set in force on %s', (day, expected) => {
    expect(tiers(day)).toEqual(expected);
    expect(new Set(inForce(day).map((r) => r.code)).size).toBe(inForce(day).length);
  });

  it('keeps one row for a unit that carried on unchanged, a new row when it changed', () => {
    const versions = (code: string) => rows.filter((r) => r.code === code);
    // Đức Thọ district: unchanged until districts ended.
    expect(versions('440')).toEqual([expect.objectContaining({ name: 'Đức Thọ', validTo: '2025-06-30' })]);
    // 18409: Xã Tân Lộc under Lộc Hà, then under Thạch Hà; from 1 Jul 2025 the code of the new Xã Hồng Lộc.
    expect(versions('18409').map((r) => [r.parentCode, r.validFrom, r.validTo])).toEqual([
      ['448', '2020-01-01', '2024-12-31'],
      ['445', '2025-01-01', '2025-06-30'],
      ['42', '2025-07-01', null],
    ]);
    expect(versions('18409').map((r) => r.name)).toEqual(['Tân Lộc', 'Tân Lộc', 'Hồng Lộc']);
    // 18073: Phường Nam Hà until 30 Jun 2025, then Phường Thành Sen under the province.
    expect(versions('18073').map((r) => [r.name, r.type, r.parentCode, r.validFrom, r.validTo])).toEqual([
      ['Nam Hà', 'phuong', '436', '2020-01-01', '2025-06-30'],
      ['Thành Sen', 'phuong', '42', '2025-07-01', null],
    ]);
  });
});
