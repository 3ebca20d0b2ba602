import type { PopulationLookup } from '../../domain/population';
import { CATALOGUE_POPULATION_SOURCE } from '../../domain/population';
import type { UnitLabel } from './complaint-view';
import type { Translate } from './tables';
import './messages';

/**
 * One sentence on the population figures in use: for districts, how many are published and which are estimates;
 * for the communes and wards, that the unit catalogue gives them, and which units have none.
 */
export function populationSummary(t: Translate, districts: readonly UnitLabel[], population: PopulationLookup): string {
  const known = districts.filter((d) => population(d.code) !== null);
  const fromCatalogue = known.filter((d) => population(d.code)?.source === CATALOGUE_POPULATION_SOURCE);
  if (fromCatalogue.length > 0 && fromCatalogue.length === known.length) {
    const missing = districts.filter((d) => population(d.code) === null).map((d) => d.name);
    return t('complaintsPage.population.summaryCatalogue', { count: known.length, missing: missing.join(', ') || '–' });
  }
  const estimates = known.filter((d) => population(d.code)?.estimate).map((d) => d.name);
  return t('complaintsPage.population.summary', {
    published: known.length - estimates.length,
    estimates: estimates.join(', ') || '–',
  });
}
