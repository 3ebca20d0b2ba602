/**
 * Makes the demo's own, openly illustrative boundaries for every unit set, from public facts only, inside Hà Tĩnh's
 * true outline (OpenStreetMap, ODbL: public/geo/LICENSE-ODbL.md). The map labels these shapes as illustrative.
 *
 *   npm run boundaries:demo            (writes the three files below into public/geo/)
 *
 * - demo-communes-2025.geojson — the 69 communes and wards from 1 Jul 2025 (`ma_xa`): each the cell of the unit's
 *   published interior point in a power diagram whose weights lean the cells towards the units' published areas.
 * - demo-districts.geojson — the 13 districts of 2020–2024 (`ma_huyen`), and
 *   demo-districts-2025.geojson — the 12 districts of 1 Jan – 30 Jun 2025 (Lộc Hà inside Thạch Hà): each the union of
 *   the 2025 cells that came mostly from that district (through the crosswalk chain), so the three maps nest and
 *   a unit keeps its place when the period crosses a change. Units sit in their true relative positions (every
 *   district seat of the domain brief falls in its own district); their borders and areas are not real. One visible
 *   consequence: Thạch Hà of 2020–2024 is drawn in two pieces, either side of the city, because the new unit that
 *   holds the old city centre reaches Cẩm Xuyên.
 *
 * Only the OSM outline is read; no official or third-party unit boundary is.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon, type Pair } from 'polygon-clipping';
import { CROSSWALKS, UNIT_SETS } from '../mocks/data/unit-history';
import { COMMUNES_2025_07 } from '../mocks/data/units-2025-07.generated';
import { chainCrosswalks, groupByFormerDistrict, type UnitSet } from '../src/domain/unit-history';
import { rewindGeometry } from '../src/sources/boundaries/winding';
import { roundRing, stringifyFeatureCollection } from './geo-area';
import { absorbStrayPieces, clippedCells, project, tunedWeights, unproject, type TuningOptions } from './power-cells';

const GEO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/geo');
/** OpenStreetMap outlines of Hà Tĩnh (role "subject") and its neighbours Nghệ An and Quảng Bình (role "neighbour"). */
export const OSM_REGION_FILE = path.join(GEO_DIR, 'osm-ha-tinh-and-neighbours.geojson');
export const DEMO_FILE = path.join(GEO_DIR, 'demo-districts.geojson');
export const DEMO_DISTRICTS_2025_FILE = path.join(GEO_DIR, 'demo-districts-2025.geojson');
export const DEMO_COMMUNES_2025_FILE = path.join(GEO_DIR, 'demo-communes-2025.geojson');

export const DEMO_DECIMALS = 4;

/** Real areas span 24 – 534 km²; a little damping keeps the smallest wards big enough to tap on a phone. */
const TUNING: TuningOptions = { areaExponent: 0.85, rounds: 150, sampleStep: 0.01 };

interface RegionFeature {
  readonly properties: { readonly iso_3166_2: string; readonly role: string };
  readonly geometry: MultiPolygon;
}

/** Hà Tĩnh's outline, [lon, lat] rings (mainland and two islets), from the OSM file. */
export function haTinhOutline(): Pair[][][] {
  const region = JSON.parse(readFileSync(OSM_REGION_FILE, 'utf8')) as { features: RegionFeature[] };
  const haTinh = region.features.find((f) => f.properties.iso_3166_2 === 'VN-23');
  if (!haTinh) throw new Error(`No Hà Tĩnh (VN-23) in ${OSM_REGION_FILE}`);
  return haTinh.geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon, lat] as Pair)));
}

export interface Site {
  readonly code: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  /** Real area, km²: only its share matters. */
  readonly areaKm2: number;
  readonly properties: Readonly<Record<string, string>>;
}

/** Snapping to 1e-9° makes the shared corners of neighbouring cells identical, so unions leave no slivers. */
const snap = (cell: ClipMultiPolygon): ClipMultiPolygon =>
  cell.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [Math.round(x * 1e9) / 1e9, Math.round(y * 1e9) / 1e9] as Pair)));

function toGeometry(cell: ClipMultiPolygon): Polygon | MultiPolygon {
  const polygons: Position[][][] = cell
    .map((polygon) => polygon.map((ring) => roundRing(ring.map((p) => unproject(p)), DEMO_DECIMALS)))
    .filter((polygon) => (polygon[0]?.length ?? 0) >= 4);
  const geometry: Polygon | MultiPolygon =
    polygons.length === 1 && polygons[0] ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
  return rewindGeometry(geometry, 'rfc7946');
}

