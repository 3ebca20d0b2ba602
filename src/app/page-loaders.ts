import type { QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { complaintQueries } from '../queries/complaints';
import { disclosureQueries } from '../queries/disclosure';
import { emulationQueries } from '../queries/emulation';
import { firstQueriesAt, type FirstQuery } from '../queries/first-queries';
import { procedureQueries } from '../queries/procedures';
import { unitQueries } from '../queries/units';
import { routeOfPath } from '../state/routes';

export { PAGE_LOADERS, preloadPage } from './page-chunks';
export { routeOfPath };

/**
 * Prefetches one of a page's first queries with the same options the page uses, so the page finds it in the cache
 * (or in flight). Keeps each query's own types.
 */
function prefetch(client: QueryClient, config: AppConfig, query: FirstQuery): Promise<void> {
  switch (query.kind) {
    case 'units':
      return client.prefetchQuery(unitQueries.catalogue(config));
    case 'disclosureSummary':
      return client.prefetchQuery(disclosureQueries.summary(config));
    case 'disclosureContents':
      return client.prefetchQuery(disclosureQueries.contents(config));
    case 'disclosureReports':
      return client.prefetchQuery(disclosureQueries.reports(config, query.period));
    case 'emulationRegistry':
      return client.prefetchQuery(emulationQueries.registry(config));
    case 'complaints':
      return client.prefetchQuery(complaintQueries.year(config, query.year));
    case 'caseFiles':
      return client.prefetchQuery(procedureQueries.caseFilesYear(config, query.year));
    case 'serviceCatalogue':
      return client.prefetchQuery(procedureQueries.catalogue(config, query.year));
  }
}

/**
 * The upstream requests each page makes first, for the period it shows: started as soon as the runtime config is
 * read, in parallel with the page's code, instead of after the page chunk has loaded and rendered. Errors surface
 * later, in the page's own panels.
 */
export function prefetchPageData(pathname: string, search: string, config: AppConfig, client: QueryClient): void {
  for (const query of firstQueriesAt(routeOfPath(pathname), search, config)) void prefetch(client, config, query);
}
