import { describe, expect, it } from 'vitest';
import { EMULATION_FIELDS, emulationModels } from '../../../mocks/data/emulation';
import { summariseModels } from '../../domain/emulation-metrics';
import { filterEntries, foldForSearch, matchesQuery, registryEntries, type RegistryFilter } from './registry-filter';
import { MODELS } from './test-models';

const all: RegistryFilter = { fieldCode: null, level: null, unitCode: null, fromYear: 2009, toYear: 2024, exemplaryOnly: false, query: '' };
const ids = (f: Partial<RegistryFilter>) => filterEntries(registryEntries(MODELS, () => []), { ...all, ...f }).map((e) => e.model.id);

describe('foldForSearch', () => {
  it('ignores case, diacritics and đ', () => {
    expect(foldForSearch('  Dân vận KHÉO   Đức Thọ ')).toBe('dan van kheo duc tho');
    expect(foldForSearch('Hương Khê')).toBe(foldForSearch('huong khe'));
  });

  it('needs every word, in any order', () => {
    const hay = foldForSearch('Dân vận khéo trong hiến đất làm đường | Thành phố Hà Tĩnh');
    expect(matchesQuery(hay, foldForSearch('duong hien dat'))).toBe(true);
    expect(matchesQuery(hay, foldForSearch('hiến đất Can Lộc'))).toBe(false);
    expect(matchesQuery(hay, '')).toBe(true);
  });
});

describe('filterEntries (hand-checked)', () => {
  it('filters by year range, unit, field and level', () => {
    expect(ids({ toYear: 2017 })).toEqual(['A', 'B', 'C', 'E', 'F']);
    expect(ids({ fromYear: 2017, toYear: 2017 })).toEqual(['B', 'E']);
    expect(ids({ unitCode: '436' })).toEqual(['A', 'B', 'G']);
    expect(ids({ fieldCode: 'KT', toYear: 2017 })).toEqual(['A', 'C', 'E']);
    expect(ids({ level: 'tinh' })).toEqual(['D']);
  });

  it('takes "exemplary only" as named exemplary by the end of the range', () => {
    expect(ids({ exemplaryOnly: true, toYear: 2017 })).toEqual(['A', 'F']);
    expect(ids({ exemplaryOnly: true, toYear: 2019 })).toEqual(['A', 'E', 'F']);
  });

  it('searches the model\'s own text and the names given for its codes', () => {
    const entries = registryEntries(MODELS, (m) => [m.unitCode === '439' ? 'Huyện Hương Sơn' : 'Thành phố Hà Tĩnh', null]);
    expect(filterEntries(entries, { ...all, query: 'huong son' }).map((e) => e.model.id)).toEqual(['C', 'D']);
    expect(filterEntries(entries, { ...all, query: 'TỔ TỰ QUẢN' }).map((e) => e.model.id)).toEqual(['C']);
    expect(filterEntries(entries, { ...all, query: 'dvk-x' })).toEqual([]);
  });
});

describe('search text', () => {
  it('is folded on the first search only, once per model', () => {
    let looked = 0;
    const entries = registryEntries(MODELS, () => {
      looked += 1;
      return ['Huyện Đức Thọ'];
    });
    expect(filterEntries(entries, all)).toHaveLength(entries.length);
    expect(looked).toBe(0);
    const found = filterEntries(entries, { ...all, query: 'duc tho' });
    expect(found).toHaveLength(entries.length);
    expect(filterEntries(entries, { ...all, query: 'đức' })).toHaveLength(entries.length);
    expect(looked).toBe(entries.length);
  });
});

describe('the registry\'s row count equals the charts\' count for the same filter', () => {
  const models = emulationModels();
  const entries = registryEntries(models, () => []);
  const count = (f: Partial<RegistryFilter>) => filterEntries(entries, { ...all, ...f }).length;

  it('for the province, a unit, a field and exemplary models, year by year', () => {
    for (const year of [2017, 2020, 2024]) {
      const s = summariseModels(models, year, ['443', '449']);
      expect(count({ toYear: year })).toBe(s.province.models);
      expect(count({ toYear: year, exemplaryOnly: true })).toBe(s.province.exemplary);
      expect(count({ toYear: year, fromYear: year })).toBe(s.province.registeredInYear);
      const canLoc = s.districts[0];
      expect(count({ toYear: year, unitCode: '443' })).toBe(canLoc?.models);
      expect(count({ toYear: year, unitCode: '443', exemplaryOnly: true })).toBe(canLoc?.exemplary);
      for (const field of EMULATION_FIELDS) {
        expect(count({ toYear: year, unitCode: '449', fieldCode: field.code })).toBe(s.districts[1]?.byField.find((f) => f.fieldCode === field.code)?.models ?? 0);
      }
    }
  });

  it('gives the published 2017 figures', () => {
    expect(count({ toYear: 2017 })).toBe(1700);
    expect(count({ toYear: 2017, exemplaryOnly: true })).toBe(350);
  });
});

describe('registryEntries', () => {
  it('folds a model’s text only when a search reaches it, and once', () => {
    const asked: string[] = [];
    const entries = registryEntries(MODELS, (m) => {
      asked.push(m.id);
      return [m.unitCode === '439' ? 'Huyện Hương Sơn' : null];
    });
    expect(filterEntries(entries, all)).toHaveLength(MODELS.length);
    expect(asked).toEqual([]);
    const found = filterEntries(entries, { ...all, query: 'huong son' }).map((e) => e.model.id);
    filterEntries(entries, { ...all, query: 'huong' });
    expect(found).toEqual(['C', 'D']);
    expect(asked.toSorted()).toEqual(MODELS.map((m) => m.id).toSorted());
  });
});
