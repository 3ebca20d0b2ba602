/**
 * How long does a period change take to restyle the map? Builds a small harness page with the real ChoroplethMap
 * (scripts/bench-map-restyle/harness.tsx, production build), serves it, and times in Chromium, median of 20 rounds:
 *   react    setState → commit → react-leaflet's setStyle (flushSync, so the effect runs before the clock stops)
 *   layout   the same plus the style recalculation and layout it causes (forced by reading layout; paint excluded)
 *   setStyle bare Leaflet `layer.setStyle(newStyleFunction)` via measureRestyle()
 * on the 13 demo districts, the 69 demo communes and wards the map draws from 1 Jul 2025
 * (public/geo/demo-communes-2025.geojson), and a synthetic layer of ~3,300 units (every commune of the country after
 * 2025: the scale of a national deployment), each demo district cut into Voronoi cells.
 *
 *   npm run bench:map [-- --rounds 20] [--port 4191] [--screenshot .bench/map-restyle/map.png]
 * Results also go to .bench/map-restyle/result.json; --screenshot saves the demo map as a person sees it
 * (a unit selected, another hovered).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Delaunay } from 'd3-delaunay';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon, type Pair } from 'polygon-clipping';
import { rng } from '../mocks/data/random';
import type { BenchResult } from './bench-map-restyle/harness';
import { roundRing, stringifyFeatureCollection } from './geo-area';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(repoRoot, '.bench/map-restyle');
const HARNESS = 'scripts/bench-map-restyle/harness.html';

type Area = Polygon | MultiPolygon;
const partsOf = (g: Area): ClipMultiPolygon => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as ClipMultiPolygon;

function inside(polygons: ClipMultiPolygon, [x, y]: Pair): boolean {
  let hit = false;
  for (const ring of polygons.flat())
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a && b && a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) hit = !hit;
    }
  return hit;
}

/**
 * Cuts every district into `perDistrict` Voronoi cells around seeded random points inside it, clipped to the
 * district: a commune-sized layer (13 × 17 = 221 units) with shared borders, for timing only.
 */
