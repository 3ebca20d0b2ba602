import { describe, expect, it } from 'vitest';
import { populationSourceText, untranslatedPopulationSources } from './population-source';

describe('population sources', () => {
  it('have a message each, so English screens never show a Vietnamese source', () => {
    expect(untranslatedPopulationSources()).toEqual([]);
  });

  it('are said through the catalogue, and an unknown source is shown as recorded', () => {
    const t = (key: string) => `<${key}>`;
    expect(populationSourceText(t, 'Tổng điều tra dân số 2019')).toBe('<complaintsPage.population.source.census2019>');
    expect(populationSourceText(t, 'vi.wikipedia.org (Hương Sơn)')).toBe('vi.wikipedia.org (Hương Sơn)');
  });
});
