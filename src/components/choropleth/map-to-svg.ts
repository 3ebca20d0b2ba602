import type { Position } from 'geojson';
import type { ColorScale } from '../../domain/scale';
import type { BoundaryFeature } from '../../sources/boundaries/normalise';

/**
 * The choropleth as a standalone SVG string, without Leaflet or a DOM: for the PDF briefing pack (svg2pdf.js) and
 * anywhere a static picture of the map is wanted. The same scale object as the interactive map picks every fill and
 * writes the legend, so paper and screen agree. Unit names are written as escaped XML text, never as markup.
 */
export interface MapDrawing {
  /** The normalised boundary features (property `code`), in WGS 84 degrees. */
  readonly features: readonly BoundaryFeature[];
  /** Value per unit code; absent or null is no data. */
  readonly values: ReadonlyMap<string, number | null>;
  readonly scale: ColorScale;
  /** Unit code → full name, for each shape's accessible title. */
  readonly names: ReadonlyMap<string, string>;
  /** Optional text drawn on each unit (a short name, or its value). */
  readonly labels?: ReadonlyMap<string, string>;
  /** Formats a value in the shape's title ("Huyện Hương Sơn: 82,5 %"); the bare number otherwise. */
  readonly formatValue?: (value: number) => string;
  /** Areas drawn in grey under the units for orientation (neighbouring provinces), clipped to the map's box. */
  readonly context?: readonly BoundaryFeature[];
  /** Data credits written in the map's corner (e.g. "© OpenStreetMap contributors"): a picture carries its credit. */
  readonly credits?: readonly string[];
}

export interface MapSvgOptions {
  /** Size of the whole picture (map and legend) in SVG user units. */
  readonly width: number;
  readonly height: number;
  readonly fontFamily?: string;
  /** Legend text size in user units; unit labels are a little smaller. */
  readonly fontSize?: number;
  /** Where the legend goes; 'none' leaves the whole box to the map. */
  readonly legend?: 'bottom' | 'right' | 'none';
  /** Accessible name of the picture. */
  readonly title?: string;
  /** A heading written above the map (a standalone picture names what it shows; the PDF has its own titles). */
  readonly heading?: string;
  /** Prefix of element ids, unique per document when several maps share one page. */
  readonly idPrefix?: string;
  /** Writes after each legend label how many units it holds, as the on-screen legend does (default true). */
  readonly showCounts?: boolean;
}

export type Bbox = readonly [west: number, south: number, east: number, north: number];

export interface Projection {
  readonly project: (lon: number, lat: number) => readonly [number, number];
  /** Scale in user units per degree of latitude. */
  readonly k: number;
  /** The projected extent of the bbox inside the box: its size and offset. */
  readonly width: number;
  readonly height: number;
  readonly x: number;
  readonly y: number;
}

const INK = '#1b2733';
const BORDER = '#ffffff';
const CONTEXT_FILL = '#e6e8eb';
const CONTEXT_BORDER = '#b9c0c8';
const CREDIT_INK = '#4a4a4a';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function ringsOf(feature: BoundaryFeature): Position[][][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/** [west, south, east, north] of the outer rings of the features; null when there are none. */
export function featuresBbox(features: readonly BoundaryFeature[]): Bbox | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const feature of features)
    for (const polygon of ringsOf(feature))
      for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

/**
 * Equirectangular projection with x shrunk by cos(mean latitude), fitted inside the box and centred: at a province's
 * size this keeps shapes and the ratio of width to height as a reader knows them (a degree of longitude at 18° N is
 * 0.95 of a degree of latitude), without a projection library.
 */
export function fitProjection(bbox: Bbox, box: { readonly x?: number; readonly y?: number; readonly width: number; readonly height: number }): Projection {
  const [west, south, east, north] = bbox;
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * cos, 1e-9);
  const spanY = Math.max(north - south, 1e-9);
  const k = Math.min(box.width / spanX, box.height / spanY);
  const width = spanX * k;
  const height = spanY * k;
  const x = (box.x ?? 0) + (box.width - width) / 2;
  const y = (box.y ?? 0) + (box.height - height) / 2;
  return { project: (lon, lat) => [x + (lon - west) * cos * k, y + (north - lat) * k], k, width, height, x, y };
}

const num = (v: number) => String(Math.round(v * 10) / 10);

function pathData(feature: BoundaryFeature, projection: Projection): string {
  return ringsOf(feature)
    .flatMap((polygon) =>
      polygon.map((ring) => {
        const points = ring.slice(0, -1).map(([lon = 0, lat = 0]) => projection.project(lon, lat));
        return `M${points.map(([px, py]) => `${num(px)},${num(py)}`).join('L')}Z`;
      }),
    )
    .join('');
}

/** Area-weighted centroid of a projected ring, with its signed area. */
function ringCentroid(points: readonly (readonly [number, number])[]): { x: number; y: number; area: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, y0] = points[i] ?? [0, 0];
    const [x1, y1] = points[i + 1] ?? [0, 0];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  if (Math.abs(area) < 1e-12) {
    const n = Math.max(1, points.length);
    return { x: points.reduce((s, p) => s + p[0], 0) / n, y: points.reduce((s, p) => s + p[1], 0) / n, area: 0 };
  }
  return { x: cx / (6 * area), y: cy / (6 * area), area: Math.abs(area) };
}

