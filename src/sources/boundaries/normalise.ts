import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import * as z from 'zod/mini';
import { UpstreamError } from '../../lib/http';
import { featureCollectionSchema, type WireFeature } from './schema';
import { rewindGeometry, type Winding } from './winding';

export interface BoundaryProperties {
  /** GSO unit code as a string, e.g. "436". */
  readonly code: string;
}

export type BoundaryGeometry = Polygon | MultiPolygon;
export type BoundaryFeature = Feature<BoundaryGeometry, BoundaryProperties>;

/** A validated boundary set, ready for Leaflet's GeoJSON layer. */
export interface Boundaries {
  /**
   * Identity of the shapes (file, object, feature count): the map keys its layer by it, so new values restyle the
   * layer while new shapes rebuild it.
   */
  readonly version: string;
  readonly collection: FeatureCollection<BoundaryGeometry, BoundaryProperties>;
  /** One per feature, in file order. */
  readonly codes: readonly string[];
  /** [west, south, east, north] */
  readonly bbox: readonly [number, number, number, number];
}

export interface NormaliseOptions {
  /** Feature property holding the unit code (config.boundaries.codeProperty). */
  readonly codeProperty: string;
  /** Stands in for the URL in error messages and the version. */
  readonly sourceName: string;
  readonly winding?: Winding;
}

/** How many offending paths an error lists before it stops: enough to find the pattern, short enough to read. */
const MAX_LISTED_PATHS = 5;

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function schemaError(sourceName: string, message: string, paths: readonly string[]): UpstreamError {
  return new UpstreamError('boundaries', 'schema', `${message} (${sourceName})`, undefined, paths.slice(0, MAX_LISTED_PATHS));
}

/** Codes arrive as strings or, from spreadsheets and some GIS tools, as whole numbers. */
export function readCode(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

const inRange = (p: Position) => Math.abs(p[0] ?? Number.NaN) <= 180 && Math.abs(p[1] ?? Number.NaN) <= 90;

/** Drops altitude and closes an open ring, so every ring is [lon, lat] pairs with first = last. */
function cleanRing(ring: readonly Position[]): Position[] {
  const out = ring.map((p) => [p[0] ?? 0, p[1] ?? 0]);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0] ?? 0, first[1] ?? 0]);
  return out;
}

function polygonsOf(geometry: WireFeature['geometry']): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map(cleanRing));
}

function extend(bbox: [number, number, number, number], polygons: readonly Position[][][]): void {
  for (const polygon of polygons)
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      bbox[0] = Math.min(bbox[0], lon);
      bbox[1] = Math.min(bbox[1], lat);
      bbox[2] = Math.max(bbox[2], lon);
      bbox[3] = Math.max(bbox[3], lat);
    }
}

/**
 * Validates a parsed GeoJSON document and turns it into the map's boundary set:
 * one feature per unit code (several features with one code, e.g. an island exported apart, become one MultiPolygon),
 * properties reduced to `{ code }`, rings closed, altitude dropped, rings rewound to one convention (RFC 7946 by default).
 * A bad file throws UpstreamError('boundaries', 'schema') naming the offending paths.
 */
export function normaliseBoundaries(raw: unknown, options: NormaliseOptions): Boundaries {
  const { codeProperty, sourceName } = options;
  const parsed = z.safeParse(featureCollectionSchema, raw);
  if (!parsed.success) {
    const paths = [...new Set(parsed.error.issues.map((issue) => issuePath(issue.path) || '(gốc)'))];
    const first = parsed.error.issues[0];
    throw schemaError(
      sourceName,
      `Tệp ranh giới phải là GeoJSON FeatureCollection gồm các vùng Polygon/MultiPolygon; sai tại ${paths[0] ?? '(gốc)'}: ${first?.message ?? ''}`,
      paths,
    );
  }

  const features = parsed.data.features;
  const missingCode = features.flatMap((f, i) => (readCode(f.properties?.[codeProperty]) === null ? [`features[${i}].properties.${codeProperty}`] : []));
  if (missingCode.length > 0) {
    throw schemaError(
      sourceName,
      `${missingCode.length}/${features.length} vùng không có mã đơn vị trong thuộc tính "${codeProperty}" (kiểm tra codeProperty trong cấu hình)`,
      missingCode,
    );
  }

  const byCode = new Map<string, Position[][][]>();
  const outOfRange: string[] = [];
  const tooShort: string[] = [];
  features.forEach((feature, i) => {
    const code = readCode(feature.properties?.[codeProperty]) ?? '';
    const polygons = polygonsOf(feature.geometry);
    polygons.forEach((polygon, p) =>
      polygon.forEach((ring, r) => {
        const where = `features[${i}].geometry.coordinates${feature.geometry.type === 'MultiPolygon' ? `[${p}]` : ''}[${r}]`;
        if (!ring.every(inRange)) outOfRange.push(where);
        if (ring.length < 4) tooShort.push(where);
      }),
    );
    byCode.set(code, [...(byCode.get(code) ?? []), ...polygons]);
  });
  if (outOfRange.length > 0) {
    throw schemaError(
      sourceName,
      'Toạ độ ranh giới không phải kinh độ/vĩ độ WGS 84 (tệp xuất từ VN-2000 hoặc UTM cần chuyển hệ toạ độ trước)',
      outOfRange,
    );
  }
  if (tooShort.length > 0) throw schemaError(sourceName, 'Vòng ranh giới có ít hơn ba đỉnh', tooShort);

  const winding = options.winding ?? 'rfc7946';
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const normalised: BoundaryFeature[] = [...byCode].map(([code, polygons]) => {
    extend(bbox, polygons);
    const geometry: BoundaryGeometry =
      polygons.length === 1 && polygons[0] ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
    return { type: 'Feature', properties: { code }, geometry: rewindGeometry(geometry, winding) };
  });

  return {
    version: `${sourceName}#${normalised.length}`,
    collection: { type: 'FeatureCollection', features: normalised },
    codes: normalised.map((f) => f.properties.code),
    bbox,
  };
}
