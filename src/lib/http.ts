import * as z from 'zod/mini';
import type { SourceConfig, SourceId } from '../config/schema';

/** Every failure on the way from an upstream system to the domain model, named by system. */
export type UpstreamErrorKind = 'network' | 'http' | 'parse' | 'schema';

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
  ) {
    super(message);
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}

/**
 * In demo mode the fake upstream systems start in a service worker while the page already renders; requests wait
 * for them here rather than racing past them to a server that does not exist.
 */
let upstreamReady: Promise<unknown> = Promise.resolve();
export function waitForUpstreamBefore(fetching: Promise<unknown>) {
  upstreamReady = fetching;
}

/** Resolves a configured base URL (absolute, or a path on this origin) plus a path and query. */
export function buildUrl(baseUrl: string, path: string, query: Record<string, string | number | undefined> = {}): string {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.href;
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
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: options.signal });
  } catch (cause) {
    // Checked by name: jsdom and Node each have their own DOMException class.
    if (cause instanceof Error && cause.name === 'AbortError') throw cause;
    throw new UpstreamError(source, 'network', `Không kết nối được tới ${url}`);
  }
  if (!response.ok) {
    throw new UpstreamError(source, 'http', `HTTP ${response.status} từ ${url}`, response.status);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
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
}