export function makeSyntheticUnits(districts: FeatureCollection<Area>, perDistrictOrTotal: number | { total: number } = 17): FeatureCollection<Area> {
  const features: Feature<Area>[] = [];
  const count = districts.features.length;
  // A total is spread over the districts, the first ones taking one more where it does not divide evenly.
  const cellsOf = (i: number) =>
    typeof perDistrictOrTotal === 'number' ? perDistrictOrTotal : Math.floor(perDistrictOrTotal.total / count) + (i < perDistrictOrTotal.total % count ? 1 : 0);
  const digits = String(Math.max(...districts.features.map((_, i) => cellsOf(i)))).length;
  for (const [index, district] of districts.features.entries()) {
    const perDistrict = cellsOf(index);
    const code = String(district.properties?.ma_huyen ?? '');
    const parts = partsOf(district.geometry);
    const xs = parts.flat(2).map((p) => p[0]);
    const ys = parts.flat(2).map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const random = rng(`bench-map:${code}`);
    const points: Pair[] = [];
    for (let tries = 0; points.length < perDistrict && tries < perDistrict * 200; tries++) {
      const p: Pair = [x0 + random.next() * (x1 - x0), y0 + random.next() * (y1 - y0)];
      if (inside(parts, p)) points.push(p);
    }
    const voronoi = Delaunay.from(points).voronoi([x0, y0, x1, y1]);
    points.forEach((_, i) => {
      const cell = voronoi.cellPolygon(i) as Pair[] | null;
      if (!cell) return;
      const clipped = polygonClipping.intersection([cell], parts);
      if (clipped.length === 0) return;
      const coordinates = clipped.map((polygon) => polygon.map((ring) => roundRing(ring, 5)));
      const geometry: Area = coordinates.length === 1 && coordinates[0] ? { type: 'Polygon', coordinates: coordinates[0] } : { type: 'MultiPolygon', coordinates };
      features.push({ type: 'Feature', properties: { ma_huyen: `${code}${String(i + 1).padStart(Math.max(2, digits), '0')}` }, geometry });
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Synthetic layer: the country's ~3,300 communes after the 2025 reform. */
const LAYERS: ReadonlyArray<readonly [file: string, units: number]> = [['units-3300.geojson', 3302]];
/** The demo's own 69 communes and wards, as the app draws them from 1 Jul 2025 (code in `ma_xa`). */
const COMMUNES_FILE = 'communes-69.geojson';

const ms = (value: number) => `${value.toFixed(2)} ms`;

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { rounds: { type: 'string', default: '20' }, port: { type: 'string', default: '4191' }, screenshot: { type: 'string' } } });
  const rounds = Number(values.rounds);
  const { build, preview } = await import('vite');
  const { chromium } = await import('@playwright/test');

  const configFile = path.join(repoRoot, 'vite.config.ts');
  await build({
    root: repoRoot,
    configFile,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true, rolldownOptions: { input: path.join(repoRoot, HARNESS) } },
  });
  const demoText = await readFile(path.join(repoRoot, 'public/geo/demo-districts.geojson'), 'utf8');
  const demo = JSON.parse(demoText) as FeatureCollection<Area>;
  const harnessDir = path.join(OUT_DIR, path.dirname(HARNESS));
  await mkdir(harnessDir, { recursive: true });
  await writeFile(path.join(harnessDir, 'demo.geojson'), demoText);
  // The harness reads codes from `ma_huyen`, as in the district file.
  const communes = JSON.parse(await readFile(path.join(repoRoot, 'public/geo/demo-communes-2025.geojson'), 'utf8')) as FeatureCollection<Area>;
  const communeLayer: FeatureCollection<Area> = { ...communes, features: communes.features.map((f) => ({ ...f, properties: { ma_huyen: f.properties?.ma_xa } })) };
  await writeFile(path.join(harnessDir, COMMUNES_FILE), stringifyFeatureCollection(communeLayer));
  for (const [file, total] of LAYERS) await writeFile(path.join(harnessDir, file), stringifyFeatureCollection(makeSyntheticUnits(demo, { total })));

  const server = await preview({ root: repoRoot, configFile, logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: Number(values.port), strictPort: true } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('pageerror', (error) => console.error(error));
    await page.goto(new URL(HARNESS, base).toString());
    await page.waitForFunction(() => window.mapBench !== undefined);
    const results: Record<string, BenchResult> = {};
    for (const file of ['demo.geojson', COMMUNES_FILE, ...LAYERS.map(([f]) => f)]) {
      results[file] = await page.evaluate(([f, r]) => {
        if (!window.mapBench) throw new Error('harness not loaded');
        return window.mapBench.run(f, r);
      }, [file, rounds] as const);
    }
    console.info(`Map restyle, median of ${rounds} (min – max):`);
    for (const [file, r] of Object.entries(results)) {
      const line = (t: BenchResult['react']) => `${ms(t.medianMs)} (${ms(t.minMs)} – ${ms(t.maxMs)})`;
      console.info(`  ${file.padEnd(18)} ${String(r.units).padStart(4)} units  react ${line(r.react)}  layout ${line(r.layout)}  setStyle ${line(r.setStyle)}`);
      if (!r.restyledSynchronously) console.warn(`  ${file}: fills changed after flushSync returned; the react timing undercounts`);
    }
    await writeFile(path.join(OUT_DIR, 'result.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (values.screenshot) {
      await page.reload();
      await page.waitForFunction(() => window.mapBench !== undefined);
      await page.evaluate(() => window.mapBench?.show('demo.geojson'));
      await page.hover('path.leaflet-interactive[data-code="443"]');
      await page.screenshot({ path: values.screenshot, fullPage: true });
      console.info(`Screenshot: ${values.screenshot}`);
    }
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}
