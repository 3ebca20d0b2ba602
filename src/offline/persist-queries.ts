import { dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import type { KeyValueStore } from './idb-store';

/**
 * Keeps the last upstream data the app loaded, so that offline (on a train, in a meeting room without Wi-Fi) the
 * pages show it rather than nothing, with the time it was saved on screen. Only answers that succeeded are kept;
 * a saved copy from another build of the app, or older than MAX_AGE, is ignored.
 *
 * Each query is saved under its own key, only when its data changed, one query per idle moment of the page: writing
 * the whole cache at once structured-cloned megabytes in one long task, on every burst of answers.
 */
export interface SavedQuery {
  readonly savedAt: number;
  /** One query as `dehydrate` gives it. */
  readonly query: DehydratedState['queries'][number];
}

export const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** Every saved query of a build sits under this prefix: another build's are never read, and are cleared. */
export const keyPrefix = (build: string) => `q|${build}|`;

/** Puts the saved data back into the query cache; returns when it was last saved, or null when nothing usable was. */
export async function restoreQueries(client: QueryClient, store: KeyValueStore, build: string, now = Date.now()): Promise<number | null> {
  let entries: Array<readonly [string, unknown]>;
  try {
    entries = await store.entries(keyPrefix(build));
  } catch {
    return null;
  }
  const fresh: SavedQuery[] = [];
  for (const [key, saved] of entries) {
    if (isSaved(saved) && now - saved.savedAt <= MAX_AGE_MS) fresh.push(saved);
    else void store.delete(key).catch(() => undefined);
  }
  if (fresh.length === 0) return null;
  hydrate(client, { queries: fresh.map((s) => s.query), mutations: [] });
  return Math.max(...fresh.map((s) => s.savedAt));
}

function isSaved(value: unknown): value is SavedQuery {
  return (
    typeof value === 'object' &&
    value !== null &&
    'savedAt' in value &&
    typeof value.savedAt === 'number' &&
    'query' in value &&
    typeof value.query === 'object' &&
    value.query !== null &&
    'queryHash' in value.query
  );
}

/** Runs a task when the page is idle (or after `timeout` ms at the latest); returns a cancel function. */
export type IdleScheduler = (task: () => void) => () => void;

const IDLE_TIMEOUT_MS = 5000;
/** Saving starts this long after the last answer of a burst, so that it never competes with the page drawing them. */
export const SETTLE_MS = 2000;

export const whenIdle: IdleScheduler = (task) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1000);
  return () => clearTimeout(handle);
};

/**
 * Saves each successful query after its data change: once a burst of answers has settled, one query per idle slot,
 * so that no write is a long task.
 * `onSaved` gets the time of each write (the offline notice shows the last one).
 */
export function keepQueries(
  client: QueryClient,
  store: KeyValueStore,
  build: string,
  onSaved?: (savedAt: number) => void,
  schedule: IdleScheduler = whenIdle,
): () => void {
  const prefix = keyPrefix(build);
  // Another build's saved queries (and the single-value layout of earlier builds) are never read again.
  void store.deleteOutside(prefix).catch(() => undefined);
  /** Query hash → the data last written for it: a refetch that brought the same data (shared structurally) is not rewritten. */
  const written = new Map<string, unknown>();
  // What the cache holds when saving starts was just restored from the store: already saved.
  for (const q of client.getQueryCache().getAll()) if (q.state.status === 'success') written.set(q.queryHash, q.state.data);
  const dirty = new Set<string>();
  let cancel: (() => void) | null = null;

  const writeOne = () => {
    cancel = null;
    const [hash] = dirty;
    if (hash === undefined) return;
    dirty.delete(hash);
    const query = client.getQueryCache().get(hash);
    if (query && query.state.status === 'success' && written.get(hash) !== query.state.data) {
      const data = query.state.data;
      const [dehydrated] = dehydrate(client, { shouldDehydrateQuery: (q) => q === query }).queries;
      if (dehydrated) {
        const savedAt = Date.now();
        written.set(hash, data);
        store.set(prefix + hash, { savedAt, query: dehydrated } satisfies SavedQuery).then(
          () => onSaved?.(savedAt),
          () => written.delete(hash), // storage full or refused: the app keeps working online
        );
      }
    }
    if (dirty.size > 0) cancel = schedule(writeOne);
  };

  let settle: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    dirty.add(event.query.queryHash);
    clearTimeout(settle);
    settle = setTimeout(() => (cancel ??= schedule(writeOne)), SETTLE_MS);
  });
  return () => {
    clearTimeout(settle);
    cancel?.();
    unsubscribe();
  };
}
