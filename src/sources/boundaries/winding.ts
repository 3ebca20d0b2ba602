import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Ring orientation. RFC 7946 wants exterior rings counter-clockwise and holes clockwise; d3-geo wants the opposite
 * (it reads a ring as "the area on its right", so a counter-clockwise exterior becomes the whole globe minus the
 * unit); Leaflet fills with the even-odd rule and draws either. GIS exports come both ways (the GSO-portal extracts
 * are clockwise), so every file is rewound to one convention on load.
 */
export type Winding = 'rfc7946' | 'd3';

/** Twice the signed planar area in lon/lat: positive when the ring runs counter-clockwise (x east, y north). */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((a[1] ?? 0) + (b[1] ?? 0));
  }
  return sum;
}

function oriented(ring: Position[], counterClockwise: boolean): Position[] {
  const isCounterClockwise = ringSignedArea(ring) > 0;
  return isCounterClockwise === counterClockwise ? ring : ring.toReversed();
}

/** First ring is the exterior, the rest are holes (GeoJSON's rule). */
export function rewindPolygon(rings: Position[][], winding: Winding): Position[][] {
  const exteriorCounterClockwise = winding === 'rfc7946';
  return rings.map((ring, i) => oriented(ring, i === 0 ? exteriorCounterClockwise : !exteriorCounterClockwise));
}

export function rewindGeometry<G extends Polygon | MultiPolygon>(geometry: G, winding: Winding): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates, winding) };
  return { ...geometry, coordinates: geometry.coordinates.map((polygon) => rewindPolygon(polygon, winding)) };
}
