import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../lib/http';
import { normaliseBoundaries } from './normalise';
import { ringSignedArea } from './winding';

const square = (x: number, y: number, size = 1): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const clockwise = (ring: Position[]) => ring.toReversed();
const feature = (properties: Record<string, unknown> | null, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const polygon = (...rings: unknown[][]) => ({ type: 'Polygon', coordinates: rings });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const options = { codeProperty: 'ma_huyen', sourceName: '/geo/test.geojson' };

function thrown(fn: () => unknown): UpstreamError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UpstreamError) return error;
    throw error;
  }
  throw new Error('expected an UpstreamError');
}

describe('normaliseBoundaries: bad files', () => {
  it.each([
    { name: 'not a FeatureCollection', raw: { type: 'Feature' }, path: 'type' },
    { name: 'no features', raw: collection(), path: 'features' },
    { name: 'a point among the areas', raw: collection(feature({ ma_huyen: '1' }, { type: 'Point', coordinates: [1, 2] })), path: 'features[0].geometry.type' },
    { name: 'a feature without geometry', raw: collection(feature({ ma_huyen: '1' }, null)), path: 'features[0].geometry' },
    { name: 'a coordinate that is a string', raw: collection(feature({ ma_huyen: '1' }, polygon([[0, 0], ['1', 0], [1, 1]]))), path: 'features[0].geometry.coordinates[0][1][0]' },
    {
      name: 'a missing code on the second feature',
      raw: collection(feature({ ma_huyen: '1' }, polygon(square(0, 0))), feature({ ten: 'X' }, polygon(square(1, 0)))),
      path: 'features[1].properties.ma_huyen',
    },
    { name: 'null properties', raw: collection(feature(null, polygon(square(0, 0)))), path: 'features[0].properties.ma_huyen' },
    { name: 'an empty-string code', raw: collection(feature({ ma_huyen: '  ' }, polygon(square(0, 0)))), path: 'features[0].properties.ma_huyen' },
    {
      name: 'projected coordinates (VN-2000 metres)',
      raw: collection(feature({ ma_huyen: '1' }, polygon(square(560_000, 2_030_000, 1000)))),
      path: 'features[0].geometry.coordinates[0]',
    },
    {
      name: 'a ring of two distinct corners',
      raw: collection(feature({ ma_huyen: '1' }, { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 1], [0, 0]]]] })),
      path: 'features[0].geometry.coordinates[0][0]',
    },
  ])('$name → schema error at $path', ({ raw, path }) => {
    const error = thrown(() => normaliseBoundaries(raw, options));
    expect(error.source).toBe('boundaries');
    expect(error.kind).toBe('schema');
    expect(error.fieldPaths).toContain(path);
    expect(error.message).toContain('/geo/test.geojson');
  });

  it('names the configured code property when codes are missing', () => {
    const error = thrown(() => normaliseBoundaries(collection(feature({ code: '1' }, polygon(square(0, 0)))), options));
    expect(error.message).toContain('"ma_huyen"');
  });

  it('lists at most five offending paths', () => {
    const features = Array.from({ length: 8 }, (_, i) => feature({}, polygon(square(i, 0))));
    expect(thrown(() => normaliseBoundaries(collection(...features), options)).fieldPaths).toHaveLength(5);
  });
});

describe('normaliseBoundaries: winding', () => {
  const hole = square(0.25, 0.25, 0.5);
  it.each([
    { name: 'counter-clockwise input', exterior: square(0, 0, 1), hole: clockwise(hole) },
    { name: 'clockwise input (as the GSO portal exports)', exterior: clockwise(square(0, 0, 1)), hole },
  ])('$name comes out RFC 7946: exterior counter-clockwise, hole clockwise', ({ exterior, hole: inner }) => {
    const result = normaliseBoundaries(collection(feature({ ma_huyen: '436' }, polygon(exterior, inner))), options);
    const geometry = result.collection.features[0]?.geometry;
    if (geometry?.type !== 'Polygon') throw new Error('expected a Polygon');
    expect(ringSignedArea(geometry.coordinates[0] ?? [])).toBeGreaterThan(0);
    expect(ringSignedArea(geometry.coordinates[1] ?? [])).toBeLessThan(0);
  });

  it('rewinds to the d3 convention when asked', () => {
    const result = normaliseBoundaries(collection(feature({ ma_huyen: '436' }, polygon(square(0, 0)))), { ...options, winding: 'd3' });
    const geometry = result.collection.features[0]?.geometry;
    if (geometry?.type !== 'Polygon') throw new Error('expected a Polygon');
    expect(ringSignedArea(geometry.coordinates[0] ?? [])).toBeLessThan(0);
  });
});

describe('normaliseBoundaries: normalisation', () => {
  it('keeps only the code, as a string, and computes the bbox', () => {
    const raw = collection(
      feature({ ma_huyen: 436, ten: 'Hà Tĩnh', dien_tich: 56.5 }, polygon(square(105.8, 18.3, 0.1))),
      feature({ ma_huyen: ' 437 ' }, polygon(square(105.6, 18.5, 0.1))),
    );
    const result = normaliseBoundaries(raw, options);
    expect(result.codes).toEqual(['436', '437']);
    expect(result.collection.features.map((f) => f.properties)).toEqual([{ code: '436' }, { code: '437' }]);
    expect(result.bbox[0]).toBeCloseTo(105.6);
    expect(result.bbox[1]).toBeCloseTo(18.3);
    expect(result.bbox[2]).toBeCloseTo(105.9);
    expect(result.bbox[3]).toBeCloseTo(18.6);
  });

  it('merges features that share a code (an island exported apart) into one MultiPolygon', () => {
    const raw = collection(
      feature({ ma_huyen: '442' }, polygon(square(0, 0))),
      feature({ ma_huyen: '443' }, polygon(square(1, 0))),
      feature({ ma_huyen: '442' }, polygon(square(5, 5, 0.1))),
    );
    const result = normaliseBoundaries(raw, options);
    expect(result.codes).toEqual(['442', '443']);
    const merged = result.collection.features[0]?.geometry;
    expect(merged?.type).toBe('MultiPolygon');
    expect(merged?.type === 'MultiPolygon' && merged.coordinates).toHaveLength(2);
  });

  it('closes open rings and drops altitude', () => {
    const raw = collection(feature({ ma_huyen: '1' }, polygon([[0, 0, 12], [1, 0, 12], [1, 1, 9]])));
    const geometry = normaliseBoundaries(raw, options).collection.features[0]?.geometry;
    if (geometry?.type !== 'Polygon') throw new Error('expected a Polygon');
    const ring = geometry.coordinates[0] ?? [];
    expect(ring).toHaveLength(4);
    expect(ring[0]).toEqual(ring[3]);
    expect(ring.every((p) => p.length === 2)).toBe(true);
  });

  it('gives different versions to different sources and feature counts', () => {
    const one = normaliseBoundaries(collection(feature({ ma_huyen: '1' }, polygon(square(0, 0)))), options);
    const other = normaliseBoundaries(collection(feature({ ma_huyen: '1' }, polygon(square(0, 0)))), { ...options, sourceName: '/geo/x.geojson' });
    expect(one.version).not.toBe(other.version);
  });
});
