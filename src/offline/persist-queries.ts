import { dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import type { KeyValueStore } from './idb-store';

/**
 * Keeps the last upstream data the app loaded, so that offline (on a train, in a meeting room without Wi-Fi) the
 * pages show it rather than nothing, with the time it was saved on screen. Only answers that succeeded are kept;
 * a saved copy from another build of the app, or older than MAX_AGE, is ignored.
 */
export interface SavedQueries {
  readonly savedAt: number;
  readonly build: string;
  readonly state: DehydratedState;
}

const KEY = 'queries';
export const MAX_AGE_MS = 7 * 24 * 3600 * 1000;
const SAVE_DELAY_MS = 2000;

/** Puts the saved data back into the query cache; returns when it was saved, or null when nothing usable was. */
export async function restoreQueries(client: QueryClient, store: KeyValueStore, build: string, now = Date.now()): Promise<number | null> {
  let saved: unknown;
  try {
    saved = await store.get(KEY);
  } catch {
    return null;
  }
  if (!isSaved(saved) || saved.build !== build || now - saved.savedAt > MAX_AGE_MS) return null;
  hydrate(client, saved.state);
  return saved.savedAt;
}

function isSaved(value: unknown): value is SavedQueries {
  return typeof value === 'object' && value !== null && 'savedAt' in value && typeof value.savedAt === 'number' && 'state' in value && 'build' in value;
}

/** Saves the cache's successful queries a moment after they change (one write for a page's burst of answers). */
export function keepQueries(client: QueryClient, store: KeyValueStore, build: string, onSaved?: (savedAt: number) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    const savedAt = Date.now();
    const state = dehydrate(client, { shouldDehydrateQuery: (q) => q.state.status === 'success' });
    store.set(KEY, { savedAt, build, state } satisfies SavedQueries).then(
      () => onSaved?.(savedAt),
      () => undefined, // storage full or refused: the app keeps working online
    );
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
