import { useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { QUALITY_SYSTEMS, type QualityIssue } from '../domain/quality/types';

interface WithIssues {
  readonly issues: readonly QualityIssue[];
}

const hasIssues = (data: unknown): data is WithIssues =>
  typeof data === 'object' && data !== null && 'issues' in data && Array.isArray((data as { issues: unknown }).issues);

const checkedQueries = (cache: QueryCache) =>
  cache.getAll().filter((q) => (QUALITY_SYSTEMS as readonly unknown[]).includes(q.queryKey[0]) && hasIssues(q.state.data));

/**
 * Every data-quality issue among the checked systems' answers already loaded, whichever page loaded them: the
 * panels' "records left out" notes read this without fetching anything themselves.
 */
export function useCachedIssues(): readonly QualityIssue[] {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A string snapshot changes exactly when a checked query's data does, and compares by value.
  const stamp = useSyncExternalStore(subscribe, () =>
    checkedQueries(cache)
      .map((q) => `${q.queryHash}@${q.state.dataUpdatedAt}`)
      .join('|'),
  );
  return useMemo(
    () => checkedQueries(cache).flatMap((q) => (hasIssues(q.state.data) ? q.state.data.issues : [])),
    // The stamp stands for the cache's checked data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stamp, cache],
  );
}
