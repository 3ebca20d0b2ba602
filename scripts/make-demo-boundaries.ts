/**
 * Makes the demo's own, openly illustrative district boundaries (public/geo/demo-districts.geojson) from public facts
 * only: a coarse outline of Hà Tĩnh drawn by hand from general geography, and the 13 district seats of the domain
 * brief. No official or third-party boundary file is read. The map labels these shapes as illustrative.
 *
 *   npm run boundaries:demo            (writes public/geo/demo-districts.geojson)
 *
 * Each district is the cell of its seat in a power diagram (a Voronoi diagram with a weight per seat) clipped to the
 * outline. The weights are tuned a few rounds so that cell areas lean towards the districts' real areas: a plain
 * Voronoi diagram gives the small city of Hà Tĩnh as much land as mountainous Hương Khê. Units sit in their true
 * relative positions; their borders and areas are not real.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon, type Pair } from 'polygon-clipping';
import { DEMO_DISTRICTS, TYPE_LABEL } from '../mocks/data/units';
import { rewindGeometry } from '../src/sources/boundaries/winding';
import { roundRing, stringifyFeatureCollection } from './geo-area';

/**
 * Hà Tĩnh, coarsely, as [lon, lat], clockwise from the mouth of the Lam (Cả) river at Cửa Hội:
 * down the coast past Cửa Sót, Cửa Nhượng and Vũng Áng to the Hoành Sơn range (Đèo Ngang); west along the
 * Quảng Bình border; north-west up the Trường Sơn range on the Lao border (Cầu Treo near 105.15 E); back east along
 * the Nghệ An border and the Lam river past Linh Cảm and Bến Thủy. Drawn from general knowledge, about ±5 km.
 */
export const HA_TINH_OUTLINE: readonly Pair[] = [
  [105.75, 18.79], // Cửa Hội, mouth of the Lam
  [105.8, 18.74],
  [105.85, 18.64],
  [105.89, 18.53],
  [105.93, 18.45], // Cửa Sót
  [105.99, 18.37],
  [106.09, 18.27], // Cửa Nhượng
  [106.22, 18.17],
  [106.33, 18.12],
  [106.42, 18.08], // Vũng Áng
  [106.51, 17.98], // Hoành Sơn headland
  [106.4, 17.93], // Đèo Ngang, Quảng Bình border
  [106.2, 17.95],
  [106.0, 17.91],
  [105.8, 17.95],
  [105.62, 18.05], // Lao border, Trường Sơn range
  [105.5, 18.18],
  [105.35, 18.3],
  [105.18, 18.35], // near Cầu Treo
  [105.1, 18.45],
  [105.17, 18.57],
  [105.3, 18.62], // Nghệ An border
  [105.45, 18.6],
  [105.58, 18.57], // Linh Cảm, where the La meets the Lam
  [105.66, 18.64],
  [105.7, 18.69], // Bến Thủy, across from Vinh
  [105.75, 18.79],
];

export interface Seat {
  readonly code: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  /** Real area, km²: only its share matters. */
  readonly areaKm2: number;
}

/** Degrees of longitude shrink with latitude; planar maths is done in this locally-square frame. */
const COS_LAT = Math.cos((18.4 * Math.PI) / 180);
const project = ([lon, lat]: Pair): Pair => [lon * COS_LAT, lat];
const unproject = ([x, y]: Pair): Pair => [x / COS_LAT, y];

function planarArea(polygons: ClipMultiPolygon): number {
  let area = 0;
  for (const polygon of polygons)
    polygon.forEach((ring, i) => {
      let sum = 0;
      for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
        const a = ring[j];
        const b = ring[k];
        if (a && b) sum += (a[0] - b[0]) * (a[1] + b[1]);
      }
      area += (i === 0 ? 1 : -1) * Math.abs(sum / 2);
    });
  return area;
}

/** Sutherland–Hodgman: keeps the part of a convex polygon where a·p ≤ b. */
function clipHalfPlane(polygon: readonly Pair[], a: Pair, b: number): Pair[] {
  const inside = (p: Pair) => a[0] * p[0] + a[1] * p[1] <= b;
  const out: Pair[] = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length] ?? current;
    const crossing = (): Pair => {
      const fp = a[0] * previous[0] + a[1] * previous[1] - b;
      const fc = a[0] * current[0] + a[1] * current[1] - b;
      const t = fp / (fp - fc);
      return [previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])];
    };
    if (inside(current)) {
      if (!inside(previous)) out.push(crossing());
      out.push(current);
    } else if (inside(previous)) {
      out.push(crossing());
    }
  });
  return out;
}

/**
 * Power cell of site i: points p with |p − sᵢ|² − wᵢ ≤ |p − sⱼ|² − wⱼ for every j,
 * i.e. 2p·(sⱼ − sᵢ) ≤ |sⱼ|² − |sᵢ|² + wᵢ − wⱼ; convex, so half-plane clipping of a big box gives it exactly.
 */
