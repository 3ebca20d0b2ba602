import type { BoundariesConfig } from '../../config/schema';
import { UpstreamError } from '../../lib/http';
import { normaliseBoundaries, type Boundaries } from './normalise';
import { topologyToGeoJson } from './topojson';
import type { Winding } from './winding';

/** Resolves the configured URL (absolute, or a path on this origin) as the browser would. */
export function resolveBoundariesUrl(url: string): string {
  // `globalThis.location`: the page's address, or in the upstream worker the worker script's (same origin).
  const origin = typeof globalThis.location === 'undefined' ? 'http://localhost' : globalThis.location.href;
  return new URL(url, origin).toString();
}

/**
 * Fetches the boundary file named in config.boundaries at run time (it is never bundled), validates and normalises it.
 * Failures are UpstreamError with source 'boundaries', like any other upstream system.
 */
export async function loadBoundaries(
  config: BoundariesConfig,
  options: { signal?: AbortSignal; winding?: Winding } = {},
): Promise<Boundaries> {
  const url = resolveBoundariesUrl(config.url);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' }, signal: options.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new UpstreamError('boundaries', 'network', `Không tải được tệp ranh giới ${url}`);
  }
  if (!response.ok) throw new UpstreamError('boundaries', 'http', `HTTP ${response.status} khi tải tệp ranh giới ${url}`, response.status);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new UpstreamError('boundaries', 'parse', `Tệp ranh giới ${url} không phải JSON hợp lệ`);
  }
  const geoJson = config.format === 'topojson' ? await topologyToGeoJson(raw, config.object, config.url) : raw;
  const boundaries = normaliseBoundaries(geoJson, { codeProperty: config.codeProperty, sourceName: config.url, winding: options.winding });
  // The unit set is part of the identity: codes are reused across sets, so a new set always rebuilds the layer.
  return { ...boundaries, version: `${config.unitSet ?? ''}:${config.format}:${config.object ?? ''}:${boundaries.version}` };
}
