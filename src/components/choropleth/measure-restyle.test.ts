import type { Feature } from 'geojson';
import L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { measureRestyle, median } from './measure-restyle';

describe('median', () => {
  it.each([
    { samples: [3, 1, 2], expected: 2 },
    { samples: [4, 1, 3, 2], expected: 2.5 },
    { samples: [7], expected: 7 },
  ])('$samples → $expected', ({ samples, expected }) => {
    expect(median(samples)).toBe(expected);
  });
});

describe('measureRestyle', () => {
  let host: HTMLDivElement | null = null;
  afterEach(() => host?.remove());

  it('restyles the layer once per round, alternating the value sets', () => {
    host = document.createElement('div');
    document.body.append(host);
    const map = L.map(host, { center: [0, 0], zoom: 5 });
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const feature: Feature = { type: 'Feature', properties: {}, geometry: square };
    const layer = L.geoJSON(feature).addTo(map);
    const fills: string[] = [];
    const result = measureRestyle(layer, ['#111111', '#222222'], (fill) => {
      return () => {
        fills.push(fill);
        return { fillColor: fill };
      };
    }, 5);
    expect(result.samples).toHaveLength(5);
    expect(fills).toEqual(['#111111', '#222222', '#111111', '#222222', '#111111']);
    expect(host.querySelector('path')?.getAttribute('fill')).toBe('#111111');
    map.remove();
  });

  it('refuses a single value set', () => {
    expect(() => measureRestyle(L.geoJSON(), [1], () => ({}))).toThrow(RangeError);
  });
});
