// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS } from '../mocks/data/units';
import { normaliseBoundaries } from '../src/sources/boundaries/normalise';
import { reconcileBoundaries } from '../src/sources/boundaries/reconcile';
import { ringSignedArea } from '../src/sources/boundaries/winding';
import { geometryAreaM2 } from './geo-area';
import { DEMO_FILE, HA_TINH_OUTLINE, demoBoundariesText, demoSeats, makeDemoBoundaries } from './make-demo-boundaries';

type Area = Polygon | MultiPolygon;
const polygonsOf = (g: Area): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const clipArea = (mp: ClipMultiPolygon) => geometryAreaM2({ type: 'MultiPolygon', coordinates: mp });

function contains(geometry: Area, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of polygonsOf(geometry).flat())
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax = 0, ay = 0] = ring[i] ?? [];
      const [bx = 0, by = 0] = ring[j] ?? [];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
    }
  return inside;
}

const demo: FeatureCollection<Area> = makeDemoBoundaries(demoSeats());
const area = (code: string) => geometryAreaM2(demo.features.find((f) => f.properties?.ma_huyen === code)?.geometry ?? null);
const outline: ClipMultiPolygon = [[[...HA_TINH_OUTLINE]]];

describe('the hand-drawn outline', () => {
  it('has 15 – 30 vertices inside the province bbox', () => {
    const vertices = HA_TINH_OUTLINE.slice(0, -1);
    expect(vertices.length).toBeGreaterThanOrEqual(15);
    expect(vertices.length).toBeLessThanOrEqual(30);
    expect(HA_TINH_OUTLINE[0]).toEqual(HA_TINH_OUTLINE.at(-1));
    for (const [lon, lat] of vertices) {
      expect(lon).toBeGreaterThanOrEqual(105.1);
      expect(lon).toBeLessThanOrEqual(106.51);
      expect(lat).toBeGreaterThanOrEqual(17.91);
      expect(lat).toBeLessThanOrEqual(18.81);
    }
  });

  it('is about the size of the province (5,994 km²), within 10 %', () => {
    expect(Math.abs(clipArea(outline) / 1e6 - 5994) / 5994).toBeLessThan(0.1);
  });
});

describe('makeDemoBoundaries', () => {
  it('makes one feature per demo district with ma_huyen and ten', () => {
    expect(demo.features.map((f) => f.properties?.ma_huyen)).toEqual(DEMO_DISTRICTS.map((d) => d.code));
    expect(demo.features.find((f) => f.properties?.ma_huyen === '449')?.properties?.ten).toBe('Thị xã Kỳ Anh');
    expect(demo.features.find((f) => f.properties?.ma_huyen === '447')?.properties?.ten).toBe('Huyện Kỳ Anh');
  });

  it.each(DEMO_DISTRICTS.map((d) => [d.code, d] as const))('district %s contains its own seat and no other', (code, district) => {
    for (const feature of demo.features) {
      const isOwn = feature.properties?.ma_huyen === code;
      expect(contains(feature.geometry, [district.seat.lon, district.seat.lat])).toBe(isOwn);
    }
  });

  it('tiles the outline: no overlaps, no gaps', () => {
    const parts = demo.features.map((f) => polygonsOf(f.geometry) as ClipMultiPolygon);
    const [first = [], ...rest] = parts;
    const union = polygonClipping.union(first, ...rest);
    const sum = demo.features.reduce((s, f) => s + geometryAreaM2(f.geometry), 0);
    expect(Math.abs(sum - clipArea(union)) / sum).toBeLessThan(0.001);
    expect(Math.abs(clipArea(union) - clipArea(outline)) / clipArea(outline)).toBeLessThan(0.002);
    expect(union.every((polygon) => polygon.length === 1)).toBe(true);
  });

  it('leans towards real areas: the largest district is several times the city', () => {
    expect(area('444') / area('436')).toBeGreaterThan(3);
    expect(area('439') / area('437')).toBeGreaterThan(3);
  });

  it('writes 4-decimal coordinates, RFC 7946 winding', () => {
    for (const feature of demo.features) {
      for (const [exterior] of polygonsOf(feature.geometry)) expect(ringSignedArea(exterior ?? [])).toBeGreaterThan(0);
      const numbers = polygonsOf(feature.geometry).flat(3);
      expect(numbers.every((c) => Math.abs(c * 1e4 - Math.round(c * 1e4)) < 1e-6)).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(demoBoundariesText()).toBe(demoBoundariesText());
  });
});

describe('public/geo/demo-districts.geojson', () => {
  it('is what the generator makes now (run `npm run boundaries:demo` after changing it)', async () => {
    expect(await readFile(DEMO_FILE, 'utf8')).toBe(demoBoundariesText());
  });

  it('loads in the app with the demo config (codeProperty "ma_huyen") and matches the 13 units', async () => {
    const raw: unknown = JSON.parse(await readFile(DEMO_FILE, 'utf8'));
    const boundaries = normaliseBoundaries(raw, { codeProperty: 'ma_huyen', sourceName: 'demo' });
    expect(reconcileBoundaries(boundaries.codes, DEMO_DISTRICTS.map((d) => d.code))).toEqual({ missingShapes: [], unknownShapes: [] });
  });

  it('stays small', async () => {
    expect((await readFile(DEMO_FILE)).byteLength).toBeLessThan(8 * 1024);
  });

  it('is made from public facts only: the generator reads no boundary file', async () => {
    const source = await readFile(path.join(path.dirname(fileURLToPath(import.meta.url)), 'make-demo-boundaries.ts'), 'utf8');
    expect(source).not.toMatch(/fixtures|readFile|createReadStream|from '[^']*\.(geo|topo)?json'/);
  });
});
