import { runUpstreamCall, type UpstreamCallArgs, type UpstreamCallName } from './upstream-calls';
import { resultReply, sendError, type WorkerReply, type WorkerRequest } from './upstream-messages';

/** The part of a worker's global scope the host uses (the DOM library would type `self` as a window). */
export interface WorkerScope {
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

/**
 * Answers the page's upstream calls in this scope: runs each named source client (fetch → validate → adapt) and
 * posts back its result or its error as data; a call the page gave up on is aborted.
 */
export function serveUpstreamCalls(scope: WorkerScope): void {
  const running = new Map<number, AbortController>();
  // The second argument is the transfer list (nothing is transferred): a worker has no target origin.
  const reply = (message: WorkerReply) => scope.postMessage(message, []);
  scope.addEventListener('message', (event) => {
    const request = event.data;
    if ('abort' in request) {
      running.get(request.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    runUpstreamCall(request.name, request.args as UpstreamCallArgs<UpstreamCallName>, controller.signal)
      .then(
        (value) => reply(resultReply(request.id, value)),
        (error: unknown) => reply({ id: request.id, ok: false, error: sendError(error) }),
      )
      .finally(() => running.delete(request.id));
  });
}
