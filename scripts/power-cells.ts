/**
 * Illustrative boundaries from points: each site's cell of a power diagram (a Voronoi diagram with a weight per
 * site), clipped to an outline. The weights are tuned so that cell areas lean towards the sites' real areas — a plain
 * Voronoi diagram gives a small city ward as much land as a mountain commune — while every site stays in its own cell.
 *
 * Planar maths runs in a locally square frame (longitude shrunk by cos 18.4°). Areas are tuned on a fixed grid of
 * sample points inside the outline (cheap: one nearest-site pass per round); only the final cells are clipped
 * exactly, once.
 */
import polygonClipping, { type MultiPolygon as ClipMultiPolygon, type Pair } from 'polygon-clipping';

const COS_LAT = Math.cos((18.4 * Math.PI) / 180);
export const project = ([lon, lat]: Pair): Pair => [lon * COS_LAT, lat];
export const unproject = ([x, y]: Pair): Pair => [x / COS_LAT, y];

export function planarArea(polygons: ClipMultiPolygon): number {
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

export function containsPoint(polygons: ClipMultiPolygon, [x, y]: Pair): boolean {
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

const powerDistance = (p: Pair, s: Pair, w: number) => (p[0] - s[0]) ** 2 + (p[1] - s[1]) ** 2 - w;

function nearestSite(p: Pair, sites: readonly Pair[], weights: readonly number[]): number {
  let best = 0;
  let bestDistance = Infinity;
  sites.forEach((s, i) => {
    const d = powerDistance(p, s, weights[i] ?? 0);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/** Sample points on a regular grid (step in degrees of latitude), kept where they fall inside the outline. */
function samplesInside(outline: ClipMultiPolygon, step: number): Pair[] {
  const xs = outline.flat(2).map((p) => p[0]);
  const ys = outline.flat(2).map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const samples: Pair[] = [];
  for (let y = y0 + step / 2; y < y1; y += step)
    for (let x = x0 + step / 2; x < x1; x += step) if (containsPoint(outline, [x, y])) samples.push([x, y]);
  return samples;
}

export interface TuningOptions {
  /** How much of the real area ratio the cells aim for: 1 chases real areas; below 1 keeps small units clickable. */
  readonly areaExponent: number;
  readonly rounds: number;
  /** Grid step of the area samples, degrees. */
  readonly sampleStep: number;
}

/** Weights that pull the cells' areas towards the sites' (dampened) area shares while every site stays in its own cell. */
export function tunedWeights(sites: readonly Pair[], areas: readonly number[], outline: ClipMultiPolygon, options: TuningOptions): number[] {
  const samples = samplesInside(outline, options.sampleStep);
  const cellArea = options.sampleStep * options.sampleStep;
  const shares = areas.map((a) => a ** options.areaExponent);
  const shareSum = shares.reduce((s, a) => s + a, 0);
  const targets = shares.map((s) => (s / shareSum) * samples.length * cellArea);
  const ownsItself = (weights: readonly number[]) => sites.every((s, i) => nearestSite(s, sites, weights) === i);
  let weights = sites.map(() => 0);
  for (let round = 0; round < options.rounds; round++) {
    const areasNow = sites.map(() => 0);
    for (const p of samples) {
      const i = nearestSite(p, sites, weights);
      areasNow[i] = (areasNow[i] ?? 0) + cellArea;
    }
    const next = weights.map((w, i) => w + 0.5 * ((targets[i] ?? 0) - (areasNow[i] ?? 0)));
    const mean = next.reduce((s, w) => s + w, 0) / next.length;
    const centred = next.map((w) => w - mean);
    // A site pushed out of its own cell would put a unit somewhere it is not: stop before that happens.
    if (!ownsItself(centred)) break;
    weights = centred;
  }
  return weights;
}

/** Every site's cell, clipped exactly to the outline (projected coordinates). */
export function clippedCells(sites: readonly Pair[], weights: readonly number[], outline: ClipMultiPolygon): ClipMultiPolygon[] {
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

/**
 * Where the outline is concave a clipped cell can fall apart, leaving a stray piece behind a neighbour (a sliver of
 * a plain commune up in the mountains). Each piece that does not hold its own site goes to the first cell (in site
 * order) that it touches; a piece that touches none (an islet) stays with its site.
 */
export function absorbStrayPieces(cells: readonly ClipMultiPolygon[], sites: readonly Pair[]): ClipMultiPolygon[] {
  const result = cells.map((cell) => [...cell]);
  cells.forEach((cell, i) => {
    if (cell.length < 2) return;
    const site = sites[i] ?? [0, 0];
    for (const piece of cell) {
      if (containsPoint([piece], site)) continue;
      const host = result.findIndex((other, j) => j !== i && other.length > 0 && polygonClipping.union([piece], other).length <= other.length);
      if (host < 0) continue;
      result[i] = (result[i] ?? []).filter((p) => p !== piece);
      result[host] = polygonClipping.union([piece], result[host] ?? []);
    }
  });
  return result;
}