function powerCell(sites: readonly Pair[], weights: readonly number[], i: number, box: readonly Pair[]): Pair[] {
  const si = sites[i] ?? [0, 0];
  const wi = weights[i] ?? 0;
  let cell: Pair[] = [...box];
  sites.forEach((sj, j) => {
    if (j === i || cell.length === 0) return;
    const wj = weights[j] ?? 0;
    const normal: Pair = [2 * (sj[0] - si[0]), 2 * (sj[1] - si[1])];
    const offset = sj[0] ** 2 + sj[1] ** 2 - si[0] ** 2 - si[1] ** 2 + wi - wj;
    cell = clipHalfPlane(cell, normal, offset);
  });
  return cell;
}

function cellsFor(sites: readonly Pair[], weights: readonly number[], outline: ClipMultiPolygon): ClipMultiPolygon[] {
  const xs = outline.flat(2).map((p) => p[0]);
  const ys = outline.flat(2).map((p) => p[1]);
  const margin = 1;
  const [x0, x1, y0, y1] = [Math.min(...xs) - margin, Math.max(...xs) + margin, Math.min(...ys) - margin, Math.max(...ys) + margin];
  const box: Pair[] = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  return sites.map((_, i) => {
    const cell = powerCell(sites, weights, i, box);
    if (cell.length < 3) return [];
    const first = cell[0] ?? [0, 0];
    return polygonClipping.intersection([[...cell, first]], outline);
  });
}

function containsPoint(polygons: ClipMultiPolygon, [x, y]: Pair): boolean {
  let inside = false;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i];
        const b = ring[j];
        if (a && b && a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      }
  return inside;
}

/** Rounds of weight tuning, and how far each round moves towards the target areas. */
const TUNING_ROUNDS = 60;
const TUNING_RATE = 0.5;
/**
 * How much of the real area ratio the cells aim for: 1 would chase real areas exactly and squeeze the
 * city into a sliver; 0.5 (square-root shares) keeps small units big enough to click.
 */
const AREA_EXPONENT = 0.75;

/** Weights that pull the cells' areas towards the seats' (dampened) area shares while every seat stays in its own cell. */
function tunedWeights(sites: readonly Pair[], areas: readonly number[], outline: ClipMultiPolygon): number[] {
  const total = planarArea(outline);
  const shares = areas.map((a) => a ** AREA_EXPONENT);
  const shareSum = shares.reduce((s, a) => s + a, 0);
  const targets = shares.map((s) => (s / shareSum) * total);
  let weights = sites.map(() => 0);
  for (let round = 0; round < TUNING_ROUNDS; round++) {
    const cells = cellsFor(sites, weights, outline);
    const next = weights.map((w, i) => w + TUNING_RATE * ((targets[i] ?? 0) - planarArea(cells[i] ?? [])));
    const mean = next.reduce((s, w) => s + w, 0) / next.length;
    const centred = next.map((w) => w - mean);
    const nextCells = cellsFor(sites, centred, outline);
    // A seat pushed out of its own cell would put a district somewhere it is not: stop before that happens.
    if (!nextCells.every((cell, i) => containsPoint(cell, sites[i] ?? [0, 0]))) break;
    weights = centred;
  }
  return weights;
}

export const DEMO_DECIMALS = 4;

function toGeometry(cell: ClipMultiPolygon): Polygon | MultiPolygon {
  const polygons: Position[][][] = cell
    .map((polygon) => polygon.map((ring) => roundRing(ring.map((p) => unproject(p)), DEMO_DECIMALS)))
    .filter((polygon) => (polygon[0]?.length ?? 0) >= 4);
  const geometry: Polygon | MultiPolygon =
    polygons.length === 1 && polygons[0] ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
  return rewindGeometry(geometry, 'rfc7946');
}

/** The demo boundary set for these seats inside this outline; deterministic, so the committed file can be checked. */
export function makeDemoBoundaries(seats: readonly Seat[], outline: readonly Pair[] = HA_TINH_OUTLINE): FeatureCollection<Polygon | MultiPolygon> {
  const projectedOutline: ClipMultiPolygon = [[outline.map(project)]];
  const sites = seats.map((s) => project([s.lon, s.lat]));
  const weights = tunedWeights(sites, seats.map((s) => s.areaKm2), projectedOutline);
  const cells = cellsFor(sites, weights, projectedOutline);
  const features: Feature<Polygon | MultiPolygon>[] = seats.map((seat, i) => ({
    type: 'Feature',
    properties: { ma_huyen: seat.code, ten: seat.name },
    geometry: toGeometry(cells[i] ?? []),
  }));
  return { type: 'FeatureCollection', features };
}

/** The 13 district seats of the demo dataset, named with their type so the two "Kỳ Anh" stay apart. */
export function demoSeats(): Seat[] {
  return DEMO_DISTRICTS.map((d) => ({
    code: d.code,
    name: `${TYPE_LABEL[d.type]} ${d.name}`,
    lon: d.seat.lon,
    lat: d.seat.lat,
    areaKm2: d.areaKm2,
  }));
}

export const DEMO_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/geo/demo-districts.geojson');

export function demoBoundariesText(): string {
  return stringifyFeatureCollection(makeDemoBoundaries(demoSeats()));
}

export async function main(argv: readonly string[]): Promise<number> {
  const out = argv[0] ?? DEMO_FILE;
  const text = demoBoundariesText();
  await writeFile(out, text, 'utf8');
  console.info(`Wrote ${out}: ${DEMO_DISTRICTS.length} illustrative districts, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB.`);
  return 0;
}
