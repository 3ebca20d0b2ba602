// @vitest-environment node
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { CROSSWALKS, UNIT_SETS } from '../mocks/data/unit-history';
import { COMMUNES_2025_07 } from '../mocks/data/units-2025-07.generated';
import { DEMO_DISTRICTS } from '../mocks/data/units';
import { chainCrosswalks, groupByFormerDistrict } from '../src/domain/unit-history';
import { normaliseBoundaries } from '../src/sources/boundaries/normalise';
import { reconcileBoundaries } from '../src/sources/boundaries/reconcile';
import { ringSignedArea } from '../src/sources/boundaries/winding';
import { geometryAreaM2 } from './geo-area';
import {
  DEMO_COMMUNES_2025_FILE,
  DEMO_DISTRICTS_2025_FILE,
  DEMO_FILE,
  OSM_REGION_FILE,
  demoBoundaryTexts,
  haTinhOutline,
  makeDemoBoundarySets,
} from './make-demo-boundaries';

type Area = Polygon | MultiPolygon;
const polygonsOf = (g: Area): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const asClip = (g: Area) => polygonsOf(g) as ClipMultiPolygon;
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

const sets = makeDemoBoundarySets();
const texts = demoBoundaryTexts(sets);
const outline: ClipMultiPolygon = haTinhOutline();
const [set2020, set2025] = UNIT_SETS;
const [, toJul] = CROSSWALKS;
if (!set2020 || !set2025 || !toJul) throw new Error('unit history incomplete');
const byCode = (fc: FeatureCollection<Area>, key: string) => new Map(fc.features.map((f) => [String(f.properties?.[key]), f] as const));
const communes = byCode(sets.communes2025, 'ma_xa');
const districts2020 = byCode(sets.districts2020, 'ma_huyen');
const districts2025 = byCode(sets.districts2025, 'ma_huyen');
const shape = (map: ReadonlyMap<string, Feature<Area>>, code: string): Area => {
  const feature = map.get(code);
  if (!feature) throw new Error(`no shape for ${code}`);
  return feature.geometry;
};

const FACTS_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/boundaries/ha-tinh-communes-2025-facts.csv');

describe('the OpenStreetMap outline', () => {
  it('holds Hà Tĩnh and its two neighbours, Hà Tĩnh ≈ 5,994 km² (within 1 %)', async () => {
    const region = JSON.parse(await readFile(OSM_REGION_FILE, 'utf8')) as FeatureCollection;
    expect(region.features.map((f) => [f.properties?.iso_3166_2, f.properties?.role])).toEqual([
      ['VN-23', 'subject'],
      ['VN-22', 'neighbour'],
      ['VN-24', 'neighbour'],
    ]);
    expect(Math.abs(clipArea(outline) / 1e6 - 5994) / 5994).toBeLessThan(0.01);
  });
});

describe.each([
  ['demo-districts.geojson (2020–2024)', () => sets.districts2020, 'ma_huyen', () => set2020.districts.map((d) => d.code)],
  ['demo-districts-2025.geojson (1 Jan – 30 Jun 2025)', () => sets.districts2025, 'ma_huyen', () => set2025.districts.map((d) => d.code)],
  ['demo-communes-2025.geojson (from 1 Jul 2025)', () => sets.communes2025, 'ma_xa', () => COMMUNES_2025_07.map((c) => c.code)],
])('%s', (_name, collection, key, codes) => {
  it('has exactly one shape per unit of the set', () => {
    const fc = collection();
    expect(fc.features.map((f) => f.properties?.[key])).toEqual(codes());
  });

  it('tiles the outline: every shape inside it, no overlaps, no gaps', () => {
    const parts = collection().features.map((f) => asClip(f.geometry));
    for (const part of parts) expect(clipArea(polygonClipping.difference(part, outline)) / clipArea(part)).toBeLessThan(0.002);
    const [first = [], ...rest] = parts;
    const union = polygonClipping.union(first, ...rest);
    const sum = parts.reduce((s, p) => s + clipArea(p), 0);
    expect(Math.abs(sum - clipArea(union)) / sum).toBeLessThan(0.001);
    expect(Math.abs(clipArea(union) - clipArea(outline)) / clipArea(outline)).toBeLessThan(0.002);
  });

  it('writes 4-decimal coordinates, RFC 7946 winding', () => {
    for (const feature of collection().features) {
      for (const [exterior] of polygonsOf(feature.geometry)) expect(ringSignedArea(exterior ?? [])).toBeGreaterThan(0);
      const numbers = polygonsOf(feature.geometry).flat(3);
      expect(numbers.every((c) => Math.abs(c * 1e4 - Math.round(c * 1e4)) < 1e-6)).toBe(true);
    }
  });
});

