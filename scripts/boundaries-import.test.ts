// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import mapshaper from 'mapshaper';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ringSignedArea } from '../src/sources/boundaries/winding';
import { importBoundaries, main, type ImportReport } from './boundaries-import';
import { geometryAreaM2 } from './geo-area';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Real boundaries of unclear licence: read in place at test time, never copied into the repository. */
const fixture = path.resolve(repoRoot, '../shared/fixtures/boundaries/ha-tinh-districts-2019.geojson');
const CODES = ['436', '437', '439', '440', '441', '442', '443', '444', '445', '446', '447', '448', '449'];
const TARGET_KB = 60;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'boundaries-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Area = Polygon | MultiPolygon;
const asClip = (g: Area): ClipMultiPolygon =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as ClipMultiPolygon;
const union = (fc: FeatureCollection<Area>) => {
  const [first, ...rest] = fc.features.map((f) => asClip(f.geometry));
  return first ? polygonClipping.union(first, ...rest) : [];
};
const clipArea = (mp: ClipMultiPolygon) => geometryAreaM2({ type: 'MultiPolygon', coordinates: mp });
const totalArea = (fc: FeatureCollection<Area>) => fc.features.reduce((sum, f) => sum + geometryAreaM2(f.geometry), 0);

async function readCollection(file: string): Promise<FeatureCollection<Area>> {
  return JSON.parse(await readFile(file, 'utf8')) as FeatureCollection<Area>;
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/** Undirected edges of every ring, keyed by their rounded endpoints, with the features that use each. */
function edgeOwners(fc: FeatureCollection<Area>, codeOf: (p: FeatureCollection<Area>['features'][number]) => string) {
  const owners = new Map<string, Set<string>>();
  for (const feature of fc.features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 0; i < ring.length - 1; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (!a || !b) continue;
        const edge = [key(a), key(b)].sort().join('|');
        owners.set(edge, (owners.get(edge) ?? new Set()).add(codeOf(feature)));
      }
    }
  }
  return owners;
}

const out = () => path.join(dir, 'districts.geojson');

