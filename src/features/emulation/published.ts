/**
 * Province-wide figures the province has published in its reports, kept beside the registry so the page can say
 * whether the registry still agrees with what was announced. 2017: 1,700 "Dân vận khéo" models, 350 exemplary.
 */
export interface PublishedFigures {
  readonly year: number;
  readonly models: number;
  readonly exemplary: number;
}

export const PUBLISHED_FIGURES: readonly PublishedFigures[] = [{ year: 2017, models: 1700, exemplary: 350 }];

export function publishedFor(year: number, figures: readonly PublishedFigures[] = PUBLISHED_FIGURES): PublishedFigures | null {
  return figures.find((f) => f.year === year) ?? null;
}

/** The registry's province-wide stock for that year against the published figures. */
export function agreesWithPublished(province: { readonly models: number | null; readonly exemplary: number | null }, published: PublishedFigures): boolean {
  return province.models === published.models && province.exemplary === published.exemplary;
}