describe('the 69 communes and wards', () => {
  it.runIf(existsSync(FACTS_CSV))('have the codes of the facts table', async () => {
    const csv = await readFile(FACTS_CSV, 'utf8');
    const codes = csv.trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect([...communes.keys()]).toEqual(codes);
  });

  it.each(COMMUNES_2025_07.map((c) => [c.code, c] as const))('%s holds its own interior point and no other shape does', (code, unit) => {
    for (const [other, feature] of communes) expect(contains(feature.geometry, [unit.lon, unit.lat])).toBe(other === code);
  });

  it('lean towards real areas: Xã Vũ Quang (533.5 km²) is several times Phường Thành Sen (28.2 km²)', () => {
    const vuQuang = COMMUNES_2025_07.find((c) => c.name === 'Xã Vũ Quang')?.code ?? '';
    expect(geometryAreaM2(shape(communes, vuQuang)) / geometryAreaM2(shape(communes, '18073'))).toBeGreaterThan(5);
  });
});

describe('the district sets nest with the communes', () => {
  it.each([
    ['2020–2024', () => groupByFormerDistrict(chainCrosswalks(CROSSWALKS), new Map(set2020.communes.map((c) => [c.code, c.parentCode ?? '']))), districts2020],
    ['2025', () => groupByFormerDistrict(toJul, new Map(set2025.communes.map((c) => [c.code, c.parentCode ?? '']))), districts2025],
  ] as const)('%s: each commune point lies in the district it is grouped with', (_label, grouping, districts) => {
    for (const unit of COMMUNES_2025_07) {
      const district = grouping().groupOf.get(unit.code) ?? '';
      expect(contains(shape(districts, district), [unit.lon, unit.lat]), `${unit.code} in ${district}`).toBe(true);
    }
  });

  it.each(DEMO_DISTRICTS.map((d) => [d.code, d] as const))('district %s holds its seat (domain brief A.1) in 2020–2024, and in 2025 as it was then', (code, district) => {
    const seat: [number, number] = [district.seat.lon, district.seat.lat];
    for (const [other, feature] of districts2020) expect(contains(feature.geometry, seat), `seat of ${code} in ${other}`).toBe(other === code);
    const in2025 = code === '448' ? '445' : code;
    for (const [other, feature] of districts2025) expect(contains(feature.geometry, seat), `seat of ${code} in ${other} (2025)`).toBe(other === in2025);
  });

  it('Lộc Hà (448) of 2020–2024 lies inside Thạch Hà (445) of 2025', () => {
    const locHa = asClip(shape(districts2020, '448'));
    expect(clipArea(polygonClipping.difference(locHa, asClip(shape(districts2025, '445')))) / clipArea(locHa)).toBeLessThan(0.001);
  });

  it('Hà Tĩnh city grows on 1 Jan 2025 (14 communes joined it)', () => {
    expect(geometryAreaM2(shape(districts2025, '436')) / geometryAreaM2(shape(districts2020, '436'))).toBeGreaterThan(1.5);
  });
});

describe('the committed files', () => {
  it.each([DEMO_FILE, DEMO_DISTRICTS_2025_FILE, DEMO_COMMUNES_2025_FILE])('%s is what the generator makes now (run `npm run boundaries:demo`)', async (file) => {
    expect(await readFile(file, 'utf8')).toBe(texts[file]);
  });

  it('stay small (under 40 KB each)', async () => {
    for (const file of [DEMO_FILE, DEMO_DISTRICTS_2025_FILE, DEMO_COMMUNES_2025_FILE]) expect((await readFile(file)).byteLength).toBeLessThan(40 * 1024);
  });

  it('demo-districts.geojson loads with the demo config (codeProperty "ma_huyen") and matches the 13 units', async () => {
    const raw: unknown = JSON.parse(await readFile(DEMO_FILE, 'utf8'));
    const boundaries = normaliseBoundaries(raw, { codeProperty: 'ma_huyen', sourceName: 'demo' });
    expect(reconcileBoundaries(boundaries.codes, set2020.districts.map((d) => d.code))).toEqual({ missingShapes: [], unknownShapes: [] });
  });

  it('are made from public facts only: the generator reads the OSM outline and no unit boundary file', async () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    for (const file of ['make-demo-boundaries.ts', 'power-cells.ts']) {
      const source = await readFile(path.join(dir, file), 'utf8');
      expect(source).not.toMatch(/fixtures|ha-tinh-districts-2019|ha-tinh-communes-2025\.geojson|from '[^']*\.(geo|topo)?json'/);
      expect(source.match(/readFileSync\(|readFile\(/g) ?? []).toHaveLength(file === 'make-demo-boundaries.ts' ? 1 : 0);
    }
  });
});
