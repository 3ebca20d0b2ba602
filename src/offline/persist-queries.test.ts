import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from './idb-store';
import { keepQueries, keyPrefix, MAX_AGE_MS, restoreQueries, SETTLE_MS, type IdleScheduler } from './persist-queries';

/** The store as IndexedDB behaves: values are structured-cloned in and out; every write is counted. */
function memoryStore(): KeyValueStore & { data: Map<string, unknown>; writes: string[] } {
  const data = new Map<string, unknown>();
  const writes: string[] = [];
  return {
    data,
    writes,
    entries: async (prefix) =>
      [...data.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((k) => [k, structuredClone(data.get(k))] as const),
    set: async (key, value) => {
      writes.push(key);
      data.set(key, structuredClone(value));
    },
    delete: async (key) => void data.delete(key),
    deleteOutside: async (prefix) => {
      for (const k of data.keys()) if (!k.startsWith(prefix)) data.delete(k);
    },
  };
}

/** Idle slots run by hand: each call of `next()` is one idle moment of the page. */
function manualIdle(): IdleScheduler & { pending: () => number; next: () => Promise<void> } {
  const queue: Array<() => void> = [];
  const schedule: IdleScheduler = (task) => {
    queue.push(task);
    return () => void queue.splice(queue.indexOf(task), 1);
  };
  const next = async () => {
    queue.shift()?.();
    await Promise.resolve();
    await Promise.resolve();
  };
  return Object.assign(schedule, { pending: () => queue.length, next });
}

const saved = (savedAt: number, key: unknown[], data: unknown) => ({
  savedAt,
  query: { queryKey: key, queryHash: JSON.stringify(key), state: { data, status: 'success', dataUpdatedAt: savedAt } },
});

describe('last data kept for offline use', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  /** The burst of answers is over: saving may start. */
  const settle = () => vi.advanceTimersByTimeAsync(SETTLE_MS);

  it('saves successful answers, one query per idle slot, and restores them with the time they were last saved', async () => {
    const store = memoryStore();
    const idle = manualIdle();
    const client = new QueryClient();
    const times: number[] = [];
    const stop = keepQueries(client, store, 'build-1', (t) => times.push(t), idle);
    await client.fetchQuery({ queryKey: ['complaints', 2024], queryFn: async () => ({ received: new Map([['436', 1249]]) }) });
    await client.fetchQuery({ queryKey: ['units'], queryFn: async () => Promise.reject(new Error('down')), retry: false }).catch(() => undefined);
    await client.fetchQuery({ queryKey: ['models'], queryFn: async () => [{ id: 'DVK-1', year: 2016 }] });
    // Nothing is written while answers arrive: only once they have settled and the page is idle, one query at a time.
    expect(idle.pending()).toBe(0);
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(idle.pending()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.writes).toEqual([]);
    expect(idle.pending()).toBe(1);
    await idle.next();
    expect(store.writes).toHaveLength(1);
    await idle.next();
    expect(store.writes).toHaveLength(2);
    expect(idle.pending()).toBe(0);
    expect(store.writes.every((k) => k.startsWith(keyPrefix('build-1')))).toBe(true);
    expect(times).toHaveLength(2);
    stop();
    vi.useRealTimers();

    const later = new QueryClient();
    const savedAt = await restoreQueries(later, store, 'build-1');
    expect(savedAt).toBe(times[1]);
    expect(later.getQueryData(['complaints', 2024])).toEqual({ received: new Map([['436', 1249]]) });
    expect(later.getQueryData(['models'])).toEqual([{ id: 'DVK-1', year: 2016 }]);
    expect(later.getQueryData(['units'])).toBeUndefined();
  });

  it('writes again only the queries whose data changed', async () => {
    const store = memoryStore();
    const idle = manualIdle();
    const client = new QueryClient();
    keepQueries(client, store, 'b', undefined, idle);
    let received = 1249;
    const complaints = { queryKey: ['complaints'], queryFn: async () => ({ received }), staleTime: 0 };
    await client.fetchQuery(complaints);
    await client.fetchQuery({ queryKey: ['units'], queryFn: async () => ['436'] });
    await settle();
    while (idle.pending() > 0) await idle.next();
    expect(store.writes).toHaveLength(2);

    // The same answer again (the cache keeps the very same data object): nothing to write.
    await client.refetchQueries({ queryKey: ['complaints'] });
    await settle();
    while (idle.pending() > 0) await idle.next();
    expect(store.writes).toHaveLength(2);

    received = 1300;
    await client.refetchQueries({ queryKey: ['complaints'] });
    await settle();
    while (idle.pending() > 0) await idle.next();
    expect(store.writes).toEqual([`${keyPrefix('b')}["complaints"]`, `${keyPrefix('b')}["units"]`, `${keyPrefix('b')}["complaints"]`]);
    const restored = new QueryClient();
    await restoreQueries(restored, store, 'b');
    expect(restored.getQueryData(['complaints'])).toEqual({ received: 1300 });
  });

  it('does not write again what it has just restored', async () => {
    const store = memoryStore();
    store.data.set(`${keyPrefix('b')}["x"]`, saved(Date.now(), ['x'], { n: 1 }));
    const client = new QueryClient();
    await restoreQueries(client, store, 'b');
    const idle = manualIdle();
    keepQueries(client, store, 'b', undefined, idle);
    // The same figures again (the cache keeps the restored object): nothing to write; new figures are written.
    client.setQueryData(['x'], { n: 1 });
    await settle();
    while (idle.pending() > 0) await idle.next();
    expect(store.writes).toEqual([]);
    client.setQueryData(['x'], { n: 2 });
    await settle();
    while (idle.pending() > 0) await idle.next();
    expect(store.writes).toEqual([`${keyPrefix('b')}["x"]`]);
  });

  it('ignores data saved by another build or too long ago, and clears another build\'s', async () => {
    const store = memoryStore();
    const now = Date.now();
    store.data.set(`${keyPrefix('old')}["x"]`, saved(now, ['x'], 1));
    store.data.set(`${keyPrefix('new')}["y"]`, saved(now - MAX_AGE_MS - 1, ['y'], 2));
    store.data.set('queries', { savedAt: now, build: 'new', state: { queries: [], mutations: [] } });
    expect(await restoreQueries(new QueryClient(), store, 'new')).toBeNull();
    const client = new QueryClient();
    expect(await restoreQueries(client, store, 'old')).toBe(now);
    expect(client.getQueryData(['x'])).toBe(1);

    keepQueries(new QueryClient(), store, 'new', undefined, manualIdle());
    await Promise.resolve();
    // The expired entry went at restore; the other build's and the old single-value layout go when saving starts.
    expect([...store.data.keys()]).toEqual([]);
  });

  it('uses the page\'s idle time, with a timeout so that a busy page still saves', async () => {
    const store = memoryStore();
    const client = new QueryClient();
    keepQueries(client, store, 'b');
    await client.fetchQuery({ queryKey: ['a'], queryFn: async () => 1 });
    await client.fetchQuery({ queryKey: ['b'], queryFn: async () => 2 });
    expect(store.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.writes).toHaveLength(2);
  });
});