/** Where a unit's label goes: the centroid of its largest outer ring. */
export function labelPoint(feature: BoundaryFeature, projection: Projection): { x: number; y: number } {
  let best = { x: 0, y: 0, area: -1 };
  for (const polygon of ringsOf(feature)) {
    const c = ringCentroid((polygon[0] ?? []).map(([lon = 0, lat = 0]) => projection.project(lon, lat)));
    if (c.area > best.area) best = c;
  }
  return { x: best.x, y: best.y };
}

/** White text on dark fills, ink on light ones (WCAG relative luminance of the fill). */
export function textColourOn(fill: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill)?.[1];
  if (!hex) return INK;
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.3 ? '#ffffff' : INK;
}

/** A rough width of a line of text in the font size given: no DOM to measure in, only enough to lay out a legend. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.56;
}

/** Breaks text into lines that fit the width, at spaces. */
function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface LegendItem {
  readonly fill: string;
  readonly hatched: boolean;
  readonly text: string;
}

interface LegendLayout {
  readonly width: number;
  readonly height: number;
  readonly svg: (x: number, y: number) => string;
}

/** Swatches with their labels, in as many columns as fit the width (bottom) or one column (right). */
function legendLayout(items: readonly LegendItem[], maxWidth: number, fontSize: number, hatchId: string, oneColumn: boolean): LegendLayout {
  const swatch = fontSize * 1.1;
  const gap = fontSize * 0.45;
  const rowHeight = fontSize * 1.5;
  const columnGap = fontSize * 1.2;
  const itemWidth = Math.max(...items.map((i) => swatch + gap + textWidth(i.text, fontSize)), 0);
  const columns = oneColumn ? 1 : Math.max(1, Math.min(items.length, Math.floor((maxWidth + columnGap) / (itemWidth + columnGap))));
  const rows = Math.ceil(items.length / columns);
  const width = Math.min(maxWidth, columns * itemWidth + (columns - 1) * columnGap);
  return {
    width,
    height: rows * rowHeight,
    svg: (x0, y0) =>
      items
        .map((item, i) => {
          // Filled down each column, so the classes read in order from top to bottom, then left to right.
          const column = Math.floor(i / rows);
          const row = i % rows;
          const x = x0 + column * (itemWidth + columnGap);
          const y = y0 + row * rowHeight + (rowHeight - swatch) / 2;
          const box = `x="${num(x)}" y="${num(y)}" width="${num(swatch)}" height="${num(swatch)}"`;
          const hatch = item.hatched ? `<rect ${box} fill="url(#${hatchId})"/>` : '';
          return (
            `<g class="legend-entry"><rect ${box} fill="${item.fill}" stroke="#8a96a3" stroke-width="0.4"/>${hatch}` +
            `<text x="${num(x + swatch + gap)}" y="${num(y + swatch * 0.82)}" font-size="${num(fontSize)}" fill="${INK}">${escapeXml(item.text)}</text></g>`
          );
        })
        .join(''),
  };
}

/**
 * The map as an SVG document: one `<path>` per unit filled with `scale.fill(value)` (no-data units in the scale's
 * grey with a hatch on top), thin white borders, an optional label per unit, and the legend from `scale.legend()`.
 */
