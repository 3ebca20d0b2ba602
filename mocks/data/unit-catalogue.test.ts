import { describe, expect, it } from 'vitest';
import { communesOfSet } from './reporting-units';
import { residentsOf, unitCatalogue, unitCrosswalks, wireCatalogueUnit } from './unit-catalogue';
import { DEMO_DISTRICTS } from './units';

describe('unitCatalogue', () => {
  const units = unitCatalogue('42') ?? [];
  const inForceOn = (iso: string) => units.filter((u) => u.validFrom <= iso && (u.validTo === null || iso <= u.validTo));

  it('holds the province and 13 districts (436–449 without 438)', () => {
    expect(units.filter((u) => u.tier === 1).map((u) => u.code)).toEqual(['42']);
    const districts = units.filter((u) => u.tier === 2).map((u) => u.code);
    expect(districts).toEqual(['436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '448', '449']);
  });

  it.each([
    ['2024-12-31', 13, 216],
    ['2025-01-01', 12, 209],
    ['2025-06-30', 12, 209],
    ['2025-07-01', 0, 69],
  ])('has on %s the units in force then: %i districts, %i communes, each code once', (day, districts, communes) => {
    const rows = inForceOn(day);
    expect(rows.filter((u) => u.tier === 2)).toHaveLength(districts);
    expect(rows.filter((u) => u.tier === 3)).toHaveLength(communes);
    expect(new Set(rows.map((u) => u.code)).size).toBe(rows.length);
  });

  it('hangs every commune under a district in force with it, or under the province after 1 Jul 2025', () => {
    const misplaced = units
      .filter((u) => u.tier === 3)
      .filter((c) => {
        if (c.parentCode === '42') return c.validFrom < '2025-07-01';
        const parent = units.find((d) => d.tier === 2 && d.code === c.parentCode);
        return !parent || parent.validFrom > c.validFrom || (parent.validTo !== null && (c.validTo === null || c.validTo > parent.validTo));
      });
    expect(misplaced).toEqual([]);
  });

  it('ends Lộc Hà on 2024-12-31 and every district on 2025-06-30', () => {
    const districts = units.filter((u) => u.tier === 2);
    expect(districts.filter((d) => d.validTo === '2024-12-31').map((d) => d.code)).toEqual(['448']);
    expect(districts.filter((d) => d.validTo === '2025-06-30')).toHaveLength(12);
  });

  it('links every 2025-01 commune to the 2025-07 units, once whole or several times in part', () => {
    const links = (unitCrosswalks('42') ?? []).filter((l) => l.effective === '2025-07-01');
    const byOld = new Map<string, typeof links>();
    for (const l of links) byOld.set(l.oldCode, [...(byOld.get(l.oldCode) ?? []), l]);
    expect(byOld.size).toBe(209);
    for (const [, ls] of byOld) expect(ls.length === 1 ? ls[0]?.relation : ls.every((l) => l.relation === 'partial')).toBeTruthy();
  });

  it('knows no other province', () => {
    expect(unitCatalogue('44')).toBeNull();
    expect(unitCrosswalks('44')).toBeNull();
  });

  it('serves a whole, positive population for every unit version, the districts’ own figures before the reforms', () => {
    expect(units.filter((u) => !Number.isInteger(residentsOf(u)) || (residentsOf(u) ?? 0) <= 0)).toEqual([]);
    const district = (code: string) => units.find((u) => u.tier === 2 && u.code === code && u.validFrom < '2020-01-01');
    expect(wireCatalogueUnit(district('437') ?? units[0]!).danSo).toBe(DEMO_DISTRICTS.find((d) => d.code === '437')?.population);
  });

  it('gives the 69 communes and wards the residents the demo generator scales them by, adding up to the province', () => {
    const after = inForceOn('2025-07-01').filter((u) => u.tier === 3);
    const generated = new Map(communesOfSet('2025-07').map((c) => [c.code, Math.round(c.population)]));
    expect(after.map((u) => residentsOf(u))).toEqual(after.map((u) => generated.get(u.code)));
    const total = after.reduce((s, u) => s + (residentsOf(u) ?? 0), 0);
    const districts = DEMO_DISTRICTS.reduce((s, d) => s + d.population, 0);
    expect(Math.abs(total - districts)).toBeLessThan(69);
  });
});
