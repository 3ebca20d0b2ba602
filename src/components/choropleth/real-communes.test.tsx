/**
 * The map on the province's real 69 communes and wards of 1 Jul 2025: the test-only fixture in ../shared (licence
 * unclear), converted by the import command into a temporary folder, never into the repository. Each shape must
 * take the colour of its own unit's value, joined by the file's `ma_xa`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNES_2025_07 } from '../../../mocks/data/units-2025-07.generated';
import { createColorScale, type ScaleSpec } from '../../domain/scale';
import { normaliseBoundaries, type Boundaries } from '../../sources/boundaries/normalise';
import { ChoroplethMap } from './ChoroplethMap';

const root = process.cwd();
const fixture = path.resolve(root, '../shared/fixtures/boundaries/ha-tinh-communes-2025.geojson');
const CODES = COMMUNES_2025_07.map((c) => c.code);

let dir = '';
let boundaries: Boundaries;
beforeAll(() => {
  if (!existsSync(fixture)) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'map-real-communes-'));
  const out = path.join(dir, 'communes.geojson');
  execFileSync('node', ['scripts/run-ts.mjs', 'scripts/boundaries-import.ts', fixture, '--code-property', 'ma_xa', '--out-property', 'ma_xa', '--out', out, '--expect', CODES.join(','), '--target-kb', '150'], {
    cwd: root,
    stdio: 'pipe',
  });
  boundaries = normaliseBoundaries(JSON.parse(readFileSync(out, 'utf8')), { codeProperty: 'ma_xa', sourceName: 'communes.geojson' });
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Area in km² as the value: published facts, so the darkest and lightest units are known by hand.
const values = new Map<string, number | null>(COMMUNES_2025_07.map((c) => [c.code, c.code === '18838' ? null : c.areaKm2]));
// A district code of the 2020 set: never painted on a commune map.
values.set('436', 500);
const spec: ScaleSpec = { classification: { method: 'quantile', classes: 5 }, scheme: { kind: 'sequential' }, direction: 'higher-is-better', unit: 'km²' };

describe.runIf(existsSync(fixture))('the map on the real 2025 communes', () => {
  it('draws 69 shapes, each filled with the colour of its own unit’s value', () => {
    const communeValues = new Map([...values].filter(([code]) => code !== '436'));
    const scale = createColorScale(spec, communeValues.values());
    const { container } = render(
      <ChoroplethMap
        boundaries={boundaries}
        values={values}
        scale={scale}
        unitNames={new Map(COMMUNES_2025_07.map((c) => [c.code, c.name]))}
        selectedCode={null}
        onSelect={() => undefined}
        title="Diện tích"
        periodLabel="Quý III/2026"
        unitOfMeasure="km²"
        illustrative={false}
        formatValue={(v) => String(v)}
      />,
    );
    const paths = [...container.querySelectorAll('path.leaflet-interactive[data-code]')];
    expect(paths.map((p) => p.getAttribute('data-code')).toSorted()).toEqual(CODES.toSorted());
    for (const p of paths) {
      const code = p.getAttribute('data-code') ?? '';
      // A unit without a value is hatched (a pattern over the no-data grey).
      const fill = p.getAttribute('fill') ?? '';
      const shown = fill.startsWith('url(#choropleth-hatch-') ? 'hatched' : fill;
      expect({ code, fill: shown }).toEqual({ code, fill: values.get(code) === null ? 'hatched' : scale.fill(values.get(code)) });
    }
    const fillOf = (code: string) => container.querySelector(`path[data-code="${code}"]`)?.getAttribute('fill');
    // Sơn Kim 1 (223.21 km², among the largest) takes the darkest class; Thành Sen ward (28.23 km²) the lightest.
    expect(fillOf('18196')).toBe(scale.classes.at(-1)?.fill);
    expect(fillOf('18073')).toBe(scale.classes[0]?.fill);
    expect(new Set(paths.map((p) => p.getAttribute('fill'))).size).toBe(6); // five classes and no data
    expect(container.querySelector('path[data-code="436"]')).toBeNull();
  });
});
