import * as z from 'zod/mini';
import type { SourceConfig, SourceId } from '../config/schema';

/**
 * Every failure on the way from an upstream system to the domain model, named by system:
 *   network   the system could not be reached (the browser itself is online)
 *   offline   the browser has no connection
 *   timeout   no complete answer within the configured time
 *   http      a non-2xx status
 *   refused   a 2xx answer whose envelope says the request was refused (the system's own reason is in `detail`)
 *   parse     not JSON
 *   schema    JSON of an unexpected shape (field paths in `fieldPaths`)
 *   too-large more records than the request allowed (a paging or filtering fault upstream)
 */
export type UpstreamErrorKind = 'network' | 'offline' | 'timeout' | 'http' | 'refused' | 'parse' | 'schema' | 'too-large';

/** The configured upstream systems, plus the boundary file the map loads (config.boundaries.url). */
export type UpstreamSourceId = SourceId | 'boundaries';

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(
    readonly source: UpstreamSourceId,
    readonly kind: UpstreamErrorKind,
    message: string,
    /** For kind 'http': the status; for 'schema': the offending field paths, e.g. `data[3].so_luong`. */
    readonly status?: number,
    readonly fieldPaths: readonly string[] = [],
    /** For 'refused': the system's own words; for 'timeout': the seconds waited; for 'too-large': "received/allowed". */
    readonly detail?: string,
  ) {
    super(message);
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}

/** Seconds an upstream request may take, answer body included, when the config does not say. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * Failures that may pass on their own (a blip, a busy or restarting system) are worth another try; a refusal, a
 * wrong shape or a 4xx will answer the same way again, so retrying would only delay the message.
 */
export function isTransient(error: unknown): boolean {
  if (!isUpstreamError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && (error.status === undefined || error.status >= 500 || error.status === 429 || error.status === 408);
}

/** The refusal of an envelope-style API that answers HTTP 200 with its own status field. */
export function refusal(source: UpstreamSourceId, reason: string): UpstreamError {
  return new UpstreamError(source, 'refused', `${source} refused the request: ${reason}`, undefined, [], reason);
}

/** A system that sent more records than asked for: its paging or filter is broken, and the figures cannot be trusted. */
export function tooManyRows(source: UpstreamSourceId, received: number, allowed: number, path: string): UpstreamError {
  return new UpstreamError(source, 'too-large', `${source} sent ${received} records at ${path}, at most ${allowed} were asked for`, undefined, [path], `${received}/${allowed}`);
}

function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * In demo mode the fake upstream systems start in a service worker while the page already renders; requests wait
 * for them here rather than racing past them to a server that does not exist.
 */
let upstreamReady: Promise<unknown> = Promise.resolve();
let fakesInPage = false;
export function waitForUpstreamBefore(fetching: Promise<unknown>) {
  upstreamReady = fetching;
  fakesInPage = true;
}

/** Whether the upstream systems are the demo's fakes, answering from this page (through its Mock Service Worker). */
export function upstreamFakedInPage(): boolean {
  return fakesInPage;
}

/** Settles once the upstream systems can be asked: at once, or when the demo's fakes answer (rejects if they failed). */
export function upstreamReadiness(): Promise<unknown> {
  return upstreamReady;
}

/** Resolves a configured base URL (absolute, or a path on this origin) plus a path and query. */
export function buildUrl(baseUrl: string, path: string, query: Record<string, string | number | undefined> = {}): string {
  // `globalThis.location`: the page's address in the page, the worker script's in the upstream worker (same origin).
  const origin = typeof globalThis.location === 'undefined' ? 'http://localhost' : globalThis.location.href;
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, origin);
  const url = new URL(path.replace(/^\//, ''), base);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/**
 * GET a JSON document from an upstream system and validate it against that system's wire schema.
 * No UI side effects here: callers (query functions) turn errors into panel states.
 */
export async function getJson<S extends z.ZodMiniType>(
  source: SourceId,
  config: SourceConfig,
  path: string,
  schema: S,
  options: { query?: Record<string, string | number | undefined>; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  const url = buildUrl(config.baseUrl, path, options.query);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (config.auth) headers[config.auth.header] = config.auth.value;
  await upstreamReady;
  options.signal?.throwIfAborted();

  // One controller for both reasons to stop: the caller gave up (rethrown as AbortError, no message needed), or the
  // system took longer than its timeout (an UpstreamError the panel shows). The timer also covers a body that stalls.
  const seconds = config.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, seconds * 1000);
  const onCallerAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const timeoutError = () => new UpstreamError(source, 'timeout', `No answer from ${url} within ${seconds} s`, undefined, [], String(seconds));
  const stopped = (cause: unknown): never => {
    if (timedOut) throw timeoutError();
    throw cause;
  };

  try {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: controller.signal });
    } catch (cause) {
      // Checked by name: jsdom and Node each have their own DOMException class.
      if (cause instanceof Error && cause.name === 'AbortError') stopped(cause);
      if (browserOffline()) throw new UpstreamError(source, 'offline', `Offline: ${url} not requested`);
      throw new UpstreamError(source, 'network', `Không kết nối được tới ${url}`);
    }
    if (!response.ok) {
      throw new UpstreamError(source, 'http', `HTTP ${response.status} từ ${url}`, response.status);
    }
    let raw: unknown;
    try {
      raw = await response.json();
    } catch (cause) {
      if (cause instanceof Error && cause.name === 'AbortError') stopped(cause);
      throw new UpstreamError(source, 'parse', `Dữ liệu trả về từ ${url} không phải JSON hợp lệ`);
    }
    const result = z.safeParse(schema, raw);
    if (!result.success) {
      const paths = result.error.issues.map((issue) => formatPath(issue.path) || '(gốc)');
      const first = result.error.issues[0];
      throw new UpstreamError(
        source,
        'schema',
        `Sai cấu trúc dữ liệu tại ${paths[0] ?? '(gốc)'}: ${first?.message ?? ''}`,
        undefined,
        [...new Set(paths)],
      );
    }
    return result.data;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}
