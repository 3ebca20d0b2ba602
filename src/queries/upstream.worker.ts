/**
 * The upstream worker: fetches, validates and adapts upstream payloads away from the page's thread, so that parsing
 * and checking a year of records never blocks a tap or a scroll. It runs the same source clients as the page would
 * (src/queries/upstream-calls.ts); the page side is src/queries/off-main-thread.ts.
 */
import { serveUpstreamCalls, type WorkerScope } from './upstream-worker-host';

serveUpstreamCalls(self as unknown as WorkerScope);
