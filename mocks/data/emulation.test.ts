import { describe, expect, it } from 'vitest';
import type { EmulationModel } from '../../src/domain/emulation';
import {
  EMULATION_FIELDS,
  EMULATION_BASE_LAST_YEAR,
  EMULATION_FIRST_YEAR,
  EMULATION_LAST_YEAR,
  PUBLISHED_EXEMPLARY,
  PUBLISHED_MODELS,
  REGISTRATIONS_PER_YEAR,
  emulationModels,
  generateRegistry,
} from './emulation';
import { DEMO_COMMUNES, districtByCode, type Terrain } from './units';

function exemplaryShare(models: readonly EmulationModel[], terrain: Terrain): number {
  const own = models.filter((m) => districtByCode(m.unitCode).terrain === terrain);
  return own.filter((m) => m.yearExemplary !== null).length / own.length;
}

describe('"Dân vận khéo" demo registry', () => {
  const registry = emulationModels();
  // The first dataset's models (2009–2024); those registered since are tested in emulation-since-2025.test.ts.
  const models = registry.filter((m) => m.yearRegistered <= EMULATION_BASE_LAST_YEAR);

  it('is deterministic and generated once', () => {
    expect(generateRegistry()).toEqual(registry);
    expect(emulationModels()).toBe(registry);
  });

  it('matches the province\'s published 2017 figures exactly: 1,700 models, 350 exemplary', () => {
    expect(PUBLISHED_MODELS).toBe(1700);
    expect(PUBLISHED_EXEMPLARY).toBe(350);
    expect(models.filter((m) => m.yearRegistered <= 2017)).toHaveLength(1700);
    expect(models.filter((m) => m.yearExemplary !== null && m.yearExemplary <= 2017)).toHaveLength(350);
  });

  it('registers the planned number of models each year, 2009–2024 only', () => {
    for (let y = EMULATION_FIRST_YEAR; y <= EMULATION_BASE_LAST_YEAR; y++) {
      expect(models.filter((m) => m.yearRegistered === y)).toHaveLength(REGISTRATIONS_PER_YEAR[y] ?? -1);
    }
    expect(models.every((m) => m.yearRegistered >= 2009 && m.yearRegistered <= 2024)).toBe(true);
    const after2017 = Object.entries(REGISTRATIONS_PER_YEAR).filter(([y]) => Number(y) > 2017).map(([, n]) => n);
    expect(Math.min(...after2017)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...after2017)).toBeLessThanOrEqual(400);
  });

  it('keeps the years in order: registered ≤ recognised ≤ exemplary ≤ the registry’s last year, exemplary only once recognised', () => {
    const outOfOrder = models.filter((m) => {
      const recognised = m.yearRecognised;
      const exemplary = m.yearExemplary;
      if (recognised !== null && (recognised < m.yearRegistered || recognised > EMULATION_LAST_YEAR)) return true;
      return exemplary !== null && (recognised === null || exemplary < recognised || exemplary > EMULATION_LAST_YEAR);
    });
    expect(outOfOrder).toEqual([]);
    expect(models.some((m) => m.yearExemplary !== null && m.yearExemplary > (m.yearRecognised ?? 0))).toBe(true);
  });

  it('has unique ids, known fields, and communes inside their district for commune-level models only', () => {
    expect(new Set(models.map((m) => m.id)).size).toBe(models.length);
    const fields = new Set(EMULATION_FIELDS.map((f) => f.code));
    const communeDistrict = new Map(DEMO_COMMUNES.map((c) => [c.code, c.districtCode]));
    const wrong = models.filter(
      (m) =>
        !fields.has(m.fieldCode) ||
        m.name.length < 10 ||
        (m.level === 'xa' ? communeDistrict.get(m.communeCode ?? '') !== m.unitCode : m.communeCode !== null) ||
        !Number.isInteger(m.timesReplicated) ||
        m.timesReplicated < 0 ||
        (m.commendation !== null && m.yearRecognised === null),
    );
    expect(wrong).toEqual([]);
    expect(new Set(models.map((m) => m.level))).toEqual(new Set(['xa', 'huyen', 'tinh', 'co_quan']));
  });

  it('has no models in Thị xã Kỳ Anh before the town existed (2015)', () => {
    expect(models.filter((m) => m.unitCode === '449' && m.yearRegistered < 2015)).toEqual([]);
    expect(models.some((m) => m.unitCode === '449')).toBe(true);
  });

  it('names urban models exemplary more often than mountain ones', () => {
    expect(exemplaryShare(models, 'urban')).toBeGreaterThan(exemplaryShare(models, 'mountain') + 0.05);
  });
});
