// @vitest-environment node
/**
 * The import command on a commune-level file: the real 69 communes and wards of 1 Jul 2025 (a test fixture of
 * unclear licence, read in place and written only to a temporary folder, never into the repository).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMUNES_2025_07 } from '../mocks/data/units-2025-07.generated';
import { main } from './boundaries-import';
import { geometryAreaM2 } from './geo-area';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = path.resolve(repoRoot, '../shared/fixtures/boundaries/ha-tinh-communes-2025.geojson');
const CODES = COMMUNES_2025_07.map((c) => c.code);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'boundaries-import-communes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Area = Polygon | MultiPolygon;

describe.runIf(existsSync(fixture))('boundaries:import on the 69 communes of 2025', () => {
  it('imports them by `ma_xa`, checks all 69 expected codes, and writes them under `ma_xa`', async () => {
    const out = path.join(dir, 'communes-2025.geojson');
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const code = await main([fixture, '--code-property', 'ma_xa', '--out', out, '--expect', CODES.join(','), '--out-property', 'ma_xa', '--name-property', 'ten']);
    expect(code).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8')) as FeatureCollection<Area>;
    expect(written.features.map((f) => f.properties?.ma_xa).sort()).toEqual([...CODES].sort());
    expect(written.features.find((f) => f.properties?.ma_xa === '18073')?.properties?.ten).toBe('Phường Thành Sen');
    const input = JSON.parse(await readFile(fixture, 'utf8')) as FeatureCollection<Area>;
    const area = (fc: FeatureCollection<Area>) => fc.features.reduce((s, f) => s + geometryAreaM2(f.geometry), 0);
    // Simplification keeps shared borders and small units: the province's area moves by well under 1 %.
    expect(Math.abs(area(written) - area(input)) / area(input)).toBeLessThan(0.01);
  });

  it('fails, naming the unit, when an expected commune has no shape', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const out = path.join(dir, 'missing.geojson');
    const code = await main([fixture, '--code-property', 'ma_xa', '--out', out, '--expect', [...CODES, '99999'].join(','), '--out-property', 'ma_xa']);
    expect(code).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toContain('99999');
    expect(existsSync(out)).toBe(false);
  });
});
