import { populationOf } from '../../domain/population';
import type { UnitLabel } from './complaint-view';
import type { Translate } from './tables';
import './messages';

/** One sentence on the population figures in use: how many are published, which are estimates. */
export function populationSummary(t: Translate, districts: readonly UnitLabel[]): string {
  const known = districts.filter((d) => populationOf(d.code) !== null);
  const estimates = known.filter((d) => populationOf(d.code)?.estimate).map((d) => d.name);
  return t('complaintsPage.population.summary', {
    published: known.length - estimates.length,
    estimates: estimates.join(', ') || '–',
  });
}
