import { queryOptions } from '@tanstack/react-query';
import type { BoundariesConfig, MapContextConfig } from '../../config/schema';
import { callUpstream } from '../../queries/off-main-thread';

/**
 * One query for the boundary file, shared by every map on every page.
 * Boundaries change with a new file, not with time: never stale within a session.
 */
export const boundariesQueries = {
  all: () => ['boundaries'] as const,
  file: (config: BoundariesConfig) =>
    queryOptions({
      queryKey: [...boundariesQueries.all(), config.unitSet ?? null, config.url, config.format, config.object ?? null, config.codeProperty] as const,
      // Parsing, checking and normalising a boundary file (a few hundred shapes) runs in the upstream worker.
      queryFn: ({ signal }) => callUpstream('boundaries', { config }, signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  /** The grey areas around the units (config.mapContext), read as a boundary file keyed by area name. */
  context: (config: MapContextConfig) =>
    queryOptions({
      queryKey: [...boundariesQueries.all(), 'context', config.url, config.nameProperty] as const,
      queryFn: ({ signal }) =>
        callUpstream('boundaries', { config: { url: config.url, format: 'geojson', codeProperty: config.nameProperty, illustrative: false } }, signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
