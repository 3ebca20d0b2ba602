import { parseSlideList, serialiseSlideList, type SlideCatalogue, type SlideId } from './slide-ids';

/** Saved in localStorage: it survives reloads and browser restarts on this computer (the meeting-room PC). */
export const SAVED_SLIDES_KEY = 'briefing.slides.v1';

/** The saved slide list, or null when none is saved, it is unreadable, or storage is blocked (private windows). */
export function loadSavedSlides(storage: Pick<Storage, 'getItem'> | null, catalogue: SlideCatalogue): SlideId[] | null {
  try {
    return parseSlideList(storage?.getItem(SAVED_SLIDES_KEY), catalogue);
  } catch {
    return null;
  }
}

/** True when saved. */
export function saveSlides(storage: Pick<Storage, 'setItem'> | null, ids: readonly SlideId[]): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SAVED_SLIDES_KEY, serialiseSlideList(ids));
    return true;
  } catch {
    return false;
  }
}

/** The browser's localStorage when it can be reached at all (some privacy settings throw on access). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
