import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rewindGeometry, ringSignedArea } from './winding';

const ccw = [[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]];
const cw = ccw.toReversed();

describe('ringSignedArea', () => {
  it.each([
    { name: 'counter-clockwise is positive', ring: ccw, expected: 4 },
    { name: 'clockwise is negative', ring: cw, expected: -4 },
    { name: 'degenerate is zero', ring: [[0, 0], [1, 1], [0, 0]], expected: 0 },
  ])('$name', ({ ring, expected }) => {
    expect(ringSignedArea(ring)).toBeCloseTo(expected);
  });
});

describe('rewindGeometry', () => {
  it('orients every polygon of a MultiPolygon, exterior and holes alike', () => {
    const hole = [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]]; // counter-clockwise: wrong for a hole
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[cw, hole], [ccw]] };
    const rfc = rewindGeometry(geometry, 'rfc7946');
    expect(rfc.coordinates.map((p) => p.map((r) => Math.sign(ringSignedArea(r))))).toEqual([[1, -1], [1]]);
    const d3 = rewindGeometry(geometry, 'd3');
    expect(d3.coordinates.map((p) => p.map((r) => Math.sign(ringSignedArea(r))))).toEqual([[-1, 1], [-1]]);
  });

  it('does not mutate its input', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[cw]] };
    rewindGeometry(geometry, 'rfc7946');
    expect(geometry.coordinates[0]?.[0]).toEqual(cw);
  });
});
