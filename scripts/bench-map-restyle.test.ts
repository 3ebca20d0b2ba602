// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { normaliseBoundaries } from '../src/sources/boundaries/normalise';
import { makeSyntheticUnits } from './bench-map-restyle';
import { geometryAreaM2 } from './geo-area';

type Area = Polygon | MultiPolygon;
const demo = JSON.parse(readFileSync(path.resolve(process.cwd(), 'public/geo/demo-districts.geojson'), 'utf8')) as FeatureCollection<Area>;

const total = (fc: FeatureCollection<Area>) => fc.features.reduce((sum, f) => sum + geometryAreaM2(f.geometry), 0);

describe('makeSyntheticUnits (the ~220-unit bench layer)', () => {
  const synthetic = makeSyntheticUnits(demo);

  it('cuts the 13 districts into about as many units as the province has communes (216)', () => {
    expect(synthetic.features.length).toBeGreaterThanOrEqual(200);
    expect(synthetic.features.length).toBeLessThanOrEqual(230);
    const codes = synthetic.features.map((f) => String(f.properties?.ma_huyen));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('covers the districts without overlap: the areas add up', () => {
    expect(Math.abs(total(synthetic) - total(demo)) / total(demo)).toBeLessThan(0.002);
  });

  it('is a valid boundary file for the map', () => {
    expect(normaliseBoundaries(synthetic, { codeProperty: 'ma_huyen', sourceName: 'synthetic' }).codes).toHaveLength(synthetic.features.length);
  });

  it('is the same on every run', () => {
    expect(JSON.stringify(makeSyntheticUnits(demo))).toBe(JSON.stringify(synthetic));
  });
});

describe('makeSyntheticUnits at the scales of the 2025 reform', () => {
  it('spreads a total over the districts: 69 units for the province, ~3,300 for the country', () => {
    expect(makeSyntheticUnits(demo, { total: 69 }).features).toHaveLength(69);
    const country = makeSyntheticUnits(demo, { total: 3302 });
    expect(country.features.length).toBeGreaterThan(3200);
    const codes = country.features.map((f) => String(f.properties?.ma_huyen));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
