import { describe, expect, it } from 'vitest';
import { emulationModels } from '../../../mocks/data/emulation';
import { summariseModels } from '../../domain/emulation-metrics';
import { emulationValues } from '../../domain/indicators/value-functions';
import { extremesOf, growthByYear, metricValue, provinceMetricValue, registryYears, stockYearOf, unitMetricValues, unlistedModels } from './emulation-view';
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

describe('unit indicators (hand-checked)', () => {
  const summary = summariseModels(MODELS, 2017, ['436', '439', '440', '449']);

  it('gives each unit its exemplary share and counts', () => {
    expect([...unitMetricValues(summary, 'exemplaryShare')]).toEqual([
      ['436', 0.5],
      ['439', 0],
      ['440', 0],
      ['449', 1],
    ]);
    expect([...unitMetricValues(summary, 'models')].map(([, v]) => v)).toEqual([2, 1, 1, 1]);
    expect([...unitMetricValues(summary, 'exemplary')].map(([, v]) => v)).toEqual([1, 0, 0, 1]);
    // Province share pools the units: 2 exemplary of 5 models, not the mean of the four shares (0.375).
    expect(metricValue(summary.province, 'exemplaryShare')).toBe(0.4);
  });

  it('gives models per 10,000 residents, pooled for the province over units with a known population', () => {
    const population: Record<string, number> = { '436': 10_000, '439': 20_000, '449': 5_000 };
    const pop = (code: string) => population[code] ?? null;
    expect([...unitMetricValues(summary, 'per10k', pop)]).toEqual([
      ['436', 2],
      ['439', 0.5],
      ['440', null],
      ['449', 2],
    ]);
    // (2 + 1 + 1) models / 35,000 residents; 440's model has no population to go with.
    expect(provinceMetricValue(summary, 'per10k', pop)).toBeCloseTo(4 / 3.5, 10);
    expect(provinceMetricValue(summary, 'exemplaryShare', pop)).toBe(0.4);
    expect(provinceMetricValue(summary, 'models')).toBe(5);
    expect(provinceMetricValue(summary, 'per10k')).toBeNull();
  });

  it('says "no data" for the share of a unit without models, never 0 %', () => {
    const s = summariseModels(MODELS, 2015, ['436', '441']);
    expect(unitMetricValues(s, 'exemplaryShare').get('441')).toBeNull();
    expect(unitMetricValues(s, 'models').get('441')).toBe(0);
  });

  it('finds both ends, first in order on ties', () => {
    expect(extremesOf(unitMetricValues(summary, 'exemplaryShare'))).toEqual({ highest: { code: '449', value: 1 }, lowest: { code: '439', value: 0 } });
    expect(extremesOf(new Map([['436', 1], ['441', null]]))).toBeNull();
  });

  it('counts models of units the catalogue does not list', () => {
    expect(unlistedModels(summariseModels(MODELS, 2017, ['436', '439', '440']))).toBe(1);
    expect(unlistedModels(summary)).toBe(0);
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
