import type { EmulationModel, ModelLevel } from '../../domain/emulation';

/**
 * Filters of the model registry table. The registry view is "as at the end of `toYear`": a model is listed when it
 * was registered in [fromYear, toYear], and "exemplary only" means named exemplary by the end of `toYear`. With the
 * default range (first year .. the page's stock year) the number of rows is exactly the count the charts show for
 * the same unit and field, because both are the year-end stock of `summariseModels`.
 */
export interface RegistryFilter {
  readonly fieldCode: string | null;
  readonly level: ModelLevel | null;
  readonly unitCode: string | null;
  readonly fromYear: number;
  readonly toYear: number;
  readonly exemplaryOnly: boolean;
  /** Free text, matched without regard to case or Vietnamese diacritics. */
  readonly query: string;
}

export const MODEL_LEVELS: readonly ModelLevel[] = ['xa', 'huyen', 'tinh', 'co_quan'];

/**
 * Folds text for searching: lower case, no diacritics, "đ" as "d", single spaces. People type "dan van kheo" as often
 * as "dân vận khéo", and both must find the same models.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A model with its folded search text, folded once per registry so that typing only filters. */
export interface RegistryEntry {
  readonly model: EmulationModel;
  readonly haystack: string;
}

/**
 * The entries of a registry. A model's text is folded the first time a search reaches it, not when the page opens:
 * folding 3,440 models' names took a phone a quarter of a second, for a search box most visits never use.
 */
export function registryEntries(models: readonly EmulationModel[], textsOf: (m: EmulationModel) => readonly (string | null)[]): RegistryEntry[] {
  return models.map((model) => {
    let folded: string | null = null;
    return {
      model,
      get haystack() {
        folded ??= foldForSearch([model.id, model.name, ...textsOf(model)].filter(Boolean).join(' | '));
        return folded;
      },
    };
  });
}

/** Every word of the query must occur somewhere in the entry's text. */
export function matchesQuery(haystack: string, foldedQuery: string): boolean {
  if (!foldedQuery) return true;
  return foldedQuery.split(' ').every((word) => haystack.includes(word));
}

export function matchesFilter(m: EmulationModel, f: RegistryFilter): boolean {
  if (m.yearRegistered < f.fromYear || m.yearRegistered > f.toYear) return false;
  if (f.unitCode !== null && m.unitCode !== f.unitCode) return false;
  if (f.fieldCode !== null && m.fieldCode !== f.fieldCode) return false;
  if (f.level !== null && m.level !== f.level) return false;
  if (f.exemplaryOnly && (m.yearExemplary === null || m.yearExemplary > f.toYear)) return false;
  return true;
}

export function filterEntries(entries: readonly RegistryEntry[], f: RegistryFilter): RegistryEntry[] {
  const query = foldForSearch(f.query);
  return entries.filter((e) => matchesFilter(e.model, f) && (!query || matchesQuery(e.haystack, query)));
}
