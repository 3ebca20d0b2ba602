import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from './idb-store';
import { keepQueries, MAX_AGE_MS, restoreQueries } from './persist-queries';

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (key) => structuredClone(data.get(key)), set: async (key, value) => void data.set(key, structuredClone(value)) };
}

describe('last data kept for offline use', () => {
  afterEach(() => vi.useRealTimers());

  it('saves successful answers after a burst and restores them, with the time they were saved', async () => {
    vi.useFakeTimers();
    const store = memoryStore();
    const client = new QueryClient();
    const stop = keepQueries(client, store, 'build-1');
    await client.fetchQuery({ queryKey: ['complaints', '2024'], queryFn: async () => ({ received: new Map([['436', 1249]]) }) });
    await client.fetchQuery({ queryKey: ['units'], queryFn: async () => Promise.reject(new Error('down')), retry: false }).catch(() => undefined);
    expect(store.data.size).toBe(0);
    await vi.advanceTimersByTimeAsync(2500);
    stop();
    vi.useRealTimers();

    const later = new QueryClient();
    const savedAt = await restoreQueries(later, store, 'build-1');
    expect(savedAt).toEqual(expect.any(Number));
    expect(later.getQueryData(['complaints', '2024'])).toEqual({ received: new Map([['436', 1249]]) });
    expect(later.getQueryData(['units'])).toBeUndefined();
  });

  it('ignores data saved by another build or too long ago', async () => {
    const store = memoryStore();
    store.data.set('queries', { savedAt: Date.now(), build: 'old', state: { queries: [{ queryKey: ['x'], queryHash: '["x"]', state: { data: 1, status: 'success', dataUpdatedAt: 1 } }], mutations: [] } });
    expect(await restoreQueries(new QueryClient(), store, 'new')).toBeNull();
    expect(await restoreQueries(new QueryClient(), store, 'old', Date.now() + MAX_AGE_MS + 1)).toBeNull();
    const client = new QueryClient();
    expect(await restoreQueries(client, store, 'old')).not.toBeNull();
    expect(client.getQueryData(['x'])).toBe(1);
  });
});
