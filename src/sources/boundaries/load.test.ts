import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../tests/setup';
import type { BoundariesConfig } from '../../config/schema';
import { UpstreamError } from '../../lib/http';
import { loadBoundaries } from './load';

const geoJsonConfig: BoundariesConfig = { url: '/geo/test.geojson', format: 'geojson', codeProperty: 'ma', illustrative: true };
const topoConfig: BoundariesConfig = { url: '/geo/test.topojson', format: 'topojson', codeProperty: 'ma', object: 'huyen', illustrative: false };

const squares = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { ma: '436' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] } },
  ],
};

/** Two unit squares sharing the edge x = 1, as a hand-written topology (arc 0 is the shared edge). */
const topology = {
  type: 'Topology',
  arcs: [
    [[1, 0], [1, 1]],
    [[1, 1], [0, 1], [0, 0], [1, 0]],
    [[1, 0], [2, 0], [2, 1], [1, 1]],
  ],
  objects: {
    huyen: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { ma: '436' } },
        { type: 'Polygon', arcs: [[2, -1]], properties: { ma: 437 } },
      ],
    },
  },
};

function serve(path: string, respond: () => Response) {
  server.use(http.get(`*${path}`, respond));
}

async function failure(config: BoundariesConfig): Promise<UpstreamError> {
  const error: unknown = await loadBoundaries(config).catch((e: unknown) => e);
  if (error instanceof UpstreamError) return error;
  throw new Error(`expected an UpstreamError, got ${String(error)}`);
}

describe('loadBoundaries', () => {
  it('loads and normalises a GeoJSON file from the configured URL', async () => {
    serve('/geo/test.geojson', () => HttpResponse.json(squares));
    const boundaries = await loadBoundaries(geoJsonConfig);
    expect(boundaries.codes).toEqual(['436']);
    expect(boundaries.version).toContain('/geo/test.geojson');
  });

  it('reads the named TopoJSON object, shared arcs included', async () => {
    serve('/geo/test.topojson', () => HttpResponse.json(topology));
    const boundaries = await loadBoundaries(topoConfig);
    expect(boundaries.codes).toEqual(['436', '437']);
    expect(boundaries.bbox).toEqual([0, 0, 2, 1]);
  });

  it('takes the first TopoJSON object when none is named', async () => {
    serve('/geo/test.topojson', () => HttpResponse.json(topology));
    const { object: _unused, ...config } = topoConfig;
    expect((await loadBoundaries(config)).codes).toEqual(['436', '437']);
  });

  it.each([
    { name: 'HTTP 404', respond: () => new HttpResponse(null, { status: 404 }), kind: 'http', status: 404 },
    { name: 'not JSON', respond: () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }), kind: 'parse', status: undefined },
    { name: 'wrong shape', respond: () => HttpResponse.json({ type: 'Topology' }), kind: 'schema', status: undefined },
    { name: 'network down', respond: () => HttpResponse.error(), kind: 'network', status: undefined },
  ])('$name → UpstreamError($kind) from "boundaries"', async ({ respond, kind, status }) => {
    serve('/geo/test.geojson', respond);
    const error = await failure(geoJsonConfig);
    expect(error.source).toBe('boundaries');
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it('names the available objects when the configured TopoJSON object is absent', async () => {
    serve('/geo/test.topojson', () => HttpResponse.json(topology));
    const error = await failure({ ...topoConfig, object: 'xa' });
    expect(error.kind).toBe('schema');
    expect(error.message).toContain('huyen');
  });

  it('reports a TopoJSON whose arcs do not resolve as a schema error', async () => {
    const broken = { ...topology, objects: { huyen: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]], properties: { ma: '1' } }] } } };
    serve('/geo/test.topojson', () => HttpResponse.json(broken));
    expect((await failure(topoConfig)).kind).toBe('schema');
  });
});
