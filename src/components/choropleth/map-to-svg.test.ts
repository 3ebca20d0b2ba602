import { describe, expect, it } from 'vitest';
import { createColorScale, NO_DATA_FILL } from '../../domain/scale';
import type { BoundaryFeature } from '../../sources/boundaries/normalise';
import { escapeXml, featuresBbox, fitProjection, labelPoint, mapToSvg, textColourOn, type MapDrawing } from './map-to-svg';

/** An axis-aligned rectangle as a boundary feature (outer ring counter-clockwise, closed). */
function rect(code: string, west: number, south: number, east: number, north: number): BoundaryFeature {
  return {
    type: 'Feature',
    properties: { code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
}

const FEATURES: BoundaryFeature[] = [
  rect('436', 105.8, 18.2, 106.0, 18.4),
  rect('437', 105.6, 18.4, 105.8, 18.6),
  rect('439', 105.2, 18.2, 105.6, 18.6),
  // Two islands of one unit: one path with two rings.
  {
    type: 'Feature',
    properties: { code: '449' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [106.0, 18.0],
            [106.3, 18.0],
            [106.3, 18.2],
            [106.0, 18.2],
            [106.0, 18.0],
          ],
        ],
        [
          [
            [106.4, 18.0],
            [106.5, 18.0],
            [106.5, 18.1],
            [106.4, 18.1],
            [106.4, 18.0],
          ],
        ],
      ],
    },
  },
];

const VALUES = new Map<string, number | null>([
  ['436', 93.4],
  ['437', 85.2],
  ['439', 88.1],
  ['449', null],
]);

const scale = createColorScale(
  { classification: { method: 'quantile', classes: 3 }, scheme: { kind: 'sequential' }, direction: 'higher-is-better', unit: '%', noDataLabel: 'Không có số liệu' },
  [...VALUES.values()],
);

const NAMES = new Map([
  ['436', 'Thành phố Hà Tĩnh'],
  ['437', 'Thị xã Hồng Lĩnh'],
  ['439', 'Huyện Hương Sơn'],
  ['449', 'Thị xã Kỳ Anh'],
]);

const drawing = (overrides: Partial<MapDrawing> = {}): MapDrawing => ({ features: FEATURES, values: VALUES, scale, names: NAMES, ...overrides });

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const shapes = (doc: Document) => [...doc.querySelectorAll('path.unit-shape')];
const codeOf = (path: Element) => path.closest('g.unit')?.getAttribute('data-code');

