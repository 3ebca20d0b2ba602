/**
 * Which slides a briefing shows, and in which order. The list lives in the URL (?slides=overview,complaints,unit-443)
 * so a link carries it, and can be saved in the browser so the next briefing starts from it.
 */
export const FIXED_SLIDES = ['overview', 'disclosure', 'complaints', 'services', 'emulation', 'league'] as const;
export type FixedSlideId = (typeof FIXED_SLIDES)[number];
export type UnitSlideId = `unit-${string}`;
export type SlideId = FixedSlideId | UnitSlideId;

export const SLIDES_PARAM = 'slides';

const UNIT_SLIDE = /^unit-(\d{2,5})$/;

export const unitSlideId = (code: string): UnitSlideId => `unit-${code}`;

/** The unit code of a unit slide, null for the other slides. */
export function unitCodeOf(id: SlideId): string | null {
  return UNIT_SLIDE.exec(id)?.[1] ?? null;
}

export interface SlideCatalogue {
  /** Fixed slides this build can show (the league table needs the ranking module). */
  readonly fixed: readonly FixedSlideId[];
  /** District-level units in force in the period: only those get unit slides. */
  readonly unitCodes: ReadonlySet<string> | null;
}

/** The default briefing: the overview, every theme and the league table, as a provincial briefing runs. */
export function defaultSlides(catalogue: SlideCatalogue): SlideId[] {
  return [...catalogue.fixed];
}

/**
 * Reads a slide list. Unknown slides, duplicates and units not in force are dropped (a link from another period or
 * an older build still opens); while the unit list is not known yet (null), unit slides are kept as given.
 * Null when nothing usable is left, so the caller falls back to the saved or default list.
 */
export function parseSlideList(text: string | null | undefined, catalogue: SlideCatalogue): SlideId[] | null {
  if (!text) return null;
  const seen = new Set<string>();
  const ids: SlideId[] = [];
  for (const raw of text.split(',')) {
    const id = raw.trim();
    if (seen.has(id)) continue;
    const code = UNIT_SLIDE.exec(id)?.[1];
    const known = code !== undefined ? catalogue.unitCodes === null || catalogue.unitCodes.has(code) : (catalogue.fixed as readonly string[]).includes(id);
    if (!known) continue;
    seen.add(id);
    ids.push(id as SlideId);
  }
  return ids.length ? ids : null;
}

export function serialiseSlideList(ids: readonly SlideId[]): string {
  return ids.join(',');
}

/** Moves the slide at `index` one place up (-1) or down (+1); out-of-range moves return the list unchanged. */
export function moveSlide(ids: readonly SlideId[], index: number, by: -1 | 1): SlideId[] {
  const target = index + by;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[target]] = [next[target] as SlideId, next[index] as SlideId];
  return next;
}
