import { QueryClient } from '@tanstack/react-query';

/**
 * Upstream data change at most daily; refetching on every focus would only load the province's systems.
 * One retry hides a passing network blip; a schema error is not retried (it will not fix itself).
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 1 && !(error instanceof Error && 'kind' in error && error.kind === 'schema'),
      },
    },
  });
}
