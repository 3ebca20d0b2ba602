/**
 * Starts the one upstream worker of the page (src/queries/upstream.worker.ts). Kept apart from the code that talks
 * to it (off-main-thread.ts) so that the page's head start (src/app/head-start.ts) can start it while the page's
 * code is still loading: its script is then fetched alongside the page's code rather than after it has run.
 */
let started: Worker | null | undefined;
let failed = false;

/** The page's upstream worker, started on the first call; null where there is none (jsdom, an old browser). */
export function startUpstreamWorker(): Worker | null {
  if (started !== undefined) return started;
  started = null;
  if (typeof Worker === 'undefined') return started;
  try {
    started = new Worker(new URL('./upstream.worker.ts', import.meta.url), { type: 'module', name: 'upstream' });
    // A script that fails to load may do so before anyone listens: remember it, so no call is sent to a dead worker.
    started.addEventListener('error', () => {
      failed = true;
    });
  } catch {
    started = null;
  }
  return started;
}

/** Whether the worker has reported a failure (its script could not load, or it crashed). */
export function upstreamWorkerFailed(): boolean {
  return failed;
}
