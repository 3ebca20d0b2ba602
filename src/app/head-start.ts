import { startUpstreamWorker } from '../queries/upstream-worker-start';
import type { WorkerRequest } from '../queries/upstream-messages';
import { preloadPage } from './page-chunks';

/**
 * What the page starts before its own code has loaded. The build loads this module as a small script of its own,
 * ahead of the app's entry (src/boot.ts, vite.config.ts), so each of these starts with the page's code instead
 * of after it has downloaded and run:
 *   - the current page's chunk and the chunks it imports;
 *   - config.json, read once here and handed to the app's start-up (takeEarlyConfig);
 *   - outside demo mode, the upstream worker, asked at once for the page's first upstream calls (warm-calls.ts),
 *     which the page's queries then join in flight;
 *   - in demo mode, the fake upstream systems' chunk, which every figure waits for.
 * Everything here is an optimisation: where it did not run (the dev server, tests) the app does the same itself.
 */
let earlyConfig: { readonly url: string; readonly response: Promise<Response> } | null = null;

/**
 * `demoUpstream` loads the demo's fake systems (mocks/browser.ts); the entry passes it, as app code never names the
 * mocks itself.
 */
export function startAhead(base: string, where: Pick<Location, 'pathname' | 'search'>, demoUpstream: () => Promise<unknown>): void {
  const path = where.pathname.slice(base.length) || '/';
  preloadPage(path);
  const url = `${base}/config.json`;
  // The same request the app's loadConfig makes (index.html preloads it).
  const response = fetch(url, { cache: 'no-cache' });
  earlyConfig = { url, response };
  response
    .then((r) => (r.ok ? (r.clone().json() as Promise<unknown>) : null))
    .then((raw) => {
      const demo = typeof raw === 'object' && raw !== null && 'demo' in raw ? raw.demo : undefined;
      if (demo === true) {
        demoUpstream().catch(() => undefined);
      } else if (demo === false) {
        const request: WorkerRequest = { warm: { config: raw, path, search: where.search } };
        startUpstreamWorker()?.postMessage(request, []);
      }
    })
    // A config that cannot be read is the app's to report, with every detail; nothing is started ahead.
    .catch(() => undefined);
}

/** The config.json response the head start fetched, for the app's start-up to read (once); null if none was. */
export function takeEarlyConfig(url: string): Promise<Response> | null {
  if (earlyConfig?.url !== url) return null;
  const { response } = earlyConfig;
  earlyConfig = null;
  return response;
}
