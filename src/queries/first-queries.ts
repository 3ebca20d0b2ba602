import type { AppConfig } from '../config/schema';
import { serviceCatalogueYear } from '../domain/indicators/catalogue-year';
import { yearsForKpi } from '../domain/kpi';
import type { Period } from '../domain/period';
import { boundsOf, periodAvailable, resolvePeriod, yearsAvailable } from '../state/period-bounds';
import type { RouteId } from '../state/routes';

/**
 * The upstream queries a page asks for first, by name: one list per page for the period in its URL. Read in two
 * places, so the requests start before the page's code has loaded and rendered:
 *   - the upstream worker starts the calls as soon as the page's head start has read config.json
 *     (src/app/head-start.ts), while the page's own code is still on its way;
 *   - the page's start-up prefetches the same queries into the query cache (src/app/page-loaders.ts), which the
 *     worker then answers from the calls already in flight.
 * Asking for what the page does not show only costs bandwidth the page needs, so each list follows its page.
 */
export type FirstQuery =
  | { readonly kind: 'units' }
  | { readonly kind: 'disclosureSummary' }
  | { readonly kind: 'disclosureContents' }
  | { readonly kind: 'emulationRegistry' }
  | { readonly kind: 'complaints'; readonly year: number }
  | { readonly kind: 'caseFiles'; readonly year: number }
  | { readonly kind: 'serviceCatalogue'; readonly year: number }
  | { readonly kind: 'disclosureReports'; readonly period: Period };

const UNITS: FirstQuery = { kind: 'units' };
const SUMMARY: FirstQuery = { kind: 'disclosureSummary' };
const REGISTRY: FirstQuery = { kind: 'emulationRegistry' };
const complaints = (years: readonly number[]): FirstQuery[] => years.map((year) => ({ kind: 'complaints', year }));
const caseFiles = (years: readonly number[]): FirstQuery[] => years.map((year) => ({ kind: 'caseFiles', year }));

/** The routes' first queries for a period; `years` are the calendar years of the period's figures and trends. */
export function firstQueriesOf(route: RouteId, period: Period, config: AppConfig): readonly FirstQuery[] {
  const bounds = boundsOf(config);
  const available = new Set(yearsAvailable(bounds));
  // Headline figures, their trend and comparisons: the Overview's KPIs, the league table's rank history.
  const kpiYears = yearsForKpi(period, (p) => periodAvailable(p, bounds));
  // The period's year and the year before it (changes against last year).
  const twoYears = [period.year - 1, period.year].filter((y) => available.has(y));
  const catalogue: FirstQuery = { kind: 'serviceCatalogue', year: serviceCatalogueYear(period) };
  switch (route) {
    case 'overview':
      return [UNITS, SUMMARY, ...complaints(kpiYears), ...caseFiles(kpiYears), catalogue, REGISTRY];
    case 'disclosure':
      return [UNITS, SUMMARY, { kind: 'disclosureContents' }, { kind: 'disclosureReports', period }];
    case 'complaints':
      return [UNITS, ...complaints(twoYears)];
    case 'services':
      return [UNITS, ...caseFiles(twoYears), catalogue];
    case 'emulation':
      return [UNITS, REGISTRY];
    case 'rankings':
    case 'unit':
    case 'briefing':
      return [UNITS, SUMMARY, REGISTRY, ...complaints(kpiYears), ...caseFiles(kpiYears)];
    case 'dataQuality':
      return [UNITS, SUMMARY, REGISTRY, ...complaints([period.year]), ...caseFiles([period.year])];
  }
}

/** The first queries of the page at this address (path without the app's base, and its `?…`), or none. */
export function firstQueriesAt(route: RouteId | null, search: string, config: AppConfig): readonly FirstQuery[] {
  if (!route) return [];
  const period = resolvePeriod(new URLSearchParams(search).get('period'), boundsOf(config));
  return firstQueriesOf(route, period, config);
}