describe('mapToSvg', () => {
  it('draws one path per unit, filled by the scale, with thin white borders', () => {
    const doc = parse(mapToSvg(drawing(), { width: 400, height: 300 }));
    const paths = shapes(doc);
    expect(paths).toHaveLength(FEATURES.length);
    expect(paths.map(codeOf)).toEqual(['436', '437', '439', '449']);
    for (const path of paths) {
      const code = codeOf(path) ?? '';
      expect({ code, fill: path.getAttribute('fill') }).toEqual({ code, fill: scale.fill(VALUES.get(code)) });
      expect(path.getAttribute('stroke')).toBe('#ffffff');
      expect(Number(path.getAttribute('stroke-width'))).toBeLessThanOrEqual(1);
    }
    // The highest value takes the darkest class, the lowest the lightest: not one colour for all.
    expect(new Set(paths.slice(0, 3).map((p) => p.getAttribute('fill'))).size).toBe(3);
    // Both islands of 449 are in its one path.
    expect(paths[3]?.getAttribute('d')?.match(/M/g)).toHaveLength(2);
  });

  it('paints a unit without data in the no-data grey with the hatch on top, and only that unit', () => {
    const doc = parse(mapToSvg(drawing(), { width: 400, height: 300, idPrefix: 'p3' }));
    const noData = shapes(doc).find((p) => codeOf(p) === '449');
    expect(noData?.getAttribute('fill')).toBe(NO_DATA_FILL);
    const hatches = [...doc.querySelectorAll('path.unit-hatch')];
    expect(hatches.map(codeOf)).toEqual(['449']);
    expect(hatches[0]?.getAttribute('fill')).toBe('url(#p3-no-data)');
    expect(doc.getElementById('p3-no-data')?.tagName).toBe('pattern');
    // A unit missing from the values map is no data too, never the lowest class.
    const partial = parse(mapToSvg(drawing({ values: new Map([['436', 93.4]]) }), { width: 400, height: 300 }));
    expect(shapes(partial).filter((p) => p.getAttribute('fill') === NO_DATA_FILL)).toHaveLength(3);
  });

  it('writes unit names and labels as XML text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const svg = mapToSvg(drawing({ names: new Map([['436', evil]]), labels: new Map([['436', evil]]) }), { width: 400, height: 300, title: `Bản đồ & ${evil}` });
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const doc = parse(svg);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    expect(doc.querySelector('g.unit[data-code="436"] > title')?.textContent).toBe(`${evil}: 93.4`);
    expect(doc.querySelector('text.unit-label')?.textContent).toBe(evil);
    expect(doc.querySelector('svg > title')?.textContent).toBe(`Bản đồ & ${evil}`);
    expect(escapeXml(`a"b'c&d`)).toBe('a&quot;b&apos;c&amp;d');
  });

  it('titles each shape with its name and formatted value, or the no-data label', () => {
    const doc = parse(mapToSvg(drawing({ formatValue: (v) => `${v.toFixed(1).replace('.', ',')}%` }), { width: 400, height: 300 }));
    const titles = [...doc.querySelectorAll('g.unit > title')].map((t) => t.textContent);
    expect(titles).toEqual(['Thành phố Hà Tĩnh: 93,4%', 'Thị xã Hồng Lĩnh: 85,2%', 'Huyện Hương Sơn: 88,1%', 'Thị xã Kỳ Anh: Không có số liệu']);
  });

  it('draws the legend from scale.legend(): a swatch and a label per class, no-data last', () => {
    const doc = parse(mapToSvg(drawing(), { width: 400, height: 300 }));
    const entries = [...doc.querySelectorAll('g.legend-entry')];
    const legend = scale.legend([...VALUES.values()]);
    expect(entries).toHaveLength(legend.length);
    entries.forEach((entry, i) => {
      expect(entry.querySelector('rect')?.getAttribute('fill')).toBe(legend[i]?.fill);
      expect(entry.querySelector('text')?.textContent).toBe(`${legend[i]?.label} (${legend[i]?.count})`);
    });
    expect(entries.at(-1)?.querySelectorAll('rect')).toHaveLength(2); // grey swatch + hatch
    const bare = parse(mapToSvg(drawing(), { width: 400, height: 300, showCounts: false }));
    expect(bare.querySelector('g.legend-entry text')?.textContent).toBe(legend[0]?.label);
    expect(parse(mapToSvg(drawing(), { width: 400, height: 300, legend: 'none' })).querySelectorAll('g.legend-entry')).toHaveLength(0);
  });

  it('keeps the labels readable: white on dark fills, ink on light ones, placed inside their unit', () => {
    expect(textColourOn('#253494')).toBe('#ffffff');
    expect(textColourOn('#ffffcc')).toBe('#1b2733');
    expect(textColourOn(NO_DATA_FILL)).toBe('#1b2733');
    const projection = fitProjection([105, 18, 106, 19], { width: 200, height: 200 });
    const [x0, y0] = projection.project(105.2, 18.6);
    const [x1, y1] = projection.project(105.6, 18.2);
    const at = labelPoint(rect('x', 105.2, 18.2, 105.6, 18.6), projection);
    expect(at.x).toBeCloseTo((x0 + x1) / 2, 6);
    expect(at.y).toBeCloseTo((y0 + y1) / 2, 6);
  });

  it('fills the SVG box it is given, map and legend inside it', () => {
    const svg = mapToSvg(drawing(), { width: 264.6, height: 302.4, fontFamily: 'BeVietnamPro' });
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe('0 0 264.6 302.4');
    expect(root.getAttribute('font-family')).toBe('BeVietnamPro');
    const numbers = [...doc.querySelectorAll('path.unit-shape')].flatMap((p) => (p.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? []);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(302.4);
  });
});

