import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import type { AppConfig } from '../config/schema';
import type { i18next } from '../lib/i18n';
import { ConfigProvider } from '../state/config-context';
import { PAGE_LOADERS } from './page-loaders';
import { ROUTES, type RouteId } from '../state/routes';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { Shell } from './shell/Shell';

// Each page is its own chunk: ECharts and Leaflet load only with the pages that draw them.
const OverviewPage = lazy(PAGE_LOADERS.overview);
const DisclosurePage = lazy(PAGE_LOADERS.disclosure);
const ComplaintsPage = lazy(PAGE_LOADERS.complaints);
const ServicesPage = lazy(PAGE_LOADERS.services);
const EmulationPage = lazy(PAGE_LOADERS.emulation);
const RankingsPage = lazy(PAGE_LOADERS.rankings);
const UnitPage = lazy(PAGE_LOADERS.unit);
const BriefingPage = lazy(PAGE_LOADERS.briefing);
const DataQualityPage = lazy(PAGE_LOADERS.dataQuality);

const AVAILABLE: ReadonlySet<RouteId> = new Set<RouteId>(['overview', 'disclosure', 'complaints', 'services', 'emulation', 'rankings', 'briefing', 'dataQuality']);

function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <Link href={ROUTES.overview}>{t('notFound.back')}</Link>
    </div>
  );
}

function PageFallback() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** The page area: a page whose code fails to load shows a message and a reload button inside the shell. */
function Pages() {
  const [location] = useLocation();
  return (
    <RouteErrorBoundary resetKey={location}>
      <Suspense fallback={<PageFallback />}>
        <Switch>
          <Route path={ROUTES.overview} component={OverviewPage} />
          <Route path={ROUTES.disclosure} component={DisclosurePage} />
          <Route path={ROUTES.complaints} component={ComplaintsPage} />
          <Route path={ROUTES.services} component={ServicesPage} />
          <Route path={ROUTES.emulation} component={EmulationPage} />
          <Route path={ROUTES.rankings} component={RankingsPage} />
          <Route path={ROUTES.unit} component={UnitPage} />
          <Route path={ROUTES.briefing} component={BriefingPage} />
          <Route path={ROUTES.dataQuality} component={DataQualityPage} />
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </RouteErrorBoundary>
  );
}

export interface AppProps {
  readonly config: AppConfig;
  readonly queryClient: QueryClient;
  readonly i18n: typeof i18next;
}

export function App({ config, queryClient, i18n }: AppProps) {
  return (
    <ConfigProvider config={config}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <Router base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
            <Shell available={AVAILABLE}>
              <Pages />
            </Shell>
          </Router>
        </QueryClientProvider>
      </I18nextProvider>
    </ConfigProvider>
  );
}
