import { describe, expect, it } from 'vitest';
import { combinedStatus } from './query-status';

describe('combined status of a panel fed by several queries', () => {
  it('waits for all, shows the first failure and retries only what failed', () => {
    const refetched: string[] = [];
    const q = (name: string, status: 'pending' | 'error' | 'success', error: unknown = null) => ({ status, error, refetch: () => refetched.push(name) });
    expect(combinedStatus([q('a', 'success'), q('b', 'pending')]).status).toBe('pending');
    expect(combinedStatus([q('a', 'success'), q('b', 'success')]).status).toBe('success');
    const failed = combinedStatus([q('a', 'success'), q('b', 'error', 'down'), q('c', 'pending')]);
    expect([failed.status, failed.error]).toEqual(['error', 'down']);
    failed.retry();
    expect(refetched).toEqual(['b']);
  });
});
