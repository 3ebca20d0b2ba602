import * as z from 'zod/mini';

/**
 * Wire shapes of a boundary file: a GeoJSON FeatureCollection of (Multi)Polygons, or a TopoJSON topology.
 * Only what the map needs is checked; everything else a GIS export carries (crs, bbox, foreign members) may stay.
 */

/** [lon, lat] with an optional altitude, which the map drops. */
const positionSchema = z.array(z.number()).check(z.minLength(2), z.maxLength(3));
/** A ring needs three corners; it may arrive unclosed (the normaliser closes it). */
const ringSchema = z.array(positionSchema).check(z.minLength(3));
const polygonCoordinatesSchema = z.array(ringSchema).check(z.minLength(1));

const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinatesSchema });
const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(polygonCoordinatesSchema).check(z.minLength(1)),
});

export const areaGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);

const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.nullable(z.record(z.string(), z.unknown())),
  geometry: areaGeometrySchema,
});

export const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema).check(z.minLength(1)),
});

export type WireFeatureCollection = z.infer<typeof featureCollectionSchema>;
export type WireFeature = WireFeatureCollection['features'][number];

/** Enough of a topology to pick an object; topojson-client does the rest and the result is checked as GeoJSON. */
export const topologySchema = z.object({
  type: z.literal('Topology'),
  objects: z.record(z.string(), z.object({ type: z.string() })),
  arcs: z.array(z.array(z.array(z.number()))),
});