describe.skipIf(!existsSync(fixture))('boundaries-import on the Hà Tĩnh 2019 district fixture', () => {
  let input: FeatureCollection<Area>;
  let output: FeatureCollection<Area>;
  let report: ImportReport;

  beforeAll(async () => {
    input = await readCollection(fixture);
    report = await importBoundaries({ input: fixture, out: out(), codeProperty: 'code', expected: CODES, targetKb: TARGET_KB });
    output = await readCollection(out());
  });

  it('writes the 13 units with their codes in `ma_huyen`', () => {
    expect(output.features).toHaveLength(13);
    expect(output.features.map((f) => f.properties?.ma_huyen).sort()).toEqual(CODES);
    expect(report.codes.slice().sort()).toEqual(CODES);
  });

  it('fits the target size, and not by throwing away everything', async () => {
    const bytes = (await readFile(out())).byteLength;
    expect(bytes).toBeLessThanOrEqual(TARGET_KB * 1024);
    expect(bytes).toBeGreaterThan(TARGET_KB * 1024 * 0.8);
    expect(report.keptPercent).toBeGreaterThan(0);
    expect(report.keptPercent).toBeLessThan(100);
  });

  it('keeps every unit area within 2 % and the total within 1 % of the input', () => {
    const inputAreas = new Map(input.features.map((f) => [String(f.properties?.code), geometryAreaM2(f.geometry)]));
    for (const feature of output.features) {
      const before = inputAreas.get(String(feature.properties?.ma_huyen)) ?? 0;
      expect(Math.abs(geometryAreaM2(feature.geometry) - before) / before).toBeLessThan(0.02);
    }
    expect(Math.abs(totalArea(output) - totalArea(input)) / totalArea(input)).toBeLessThan(0.01);
  });

  it('keeps shared borders shared: no overlaps, no gaps, neighbours use the same edges', () => {
    const outputUnion = union(output);
    // Overlaps would make the sum of the parts exceed their union; gaps would open holes inside the province.
    expect(Math.abs(totalArea(output) - clipArea(outputUnion)) / clipArea(outputUnion)).toBeLessThan(0.001);
    expect(Math.abs(clipArea(outputUnion) - clipArea(union(input))) / clipArea(union(input))).toBeLessThan(0.01);
    expect(outputUnion.every((polygon) => polygon.length === 1)).toBe(true);
    const owners = edgeOwners(output, (f) => String(f.properties?.ma_huyen));
    const shared = [...owners.values()].filter((codes) => codes.size === 2);
    expect([...owners.values()].every((codes) => codes.size <= 2)).toBe(true);
    expect(shared.length).toBeGreaterThan(200);
    // Hà Tĩnh city borders Thạch Hà: they must share edges, not run two separately simplified lines.
    expect(shared.some((codes) => codes.has('436') && codes.has('445'))).toBe(true);
  });

  it('writes RFC 7946 winding and 4-decimal coordinates', () => {
    for (const feature of output.features) {
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const [exterior, ...holes] of polygons) {
        expect(ringSignedArea(exterior ?? [])).toBeGreaterThan(0);
        holes.forEach((hole) => expect(ringSignedArea(hole)).toBeLessThan(0));
      }
      const coordinates = polygons.flat(2).flat();
      expect(coordinates.every((c) => Math.abs(c * 1e4 - Math.round(c * 1e4)) < 1e-6)).toBe(true);
    }
  });

  it('gives the same file for either input winding', async () => {
    const reversed = {
      ...input,
      features: input.features.map((f) => ({
        ...f,
        geometry: f.geometry.type === 'Polygon'
          ? { ...f.geometry, coordinates: f.geometry.coordinates.map((r) => r.toReversed()) }
          : { ...f.geometry, coordinates: f.geometry.coordinates.map((p) => p.map((r) => r.toReversed())) },
      })),
    };
    const reversedFile = path.join(dir, 'reversed.geojson');
    await writeFile(reversedFile, JSON.stringify(reversed));
    const reversedOut = path.join(dir, 'reversed-out.geojson');
    await importBoundaries({ input: reversedFile, out: reversedOut, codeProperty: 'code', targetKb: TARGET_KB });
    expect(await readFile(reversedOut, 'utf8')).toBe(await readFile(out(), 'utf8'));
  });

  it('reads TopoJSON too', async () => {
    const files = await mapshaper.applyCommands('-i in.json -o out.json format=topojson', { 'in.json': input });
    const topoFile = path.join(dir, 'districts.topojson');
    const topo = files['out.json'];
    await writeFile(topoFile, typeof topo === 'string' ? topo : Buffer.from(topo ?? ''));
    const topoOut = path.join(dir, 'from-topo.geojson');
    const topoReport = await importBoundaries({ input: topoFile, out: topoOut, codeProperty: 'code', expected: CODES, targetKb: TARGET_KB });
    expect(topoReport.codes.slice().sort()).toEqual(CODES);
  });

  it('exits 1 listing the expected units that have no shape', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    try {
      const code = await main([fixture, '--code-property', 'code', '--out', path.join(dir, 'never.geojson'), '--expect', '436,437,438,450']);
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('\n')).toContain('438');
    expect(errors.join('\n')).toContain('450');
    expect(existsSync(path.join(dir, 'never.geojson'))).toBe(false);
  });

  it('accepts a catalogue file of codes or of { code } objects', async () => {
    const catalogue = path.join(dir, 'catalogue.json');
    await writeFile(catalogue, JSON.stringify([...CODES.map((code) => ({ code, name: 'x' })), { code: '999' }]));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main([fixture, '--code-property', 'code', '--out', path.join(dir, 'c.geojson'), '--catalogue', catalogue])).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('names the features without a code when the code property is wrong', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    try {
      expect(await main([fixture, '--code-property', 'ma_huyen', '--out', path.join(dir, 'bad.geojson')])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const text = errors.join('\n');
    expect(text).toContain('features[0].properties.ma_huyen');
    // In the command's language, pointing to the flag and to what the file does offer.
    expect(text).toContain('have no unit code in property "ma_huyen" (--code-property)');
    expect(text).toContain('Properties in the file: code, name, type');
    expect(text).not.toContain('cấu hình');
  });

  it('refuses a code property shared by many units (MA_TINH) instead of merging the districts into one shape', async () => {
    const withProvince = { ...input, features: input.features.map((f) => ({ ...f, properties: { ...f.properties, MA_TINH: '42' } })) };
    const file = path.join(dir, 'with-province.geojson');
    await writeFile(file, JSON.stringify(withProvince));
    const target = path.join(dir, 'merged.geojson');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    try {
      expect(await main([file, '--code-property', 'MA_TINH', '--out', target])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('\n')).toContain('13 features share 1 code(s) in property "MA_TINH"');
    expect(errors.join('\n')).toContain('42: 13 features');
    expect(existsSync(target)).toBe(false);
  });

  it('keeps every islet of the coastal districts, and says which ones simplification would have dropped', () => {
    const partsIn = new Map(input.features.map((f) => [String(f.properties?.code), f.geometry.type === 'Polygon' ? 1 : f.geometry.coordinates.length]));
    const partsOut = new Map(output.features.map((f) => [String(f.properties?.ma_huyen), f.geometry.type === 'Polygon' ? 1 : f.geometry.coordinates.length]));
    expect(partsOut).toEqual(partsIn);
    expect(partsIn.get('442')).toBe(6);
    expect(report.restoredIslets.length).toBeGreaterThan(0);
  });

  it('runs as `npm run boundaries:import` does (through scripts/run-ts.mjs), TopoJSON input included', async () => {
    const files = await mapshaper.applyCommands('-i in.json -o out.json format=topojson', { 'in.json': input });
    const topoFile = path.join(dir, 'cli.topojson');
    const topo = files['out.json'];
    await writeFile(topoFile, typeof topo === 'string' ? topo : Buffer.from(topo ?? ''));
    const run = promisify(execFile);
    const target = path.join(dir, 'cli.geojson');
    const { stdout } = await run(
      process.execPath,
      ['scripts/run-ts.mjs', 'scripts/boundaries-import.ts', topoFile, '--code-property', 'code', '--out', target, '--target-kb', '40'],
      { cwd: repoRoot },
    );
    expect(stdout).toContain('13 units');
    expect((await readFile(target)).byteLength).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('boundaries-import arguments', () => {
  it('prints its help and exits 0 on --help, listing the flags and the Hà Tĩnh codes for --expect', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'info').mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      expect(await main(['--help'])).toBe(0);
      expect(await main(['-h'])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(lines[0]).toContain('--code-property');
    expect(lines[0]).toContain('436,437,439,440,441,442,443,444,445,446,447,448,449');
    expect(lines[0]).toContain('boundaries.url');
  });

  it('prints the usage and exits 2 without input, code property or output', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['only-input.geojson'])).toBe(2);
      expect(spy).toHaveBeenCalledWith(expect.stringContaining('usage'));
    } finally {
      spy.mockRestore();
    }
  });

  it('exits 1 on a file that is not JSON', async () => {
    const file = path.join(dir, 'not.json');
    await writeFile(file, 'code,name\n436,Hà Tĩnh\n');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main([file, '--code-property', 'code', '--out', path.join(dir, 'x.geojson')])).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
