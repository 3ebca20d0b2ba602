import { routeOfPath, type RouteId } from '../state/routes';

/**
 * Page chunks by route. The same loader feeds React.lazy and the start-up preload, so the current page's chunk is
 * fetched while the runtime config is still on its way instead of after the first render. Kept apart from the
 * query code: the page's head start (head-start.ts) loads this module before anything else.
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

/** Starts loading the chunk of the page at this path; errors surface later through React.lazy. */
export function preloadPage(pathname: string): void {
  const route = routeOfPath(pathname);
  if (route) PAGE_LOADERS[route]().catch(() => undefined);
}
