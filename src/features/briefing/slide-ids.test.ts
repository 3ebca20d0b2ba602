import { describe, expect, it } from 'vitest';
import { defaultSlides, moveSlide, parseSlideList, serialiseSlideList, unitCodeOf, type SlideCatalogue } from './slide-ids';
import { loadSavedSlides, SAVED_SLIDES_KEY, saveSlides } from './slide-store';

const catalogue: SlideCatalogue = { fixed: ['overview', 'disclosure', 'complaints', 'services', 'emulation'], unitCodes: new Set(['443', '449']) };

describe('slide lists', () => {
  it('reads a list from the URL, keeping its order', () => {
    expect(parseSlideList('complaints,overview,unit-443', catalogue)).toEqual(['complaints', 'overview', 'unit-443']);
    expect(serialiseSlideList(['complaints', 'overview', 'unit-443'])).toBe('complaints,overview,unit-443');
  });

  it('drops unknown slides, duplicates, units not in force and slides this build cannot show', () => {
    expect(parseSlideList('overview,bogus,overview,unit-448,unit-449,league', catalogue)).toEqual(['overview', 'unit-449']);
    expect(parseSlideList('bogus,,', catalogue)).toBeNull();
    expect(parseSlideList(null, catalogue)).toBeNull();
  });

  it('keeps unit slides while the unit list is still loading', () => {
    expect(parseSlideList('unit-448', { ...catalogue, unitCodes: null })).toEqual(['unit-448']);
  });

  it('defaults to every fixed slide', () => {
    expect(defaultSlides(catalogue)).toEqual(['overview', 'disclosure', 'complaints', 'services', 'emulation']);
  });

  it('moves a slide up or down and ignores moves off the ends', () => {
    expect(moveSlide(['overview', 'complaints', 'services'], 2, -1)).toEqual(['overview', 'services', 'complaints']);
    expect(moveSlide(['overview', 'complaints'], 0, -1)).toEqual(['overview', 'complaints']);
    expect(unitCodeOf('unit-443')).toBe('443');
    expect(unitCodeOf('overview')).toBeNull();
  });
});

describe('saved slide lists', () => {
  it('round-trips through storage and survives a blocked or corrupt store', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(saveSlides(storage, ['services', 'unit-443'])).toBe(true);
    expect(store.get(SAVED_SLIDES_KEY)).toBe('services,unit-443');
    expect(loadSavedSlides(storage, catalogue)).toEqual(['services', 'unit-443']);
    store.set(SAVED_SLIDES_KEY, '%%%');
    expect(loadSavedSlides(storage, catalogue)).toBeNull();
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } };
    expect(loadSavedSlides(blocked, catalogue)).toBeNull();
    expect(saveSlides(blocked, ['overview'])).toBe(false);
    expect(loadSavedSlides(null, catalogue)).toBeNull();
  });
});
