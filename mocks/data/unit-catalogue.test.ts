import { describe, expect, it } from 'vitest';
import { unitCatalogue } from './unit-catalogue';

describe('unitCatalogue', () => {
  const units = unitCatalogue('42') ?? [];

  it('holds the province, 13 districts (436–449 without 438) and 216 communes, each code once', () => {
    expect(units.filter((u) => u.tier === 1).map((u) => u.code)).toEqual(['42']);
    const districts = units.filter((u) => u.tier === 2).map((u) => u.code);
    expect(districts).toEqual(['436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '448', '449']);
    expect(units.filter((u) => u.tier === 3)).toHaveLength(216);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
  });

  it('hangs every commune under a listed district and every district under the province', () => {
    const districtCodes = new Set(units.filter((u) => u.tier === 2).map((u) => u.code));
    expect(units.filter((u) => u.tier === 3).every((c) => c.parentCode !== null && districtCodes.has(c.parentCode))).toBe(true);
    expect(units.filter((u) => u.tier === 2).every((d) => d.parentCode === '42')).toBe(true);
  });

  it('ends Lộc Hà and its communes on 2024-12-31 and nothing else', () => {
    const ended = units.filter((u) => u.validTo !== null);
    expect(ended.every((u) => u.validTo === '2024-12-31')).toBe(true);
    expect(ended.map((u) => u.code)).toContain('448');
    expect(ended.filter((u) => u.tier === 3).every((u) => u.parentCode === '448')).toBe(true);
    expect(ended).toHaveLength(1 + 12);
  });

  it('starts no unit before its parent', () => {
    const byCode = new Map(units.map((u) => [u.code, u]));
    const early = units.filter((u) => {
      const parent = u.parentCode === null ? undefined : byCode.get(u.parentCode);
      return parent !== undefined && u.validFrom < parent.validFrom;
    });
    expect(early).toEqual([]);
  });

  it('knows no other province', () => {
    expect(unitCatalogue('44')).toBeNull();
  });
});
