import type { PanelStatus } from '../../components/panel';

interface QueryLike {
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly refetch: () => unknown;
}

/**
 * One panel fed by several queries of the same system: it waits for all, shows the first failure, and its retry
 * refetches only what failed.
 */
export function combinedStatus(queries: readonly QueryLike[]): { status: PanelStatus; error: unknown; retry: () => void } {
  const failed = queries.filter((q) => q.status === 'error');
  return {
    status: failed.length > 0 ? 'error' : queries.some((q) => q.status === 'pending') ? 'pending' : 'success',
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const q of failed) void q.refetch();
    },
  };
}
