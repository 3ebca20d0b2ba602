import { describe, expect, it } from 'vitest';
import { emulationModels } from '../../mocks/data/emulation';
import type { EmulationModel } from './emulation';
import { countModels, summariseModels } from './emulation-metrics';

const model = (
  id: string,
  unitCode: string,
  fieldCode: string,
  yearRegistered: number,
  yearRecognised: number | null,
  yearExemplary: number | null,
  timesReplicated: number,
): EmulationModel => ({
  id,
  name: `Dân vận khéo ${id}`,
  unitCode,
  communeCode: null,
  fieldCode,
  level: 'huyen',
  yearRegistered,
  yearRecognised,
  yearExemplary,
  timesReplicated,
  commendation: null,
});

const models = [
  model('A', '436', 'KT', 2015, 2016, 2017, 3),
  model('B', '436', 'VHXH', 2017, 2018, null, 0),
  model('C', '439', 'KT', 2016, null, null, 1),
  model('D', '439', 'QPAN', 2018, 2018, null, 2),
  model('E', '440', 'KT', 2017, 2017, 2019, 0),
];

describe('summariseModels', () => {
  it('counts stocks as at the end of the year (hand-checked)', () => {
    const s = summariseModels(models, 2017);
    // A, B, C, E registered by 2017; A, E recognised; A exemplary; A, C replicated; B, E registered in 2017.
    expect(s.province).toMatchObject({ models: 4, recognised: 2, exemplary: 1, replicated: 2, replications: 4, registeredInYear: 2 });
    expect(s.province.replicatedShare).toEqual({ numerator: 2, denominator: 4 });
    expect(s.districts.map((d) => [d.unitCode, d.models, d.recognised, d.exemplary, d.replicated, d.registeredInYear])).toEqual([
      ['436', 2, 1, 1, 1, 1],
      ['439', 1, 0, 0, 1, 0],
      ['440', 1, 1, 0, 0, 1],
    ]);
    expect(s.province.byField.map((f) => [f.fieldCode, f.models, f.recognised, f.exemplary, f.replicated])).toEqual([
      ['KT', 3, 2, 1, 2],
      ['VHXH', 1, 0, 0, 0],
    ]);
  });

  it('moves with the year', () => {
    const s = summariseModels(models, 2019);
    expect(s.province).toMatchObject({ models: 5, recognised: 4, exemplary: 2, registeredInYear: 0 });
  });

  it('reports the units asked for, zeros included, against the whole province', () => {
    const s = summariseModels(models, 2017, ['439', '441']);
    expect(s.districts.map((d) => [d.unitCode, d.models])).toEqual([
      ['439', 1],
      ['441', 0],
    ]);
    expect(s.districts[1]?.replicatedShare).toEqual({ numerator: 0, denominator: 0 });
    expect(s.selection.models).toBe(1);
    expect(s.province.models).toBe(4);
  });

  it('reproduces the province\'s published 2017 figures from the demo registry', () => {
    const s = summariseModels(emulationModels(), 2017);
    expect(s.province.models).toBe(1700);
    expect(s.province.exemplary).toBe(350);
    expect(s.province.registeredInYear).toBe(170);
    expect(s.districts.reduce((sum, d) => sum + d.models, 0)).toBe(1700);
    expect(s.province.byField.reduce((sum, f) => sum + f.exemplary, 0)).toBe(350);
  });
});

describe('countModels', () => {
  it("gives the totals of summariseModels' selection, for every year and unit filter, on the demo registry", () => {
    const registry = emulationModels();
    const { byField: _byField, ...provinceTotals } = summariseModels(registry, 2020).province;
    expect(countModels(registry, 2020)).toEqual(provinceTotals);
    const units = ['436', '443', '449'];
    for (let year = 2009; year <= 2026; year++) {
      for (const filter of [undefined, units, ['443'], []]) {
        const { byField: _fields, ...selection } = summariseModels(registry, year, filter).selection;
        expect(countModels(registry, year, filter)).toEqual(selection);
      }
    }
    expect(countModels(registry, 2026).models).toBeGreaterThan(1000);
  });
});
