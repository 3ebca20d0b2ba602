import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { callUpstream } from './off-main-thread';
import { sourceKey } from './keys';
import { upstreamArgs } from './upstream-args';
import { catalogueDistricts, checkModels } from './quality';

export const emulationQueries = {
  registry: (config: AppConfig) =>
    queryOptions({
      queryKey: [...sourceKey.emulation, 'registry'],
      queryFn: async ({ signal, client }) => {
        const data = await callUpstream('emulationRegistry', upstreamArgs.emulationRegistry(config), signal);
        const { accepted, issues, unitScope } = checkModels(data.models, await catalogueDistricts(client, config), data.asOf);
        return { asOf: data.asOf, fields: data.fields, models: accepted, issues, unitScope };
      },
    }),
};
