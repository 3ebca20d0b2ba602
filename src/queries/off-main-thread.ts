import { upstreamFakedInPage, upstreamReadiness } from '../lib/http';
import type { UpstreamCallArgs, UpstreamCallName, UpstreamCallResult } from './upstream-calls';
import { receiveError, resultOf, type WorkerReply, type WorkerRequest } from './upstream-messages';
import { startUpstreamWorker, upstreamWorkerFailed } from './upstream-worker-start';

/**
 * Runs upstream calls (fetch → validate → adapt) in one module worker shared by every query, so that parsing and
 * checking a year of JSON does not block the page: on a mid-range phone that work took seconds of main thread per
 * page. Where there is no Worker (jsdom tests, an old browser) or it fails to start, the same call runs in the page.
 */
interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  /** To run the call in the page instead, should the worker die with calls in flight. */
  readonly runHere: () => Promise<unknown>;
}

/** undefined: not started yet; null: none in this environment (or it failed), calls run in the page. */
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function onReply(event: MessageEvent<WorkerReply>) {
  const reply = event.data;
  const call = pending.get(reply.id);
  if (!call) return;
  pending.delete(reply.id);
  if (reply.ok) call.resolve(resultOf(reply));
  else call.reject(receiveError(reply.error));
}

/** A worker that cannot load its script (or crashes) is given up for the session; what it held runs in the page. */
function onWorkerFailure() {
  worker?.terminate();
  worker = null;
  const stranded = [...pending.values()];
  pending.clear();
  for (const call of stranded) call.runHere().then(call.resolve, call.reject);
}

function upstreamWorker(): Worker | null {
  if (worker !== undefined) return worker;
  // The head start may have started it already, while the page's code was loading (src/app/head-start.ts).
  const started = startUpstreamWorker();
  if (!started || upstreamWorkerFailed()) {
    started?.terminate();
    worker = null;
    return worker;
  }
  worker = started;
  worker.addEventListener('message', onReply);
  worker.addEventListener('error', onWorkerFailure);
  return worker;
}

/** A worker's postMessage takes a transfer list, not a target origin (that is a window's); nothing is transferred. */
const send = (target: Worker, request: WorkerRequest) => target.postMessage(request, []);

/**
 * The same call in the page. Loaded on demand: where the worker runs, the page never needs the source clients, their
 * wire schemas and adapters, so they stay out of its first load.
 */
let inPage: Promise<typeof import('./upstream-calls')> | null = null;
const loadInPage = () => (inPage ??= import('./upstream-calls'));
// Without Worker every call runs here: load the clients at once rather than with the first call.
if (typeof Worker === 'undefined') void loadInPage();

async function runInPage<N extends UpstreamCallName>(name: N, args: UpstreamCallArgs<N>, signal?: AbortSignal): Promise<UpstreamCallResult<N>> {
  const { runUpstreamCall } = await loadInPage();
  return runUpstreamCall(name, args, signal);
}

/**
 * The demo's Mock Service Worker answers a worker's request through a *visible* page that started it (it looks the
 * page up among the visible windows); a page opened in a background tab would see its requests go to the network.
 * There, the calls run in the page, as the demo did before the worker.
 */
const hiddenDemoPage = () => upstreamFakedInPage() && typeof document !== 'undefined' && document.visibilityState !== 'visible';

const abortError = (signal: AbortSignal) => (signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));

/** Runs a named upstream call off the page's thread when possible; resolves to what the source client returns. */
export async function callUpstream<N extends UpstreamCallName>(name: N, args: UpstreamCallArgs<N>, signal?: AbortSignal): Promise<UpstreamCallResult<N>> {
  // In demo mode the worker starts only once the fake systems answer: its requests then go through them too.
  await upstreamReadiness();
  signal?.throwIfAborted();
  const target = hiddenDemoPage() ? null : upstreamWorker();
  if (!target) return runInPage(name, args, signal);
  const id = nextId++;
  return new Promise<UpstreamCallResult<N>>((resolve, reject) => {
    const onAbort = () => {
      if (!pending.delete(id)) return;
      send(target, { id, abort: true });
      reject(abortError(signal as AbortSignal));
    };
    const settle =
      <T,>(done: (value: T) => void) =>
      (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        done(value);
      };
    pending.set(id, {
      resolve: settle(resolve as (value: unknown) => void),
      reject: settle(reject),
      runHere: () => runInPage(name, args, signal),
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    send(target, { id, name, args });
  });
}