describe('mapToSvg: context, credits and heading of a standalone picture', () => {
  const neighbour = { ...rect('Nghệ An', 105.0, 18.6, 106.5, 19.5) };

  it('draws the context areas in grey under the units, clipped to the map box, and keeps the units where they were', () => {
    const plain = parse(mapToSvg(drawing(), { width: 400, height: 300 }));
    const doc = parse(mapToSvg(drawing({ context: [neighbour] }), { width: 400, height: 300 }));
    const context = doc.querySelector('g.context');
    expect(context?.querySelectorAll('path')).toHaveLength(1);
    expect(context?.querySelector('path')?.getAttribute('fill')).toBe('#e6e8eb');
    // Under the units: before them in document order.
    expect(context?.compareDocumentPosition(doc.querySelector('g.units') as Element)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const clipId = /url\(#(.+)\)/.exec(context?.getAttribute('clip-path') ?? '')?.[1] ?? '';
    expect(doc.getElementById(clipId)?.querySelector('rect')).not.toBeNull();
    // The view is fitted to the units, not to the much larger neighbour.
    expect(shapes(doc).map((p) => p.getAttribute('d'))).toEqual(shapes(plain).map((p) => p.getAttribute('d')));
  });

  it('writes each credit as text in the map corner, escaped, and none unasked', () => {
    const doc = parse(mapToSvg(drawing({ credits: ['© OpenStreetMap contributors', 'A & B'] }), { width: 400, height: 300 }));
    expect([...doc.querySelectorAll('text.map-credit')].map((t) => t.textContent)).toEqual(['A & B', '© OpenStreetMap contributors']);
    expect(parse(mapToSvg(drawing(), { width: 400, height: 300 })).querySelector('text.map-credit')).toBeNull();
  });

  it('writes a heading above the map, wrapped to the width, and moves the map below it', () => {
    const heading = 'Tỷ lệ hồ sơ giải quyết đúng hạn theo đơn vị · Quý 3/2026 · %';
    const doc = parse(mapToSvg(drawing(), { width: 200, height: 300, fontSize: 10, heading }));
    const lines = [...doc.querySelectorAll('text.map-heading')].map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(heading);
    const lastBaseline = Math.max(...[...doc.querySelectorAll('text.map-heading')].map((t) => Number(t.getAttribute('y'))));
    const ys = shapes(doc).flatMap((p) => [...(p.getAttribute('d') ?? '').matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1])));
    expect(Math.min(...ys)).toBeGreaterThan(lastBaseline);
  });
});

describe('fitProjection: equirectangular, x shrunk by cos(mean latitude)', () => {
  it('keeps the aspect ratio of the ground, whatever the box', () => {
    const bbox = [105.1, 17.9, 106.5, 18.8] as const;
    const cos = Math.cos((18.35 * Math.PI) / 180);
    const groundAspect = ((106.5 - 105.1) * cos) / (18.8 - 17.9);
    for (const box of [
      { width: 400, height: 300 },
      { width: 100, height: 500 },
      { width: 900, height: 120 },
    ]) {
      const p = fitProjection(bbox, box);
      expect(p.width / p.height).toBeCloseTo(groundAspect, 9);
      // As large as the box allows: one side touches, the other fits, and the map is centred.
      expect(Math.max(p.width / box.width, p.height / box.height)).toBeCloseTo(1, 9);
      expect(p.width).toBeLessThanOrEqual(box.width + 1e-9);
      expect(p.height).toBeLessThanOrEqual(box.height + 1e-9);
      expect(p.x).toBeCloseTo((box.width - p.width) / 2, 9);
      expect(p.y).toBeCloseTo((box.height - p.height) / 2, 9);
    }
  });

  it('puts north at the top and west at the left, corners on the box', () => {
    const p = fitProjection([100, -0.5, 102, 0.5], { x: 10, y: 20, width: 200, height: 100 });
    // Centred on the equator cos = 1: 2° × 1° fills 200 × 100 exactly.
    expect(p.project(100, 0.5)).toEqual([10, 20]);
    const [x, y] = p.project(102, -0.5);
    expect(x).toBeCloseTo(210, 9);
    expect(y).toBeCloseTo(120, 9);
  });

  it('shrinks longitude at high latitude: a 2° × 1° box at 60° N is drawn as wide as tall', () => {
    const p = fitProjection([10, 59.5, 12, 60.5], { width: 100, height: 100 });
    expect(p.width / p.height).toBeCloseTo(2 * Math.cos((60 * Math.PI) / 180), 9);
  });

  it('measures the outer rings of every feature', () => {
    expect(featuresBbox(FEATURES)).toEqual([105.2, 18.0, 106.5, 18.6]);
    expect(featuresBbox([])).toBeNull();
  });
});
