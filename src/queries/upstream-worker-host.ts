import { runUpstreamCall, type UpstreamCallArgs, type UpstreamCallName } from './upstream-calls';
import { resultReply, sendError, type WorkerReply, type WorkerRequest } from './upstream-messages';
import { earlyCalls, type EarlyCalls } from './warm-calls';

/** The part of a worker's global scope the host uses (the DOM library would type `self` as a window). */
export interface WorkerScope {
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

/**
 * Answers the page's upstream calls in this scope: runs each named source client (fetch → validate → adapt) and
 * posts back its result or its error as data; a call the page gave up on is aborted. Calls the page's head start
 * asked for ahead of the page (warm-calls.ts) are handed to the first ask of the same call.
 */
export function serveUpstreamCalls(scope: WorkerScope, early: EarlyCalls = earlyCalls()): void {
  const running = new Map<number, AbortController>();
  // The second argument is the transfer list (nothing is transferred): a worker has no target origin.
  const reply = (message: WorkerReply) => scope.postMessage(message, []);
  scope.addEventListener('message', (event) => {
    const request = event.data;
    if ('warm' in request) {
      early.start(request.warm.config, request.warm.path, request.warm.search);
      return;
    }
    if ('abort' in request) {
      running.get(request.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    // A call the page's head start began is joined in flight rather than fetched again.
    const answer = early.take(request.name, request.args) ?? runUpstreamCall(request.name, request.args as UpstreamCallArgs<UpstreamCallName>, controller.signal);
    answer
      .then(
        (value) => reply(resultReply(request.id, value)),
        (error: unknown) => reply({ id: request.id, ok: false, error: sendError(error) }),
      )
      .finally(() => running.delete(request.id));
  });
}
