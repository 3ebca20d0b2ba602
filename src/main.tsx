import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { takeEarlyConfig } from './app/head-start';
import { prefetchPageData, preloadPage } from './app/page-loaders';
import { createQueryClient } from './app/query-client';
import { StartupErrorPage } from './app/StartupErrorPage';
import { loadConfig } from './config/load-config';
import { waitForUpstreamBefore } from './lib/http';
import { initI18n, isLanguage } from './lib/i18n';
import { indexedDbStore } from './offline/idb-store';
import { keepQueries, restoreQueries } from './offline/persist-queries';
import { registerOfflineWorker } from './offline/register-worker';
import { setSavedAt } from './offline/saved-at';
import './styles/app.css';

async function bootstrap() {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  const root = createRoot(container);
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  preloadPage(window.location.pathname.slice(base.length) || '/');
  const urlLang = new URLSearchParams(window.location.search).get('lang');
  const i18n = initI18n(isLanguage(urlLang) ? urlLang : 'vi');

  let config;
  try {
    const url = `${base}/config.json`;
    config = await loadConfig(url, takeEarlyConfig(url));
  } catch (error) {
    root.render(<StartupErrorPage error={error} kind="config" />);
    return;
  }

  if (config.demo) {
    // The fake upstream systems (MSW and the demo generator) are a separate chunk, fetched only in demo mode.
    // The page renders at once; upstream requests wait until the fakes answer.
    const started = import('../mocks/browser').then(({ startDemoUpstream }) => startDemoUpstream(config));
    waitForUpstreamBefore(started);
    started.catch((error: unknown) => root.render(<StartupErrorPage error={error} kind="demo" />));
  }

  const queryClient = createQueryClient(config.retries);
  if (!config.demo) {
    // The last data loaded, kept for offline use. The entry file's hashed URL names the build: data saved by another
    // build may not have the shape this one expects, so it is not reused.
    const build = import.meta.url;
    setSavedAt(await restoreQueries(queryClient, indexedDbStore, build));
    keepQueries(queryClient, indexedDbStore, build, setSavedAt);
  }
  void registerOfflineWorker(config.demo);
  // The page's first upstream requests start now, alongside its code (they wait for the demo fakes if need be).
  prefetchPageData(window.location.pathname.slice(base.length) || '/', window.location.search, config, queryClient);

  root.render(
    <StrictMode>
      <App config={config} queryClient={queryClient} i18n={i18n} />
    </StrictMode>,
  );
}

void bootstrap();
