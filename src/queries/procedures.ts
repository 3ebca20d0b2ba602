import { queryOptions } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { fetchCaseFiles, fetchServiceCatalogue } from '../sources/procedures/client';
import { sourceKey } from './keys';

export const procedureQueries = {
  caseFilesYear: (config: AppConfig, year: number) =>
    queryOptions({
      queryKey: [...sourceKey.procedures, 'case-files', year],
      queryFn: ({ signal }) => fetchCaseFiles(config.sources.procedures, { from: `${year}-01`, to: `${year}-12` }, signal),
    }),
  catalogue: (config: AppConfig, year: number) =>
    queryOptions({
      queryKey: [...sourceKey.procedures, 'catalogue', year],
      queryFn: ({ signal }) => fetchServiceCatalogue(config.sources.procedures, year, signal),
    }),
};
