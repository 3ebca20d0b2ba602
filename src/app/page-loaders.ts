import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import { complaintQueries } from '../queries/complaints';
import { disclosureQueries } from '../queries/disclosure';
import { emulationQueries } from '../queries/emulation';
import { procedureQueries } from '../queries/procedures';
import { unitQueries } from '../queries/units';
import { boundsOf, resolvePeriod } from '../state/period-bounds';
import type { RouteId } from '../state/routes';

/**
 * Page chunks by route. The same loader feeds React.lazy and the start-up preload, so the current page's chunk is
 * fetched while the runtime config is still on its way instead of after the first render.
 */
export const PAGE_LOADERS = {
  overview: () => import('./OverviewRoute'),
  disclosure: () => import('../features/disclosure/DisclosurePage'),
  complaints: () => import('../features/complaints/ComplaintsPage'),
  services: () => import('../features/services/ServicesPage'),
  emulation: () => import('../features/emulation/EmulationPage'),
  rankings: () => import('../features/rankings/RankingsPage'),
  unit: () => import('../features/rankings/UnitPage'),
  briefing: () => import('../features/briefing/BriefingPage'),
  dataQuality: () => import('../features/data-quality/DataQualityPage'),
} satisfies Record<RouteId, () => Promise<unknown>>;

const PREFIXES: ReadonlyArray<[string, RouteId]> = [
  ['/cong-khai', 'disclosure'],
  ['/khieu-nai-to-cao', 'complaints'],
  ['/dich-vu-cong', 'services'],
  ['/dan-van-kheo', 'emulation'],
  ['/xep-hang', 'rankings'],
  ['/don-vi/', 'unit'],
  ['/trinh-chieu', 'briefing'],
  ['/chat-luong-du-lieu', 'dataQuality'],
];

export function routeOfPath(pathname: string): RouteId | null {
  if (pathname === '/' || pathname === '') return 'overview';
  return PREFIXES.find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? null;
}

/** Starts loading the chunk of the page at this path; errors surface later through React.lazy. */
export function preloadPage(pathname: string): void {
  const route = routeOfPath(pathname);
  if (route) PAGE_LOADERS[route]().catch(() => undefined);
}

/**
 * The upstream requests each page makes first, for the year it shows: started as soon as the runtime config is
 * read, in parallel with the page's code, instead of after the page chunk has loaded and rendered. Same query
 * options as the pages use, so the pages find them in the cache (or in flight).
 */
type Prefetch = (client: QueryClient) => Promise<void>;
/** Keeps each query's own types: the client prefetches exactly the options the page will ask for. */
const q =
  <T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>): Prefetch =>
  (client) =>
    client.prefetchQuery(options);

const PAGE_DATA: Readonly<Record<RouteId, (config: AppConfig, year: number) => readonly Prefetch[]>> = {
  overview: (c, y) => [q(unitQueries.catalogue(c)), q(disclosureQueries.summary(c)), q(complaintQueries.year(c, y)), q(procedureQueries.caseFilesYear(c, y)), q(procedureQueries.catalogue(c, y)), q(emulationQueries.registry(c))],
  disclosure: (c, y) => [q(unitQueries.catalogue(c)), q(disclosureQueries.summary(c)), q(disclosureQueries.contents(c)), q(disclosureQueries.reportsYear(c, y))],
  complaints: (c, y) => [q(unitQueries.catalogue(c)), q(complaintQueries.year(c, y))],
  services: (c, y) => [q(unitQueries.catalogue(c)), q(procedureQueries.caseFilesYear(c, y)), q(procedureQueries.catalogue(c, y))],
  emulation: (c) => [q(unitQueries.catalogue(c)), q(emulationQueries.registry(c))],
  rankings: (c, y) => [q(unitQueries.catalogue(c)), q(disclosureQueries.summary(c)), q(emulationQueries.registry(c)), q(complaintQueries.year(c, y)), q(procedureQueries.caseFilesYear(c, y))],
  unit: (c, y) => [q(unitQueries.catalogue(c)), q(disclosureQueries.summary(c)), q(emulationQueries.registry(c)), q(complaintQueries.year(c, y)), q(procedureQueries.caseFilesYear(c, y))],
  briefing: (c, y) => [q(unitQueries.catalogue(c)), q(disclosureQueries.summary(c)), q(emulationQueries.registry(c)), q(complaintQueries.year(c, y)), q(procedureQueries.caseFilesYear(c, y))],
  dataQuality: (c, y) => [q(unitQueries.catalogue(c)), q(disclosureQueries.summary(c)), q(emulationQueries.registry(c)), q(complaintQueries.year(c, y)), q(procedureQueries.caseFilesYear(c, y))],
};

/** Starts the first upstream requests of the page at this URL; errors surface later, in the page's own panels. */
export function prefetchPageData(pathname: string, search: string, config: AppConfig, client: QueryClient): void {
  const route = routeOfPath(pathname);
  if (!route) return;
  const { year } = resolvePeriod(new URLSearchParams(search).get('period'), boundsOf(config));
  for (const prefetch of PAGE_DATA[route](config, year)) void prefetch(client);
}