/** Cells of the sites inside the outline (projected, unrounded), in the order of `sites`. */
export function siteCells(sites: readonly Site[], outline: readonly Pair[][][] = haTinhOutline()): ClipMultiPolygon[] {
  const projectedOutline: ClipMultiPolygon = outline.map((polygon) => polygon.map((ring) => ring.map(project)));
  const points = sites.map((s) => project([s.lon, s.lat]));
  const weights = tunedWeights(points, sites.map((s) => s.areaKm2), projectedOutline, TUNING);
  return absorbStrayPieces(clippedCells(points, weights, projectedOutline).map(snap), points).map(snap);
}

const collection = (features: Feature<Polygon | MultiPolygon>[]): FeatureCollection<Polygon | MultiPolygon> => ({ type: 'FeatureCollection', features });

/** The 69 units of 1 Jul 2025, from their published interior points and areas. */
export function communeSites(): Site[] {
  return COMMUNES_2025_07.map((c) => ({
    code: c.code,
    name: c.name,
    lon: c.lon,
    lat: c.lat,
    areaKm2: c.areaKm2,
    properties: { ma_xa: c.code, ten: c.name, loai: c.type },
  }));
}

export interface DemoBoundarySets {
  readonly communes2025: FeatureCollection<Polygon | MultiPolygon>;
  readonly districts2020: FeatureCollection<Polygon | MultiPolygon>;
  readonly districts2025: FeatureCollection<Polygon | MultiPolygon>;
}

/** Districts of a set as unions of the 2025 cells placed in them; the grouping rule is the domain's own. */
function districtsOf(set: UnitSet, placeOf: ReadonlyMap<string, string>, cellOf: ReadonlyMap<string, ClipMultiPolygon>) {
  return collection(
    set.districts.map((district) => {
      const parts = [...placeOf].filter(([, d]) => d === district.code).map(([unit]) => cellOf.get(unit) ?? []);
      const [first, ...rest] = parts;
      if (!first) throw new Error(`No 2025 unit lies mostly in district ${district.code}`);
      return { type: 'Feature', properties: { ma_huyen: district.code, ten: district.name }, geometry: toGeometry(polygonClipping.union(first, ...rest)) };
    }),
  );
}

/** All three demo boundary sets; deterministic, so the committed files can be checked. */
export function makeDemoBoundarySets(outline: readonly Pair[][][] = haTinhOutline()): DemoBoundarySets {
  const sites = communeSites();
  const cells = siteCells(sites, outline);
  const cellOf = new Map(sites.map((s, i) => [s.code, cells[i] ?? []]));
  const communes2025 = collection(sites.map((s, i) => ({ type: 'Feature', properties: { ...s.properties }, geometry: toGeometry(cells[i] ?? []) })));
  const [set2020, set2025] = UNIT_SETS;
  const [, toJul] = CROSSWALKS;
  if (!set2020 || !set2025 || !toJul) throw new Error('Unit history incomplete');
  const districtMap = (set: UnitSet) => new Map(set.communes.map((c) => [c.code, c.parentCode ?? '']));
  const place2020 = groupByFormerDistrict(chainCrosswalks(CROSSWALKS), districtMap(set2020)).groupOf;
  const place2025 = groupByFormerDistrict(toJul, districtMap(set2025)).groupOf;
  return { communes2025, districts2020: districtsOf(set2020, place2020, cellOf), districts2025: districtsOf(set2025, place2025, cellOf) };
}

export function demoBoundaryTexts(sets: DemoBoundarySets = makeDemoBoundarySets()): Record<string, string> {
  return {
    [DEMO_FILE]: stringifyFeatureCollection(sets.districts2020),
    [DEMO_DISTRICTS_2025_FILE]: stringifyFeatureCollection(sets.districts2025),
    [DEMO_COMMUNES_2025_FILE]: stringifyFeatureCollection(sets.communes2025),
  };
}

export async function main(): Promise<number> {
  for (const [file, text] of Object.entries(demoBoundaryTexts())) {
    await writeFile(file, text, 'utf8');
    const count = (text.match(/"type":"Feature"/g) ?? []).length;
    console.info(`Wrote ${path.relative(process.cwd(), file)}: ${count} illustrative units, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB.`);
  }
  return 0;
}
