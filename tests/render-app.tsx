import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../src/app/App';
import type { AppConfig } from '../src/config/schema';
import { initI18n } from '../src/lib/i18n';
import { testConfig } from './test-config';

/** Renders the whole app at a URL, against the MSW upstream, with a fresh cache and no retries. */
export function renderApp(url: string, config: AppConfig = testConfig) {
  window.history.replaceState(null, '', url);
  const lang = new URLSearchParams(url.split('?')[1] ?? '').get('lang') === 'en' ? 'en' : 'vi';
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const i18n = initI18n(lang);
  void i18n.changeLanguage(lang);
  return { queryClient, ...render(<App config={config} queryClient={queryClient} i18n={i18n} />) };
}