export function mapToSvg(drawing: MapDrawing, options: MapSvgOptions): string {
  const { width, height } = options;
  const fontSize = options.fontSize ?? 10;
  const prefix = options.idPrefix ?? 'map';
  const hatchId = `${prefix}-no-data`;
  const family = options.fontFamily ? ` font-family="${escapeXml(options.fontFamily)}"` : '';
  const legendWhere = options.legend ?? 'bottom';
  const { scale, values } = drawing;
  const format = drawing.formatValue ?? ((v: number) => String(v));

  const valueOf = (code: string) => values.get(code) ?? null;
  const entries = scale.legend(drawing.features.map((f) => valueOf(f.properties.code)));
  const items: LegendItem[] = entries.map((e) => ({
    fill: e.fill,
    hatched: e.kind === 'no-data',
    text: options.showCounts === false ? e.label : `${e.label} (${e.count})`,
  }));

  const pad = fontSize * 0.4;
  const bbox = featuresBbox(drawing.features);
  const headingSize = fontSize * 1.15;
  const headingLines = options.heading ? wrapText(options.heading, width - 2 * pad, headingSize) : [];
  const headingHeight = headingLines.length * headingSize * 1.3;
  const headingSvg = headingLines
    .map((line, i) => `<text class="map-heading" x="${num(pad)}" y="${num(pad + (i + 0.9) * headingSize * 1.3)}" font-size="${num(headingSize)}" font-weight="bold" fill="${INK}">${escapeXml(line)}</text>`)
    .join('');
  const top0 = pad + (headingHeight ? headingHeight + pad : 0);
  const inner = { x: pad, y: top0, width: width - 2 * pad, height: height - top0 - pad };
  let projection: Projection | null = null;
  let mapBox = inner;
  let legendSvg = '';
  if (legendWhere === 'bottom' && items.length) {
    // The map as large as the room above the legend allows, then map and legend centred together in the box.
    const legend = legendLayout(items, inner.width, fontSize, hatchId, false);
    const room = { ...inner, height: Math.max(1, inner.height - legend.height - pad) };
    const fitted = bbox ? fitProjection(bbox, room) : null;
    const mapHeight = fitted?.height ?? room.height;
    const top = inner.y + (inner.height - (mapHeight + pad + legend.height)) / 2;
    mapBox = { x: inner.x, y: top, width: inner.width, height: mapHeight };
    projection = bbox ? fitProjection(bbox, mapBox) : null;
    legendSvg = legend.svg(inner.x + (inner.width - legend.width) / 2, top + mapHeight + pad);
  } else if (legendWhere === 'right' && items.length) {
    const legend = legendLayout(items, inner.width / 2, fontSize, hatchId, true);
    mapBox = { ...inner, width: inner.width - legend.width - pad };
    projection = bbox ? fitProjection(bbox, mapBox) : null;
    legendSvg = legend.svg(width - pad - legend.width, inner.y + (inner.height - legend.height) / 2);
  } else {
    projection = bbox ? fitProjection(bbox, inner) : null;
  }

  const labelSize = fontSize * 0.78;
  const clipId = `${prefix}-map-box`;
  const context = projection
    ? (drawing.context ?? []).map((feature) => `<path d="${pathData(feature, projection)}" fill="${CONTEXT_FILL}" fill-rule="evenodd" stroke="${CONTEXT_BORDER}" stroke-width="0.6"/>`)
    : [];
  const creditSize = fontSize * 0.7;
  const creditSvg = (drawing.credits ?? [])
    .toReversed()
    .map(
      (credit, i) =>
      {
        const at = `x="${num(mapBox.x + mapBox.width)}" y="${num(mapBox.y + mapBox.height - i * creditSize * 1.3)}" text-anchor="end" font-size="${num(creditSize)}"`;
        // A white copy underneath keeps the credit readable where it runs over a shape (svg2pdf ignores paint-order).
        return (
          `<text class="map-credit-halo" ${at} fill="#ffffff" stroke="#ffffff" stroke-width="${num(creditSize * 0.25)}" stroke-linejoin="round">${escapeXml(credit)}</text>` +
          `<text class="map-credit" ${at} fill="${CREDIT_INK}">${escapeXml(credit)}</text>`
        );
      },
    )
    .join('');
  const units: string[] = [];
  const labels: string[] = [];
  if (projection) {
    for (const feature of drawing.features) {
      const code = feature.properties.code;
      const value = valueOf(code);
      const target = scale.classify(value);
      const d = pathData(feature, projection);
      const name = drawing.names.get(code) ?? code;
      const title = `${name}: ${value === null ? scale.noData.label : format(value)}`;
      const hatch = target.kind === 'no-data' ? `<path class="unit-hatch" d="${d}" fill="url(#${hatchId})" stroke="none"/>` : '';
      units.push(
        `<g class="unit" data-code="${escapeXml(code)}"><title>${escapeXml(title)}</title>` +
          `<path class="unit-shape" d="${d}" fill="${scale.fill(value)}" fill-rule="evenodd" stroke="${BORDER}" stroke-width="0.8" stroke-linejoin="round"/>${hatch}</g>`,
      );
      const label = drawing.labels?.get(code);
      if (label) {
        const at = labelPoint(feature, projection);
        const position = `x="${num(at.x)}" y="${num(at.y + labelSize * 0.35)}" text-anchor="middle" font-size="${num(labelSize)}"`;
        // A halo in the unit's own colour keeps the label readable where it runs over a neighbour. It is a copy
        // drawn underneath rather than paint-order, which svg2pdf.js does not honour.
        labels.push(
          `<text class="unit-label-halo" ${position} fill="${target.fill}" stroke="${target.fill}" stroke-width="${num(labelSize * 0.2)}" stroke-linejoin="round">${escapeXml(label)}</text>` +
            `<text class="unit-label" ${position} fill="${textColourOn(target.fill)}">${escapeXml(label)}</text>`,
        );
      }
    }
  }

  const pattern =
    `<defs><pattern id="${hatchId}" width="4" height="4" patternUnits="userSpaceOnUse">` +
    `<path d="M0,4L4,0M-1,1L1,-1M3,5L5,3" stroke="${scale.noData.hatch}" stroke-width="0.8"/></pattern>` +
    `<clipPath id="${clipId}"><rect x="${num(mapBox.x)}" y="${num(mapBox.y)}" width="${num(mapBox.width)}" height="${num(mapBox.height)}"/></clipPath></defs>`;
  const contextSvg = context.length ? `<g class="context" clip-path="url(#${clipId})">${context.join('')}</g>` : '';
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}"${family} role="img">` +
    `${title}${pattern}${headingSvg}${contextSvg}<g class="units">${units.join('')}</g><g class="unit-labels">${labels.join('')}</g><g class="legend">${legendSvg}</g><g class="credits">${creditSvg}</g></svg>`
  );
}
