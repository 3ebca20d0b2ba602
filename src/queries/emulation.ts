import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { fetchEmulationRegistry } from '../sources/emulation/client';
import { sourceKey } from './keys';

export const emulationQueries = {
  registry: (config: AppConfig) =>
    queryOptions({
      queryKey: [...sourceKey.emulation, 'registry'],
      queryFn: ({ signal }) => fetchEmulationRegistry(config.sources.emulation, signal),
    }),
};
