import { setupWorker } from 'msw/browser';
import type { AppConfig } from '../src/config/schema';
import { staticDemoStore } from './demo-store';
import { faultHandlers, faultsFromLocation } from './faults';
import { createHandlers } from './handlers';

/**
 * Starts the fake upstream systems in the browser (demo mode). Requests to anything else go to the network.
 * They answer from the dataset written at build time under `demo-data/` (mocks/demo-data-plugin.ts).
 */
export async function startDemoUpstream(config: AppConfig) {
  const handlers = createHandlers(config, staticDemoStore(`${import.meta.env.BASE_URL}demo-data/`));
  const worker = setupWorker(...faultHandlers(config, faultsFromLocation(), handlers), ...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
