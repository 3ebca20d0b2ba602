import { describe, expect, it } from 'vitest';
import { emulationModels } from '../../../mocks/data/emulation';
import { summariseModels } from '../../domain/emulation-metrics';
import { emulationValues } from '../../domain/indicators/value-functions';
import { emulationData, extremesOf, growthByYear, metricOf, metricValues, provinceFigures, registryYears, stockYearOf, unitFigures, unlistedModels } from './emulation-view';
import { MODELS } from './test-models';

describe('stockYearOf', () => {
  it('shows a year its own year-end and any shorter period the year-end before it', () => {
    expect(stockYearOf({ kind: 'year', year: 2024 })).toBe(2024);
    expect(stockYearOf({ kind: 'quarter', year: 2024, index: 3 })).toBe(2023);
    expect(stockYearOf({ kind: 'half', year: 2024 })).toBe(2023);
    expect(stockYearOf({ kind: 'nine', year: 2018 })).toBe(2017);
    expect(stockYearOf({ kind: 'month', year: 2017, index: 12 })).toBe(2016);
  });
});

describe('unit indicators from the catalogue (hand-checked)', () => {
  const codes = ['436', '439', '440', '449'];
  const noPopulation = () => null;
  const data = emulationData(MODELS, noPopulation);
  const units = unitFigures(data, 2017, codes);

  it('gives each unit its exemplary share and counts', () => {
    expect([...metricValues(units, 'exemplaryShare')]).toEqual([
      ['436', 0.5],
      ['439', 0],
      ['440', 0],
      ['449', 1],
    ]);
    expect([...metricValues(units, 'models')].map(([, v]) => v)).toEqual([2, 1, 1, 1]);
    expect([...metricValues(units, 'exemplary')].map(([, v]) => v)).toEqual([1, 0, 0, 1]);
    // Province share pools the units: 2 exemplary of 5 models, not the mean of the four shares (0.375).
    expect(metricOf(provinceFigures(data, 2017, codes), 'exemplaryShare')).toBe(0.4);
  });

  it('gives models per 10,000 residents; the province has none while a unit’s population is unknown', () => {
    const population: Record<string, number> = { '436': 10_000, '439': 20_000, '440': 5_000, '449': 5_000 };
    const known = emulationData(MODELS, (code) => population[code] ?? null);
    expect([...metricValues(unitFigures(known, 2017, codes), 'per10k')]).toEqual([
      ['436', 2],
      ['439', 0.5],
      ['440', 2],
      ['449', 2],
    ]);
    // (2 + 1 + 1 + 1) models / 40,000 residents, pooled.
    expect(metricOf(provinceFigures(known, 2017, codes), 'per10k')).toBeCloseTo(5 / 4, 10);
    const partly = emulationData(MODELS, (code) => (code === '440' ? null : (population[code] ?? null)));
    expect(metricOf(unitFigures(partly, 2017, codes).get('440'), 'per10k')).toBeNull();
    expect(metricOf(provinceFigures(partly, 2017, codes), 'per10k')).toBeNull();
    expect(metricOf(provinceFigures(partly, 2017, codes), 'models')).toBe(5);
  });

  it('says "no data" for the share of a unit without models, never 0 %', () => {
    const first = registryYears(MODELS)?.first ?? 0;
    const early = unitFigures(data, first, ['436', '441']);
    expect(metricOf(early.get('441'), 'exemplaryShare')).toBeNull();
    expect(metricOf(early.get('441'), 'models')).toBe(0);
  });

  it('finds both ends, first in order on ties', () => {
    expect(extremesOf(metricValues(unitFigures(emulationData(MODELS, () => null), 2017, ['436', '439', '440', '449']), 'exemplaryShare'))).toEqual({ highest: { code: '449', value: 1 }, lowest: { code: '439', value: 0 } });
    expect(extremesOf(new Map([['436', 1], ['441', null]]))).toBeNull();
  });

  it('counts models of units the catalogue does not list', () => {
    expect(unlistedModels(summariseModels(MODELS, 2017, ['436', '439', '440']))).toBe(1);
    expect(unlistedModels(summariseModels(MODELS, 2017, ['436', '439', '440', '449']))).toBe(0);
  });
});

describe('registryYears', () => {
  it('spans registrations, recognitions and exemplary titles', () => {
    expect(registryYears(MODELS)).toEqual({ first: 2015, last: 2019 });
    expect(registryYears([])).toBeNull();
  });
});

describe('growthByYear', () => {
  it('gives year-end stocks and the year\'s registrations (hand-checked)', () => {
    expect(growthByYear(MODELS, 2015, 2019).map((r) => [r.year, r.models, r.recognised, r.exemplary, r.registeredInYear])).toEqual([
      [2015, 1, 0, 0, 1],
      [2016, 3, 2, 1, 2],
      [2017, 5, 3, 2, 2],
      [2018, 7, 5, 2, 2],
      [2019, 7, 5, 3, 0],
    ]);
  });

  it('leaves the empty years before a unit was founded as gaps, never hiding a model', () => {
    const founded2016 = growthByYear(MODELS, 2015, 2017, ['449'], 2016);
    expect(founded2016.map((r) => r.models)).toEqual([null, 1, 1]);
    // A model dated before the founding year stays visible.
    expect(growthByYear(MODELS, 2015, 2017, ['449'], 2017).map((r) => r.models)).toEqual([null, 1, 1]);
    expect(growthByYear(MODELS, 2015, 2017, ['449']).map((r) => r.models)).toEqual([0, 1, 1]);
  });

  it('agrees with the Overview\'s values on the demo registry, for the province and for a unit', () => {
    const models = emulationModels();
    const rows = growthByYear(models, 2009, 2024, ['443']);
    const overview = emulationValues(models, new Set(['443']));
    for (const r of rows) {
      expect(r.models).toBe(overview.models({ kind: 'year', year: r.year }));
      expect(r.exemplary).toBe(overview.exemplary({ kind: 'year', year: r.year }));
    }
    const province = growthByYear(models, 2017, 2017)[0];
    expect(province).toMatchObject({ models: 1700, exemplary: 350 });
  });
});
