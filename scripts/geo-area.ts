import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Mean Earth radius (WGS 84 authalic, m). */
const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Area of a ring on the sphere, in m², unsigned. Chamberlain & Duquette (2007), "Some algorithms for polygons on a
 * sphere": accurate to well under 1 % at district scale, which is all the import checks need.
 */
export function ringAreaM2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) sum += rad((b[0] ?? 0) - (a[0] ?? 0)) * (2 + Math.sin(rad(a[1] ?? 0)) + Math.sin(rad(b[1] ?? 0)));
  }
  return Math.abs((sum * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

function polygonAreaM2(rings: readonly Position[][]): number {
  return rings.reduce((area, ring, i) => area + (i === 0 ? ringAreaM2(ring) : -ringAreaM2(ring)), 0);
}

export function geometryAreaM2(geometry: Geometry | null): number {
  if (!geometry) return 0;
  if (geometry.type === 'Polygon') return polygonAreaM2(geometry.coordinates);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.reduce((a, p) => a + polygonAreaM2(p), 0);
  return 0;
}

export function featureAreaKm2(feature: Feature): number {
  return geometryAreaM2(feature.geometry) / 1e6;
}

export function totalAreaKm2(collection: FeatureCollection): number {
  return collection.features.reduce((sum, f) => sum + featureAreaKm2(f), 0);
}

/** Compact GeoJSON with one feature per line: small on the wire, readable in a diff. */
export function stringifyFeatureCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Rounds every coordinate to `decimals` and drops vertices that rounding made repeat. */
export function roundRing(ring: readonly Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const p of ring) {
    const q = [Math.round((p[0] ?? 0) * factor) / factor, Math.round((p[1] ?? 0) * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}
