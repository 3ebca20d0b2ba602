import { QueryClient } from '@tanstack/react-query';
import { isTransient } from '../lib/http';

/** Retries a request that failed for a passing reason; 2 unless config.json says otherwise. */
export const DEFAULT_RETRIES = 2;

/** Backoff before retry n (0-based): 1 s, 2 s, 4 s … capped at 8 s, so a struggling system is not hammered. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}

/** Whether to try again after `failures` failed attempts: only transient failures, and at most `retries` times. */
export function shouldRetry(retries: number) {
  return (failures: number, error: unknown) => failures < retries && isTransient(error);
}

/**
 * Upstream data change at most daily; refetching on every focus would only load the province's systems.
 * A network blip, a timeout or a 5xx is retried with backoff; a refusal, a 4xx or a wrong shape is shown at once.
 */
export function createQueryClient(retries = DEFAULT_RETRIES) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: shouldRetry(retries),
        retryDelay,
      },
    },
  });
}
