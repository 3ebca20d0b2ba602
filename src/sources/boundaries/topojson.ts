import type { Topology } from 'topojson-specification';
import * as z from 'zod/mini';
import { UpstreamError } from '../../lib/http';
import { topologySchema } from './schema';

/**
 * TopoJSON → GeoJSON. topojson-client is imported on demand so a GeoJSON deployment (the demo) never loads it.
 * The result goes through the same GeoJSON validation as any other file.
 */
export async function topologyToGeoJson(raw: unknown, objectName: string | undefined, sourceName: string): Promise<unknown> {
  const parsed = z.safeParse(topologySchema, raw);
  if (!parsed.success) {
    throw new UpstreamError('boundaries', 'schema', `Tệp ranh giới không phải TopoJSON hợp lệ (${sourceName})`, undefined, ['(gốc)']);
  }
  const names = Object.keys(parsed.data.objects);
  const name = objectName ?? names[0];
  if (name === undefined || !(name in parsed.data.objects)) {
    throw new UpstreamError(
      'boundaries',
      'schema',
      `TopoJSON không có đối tượng "${objectName ?? ''}"; có: ${names.join(', ') || '(không có)'} (${sourceName})`,
      undefined,
      [`objects.${objectName ?? ''}`],
    );
  }
  const { feature } = await import('topojson-client');
  // The zod check above covers what `feature` reads first; a malformed arc index makes it throw, caught below.
  const topology = raw as Topology;
  const object = topology.objects[name];
  if (!object) throw new UpstreamError('boundaries', 'schema', `TopoJSON thiếu đối tượng "${name}"`, undefined, [`objects.${name}`]);
  try {
    const converted = feature(topology, object);
    return converted.type === 'FeatureCollection' ? converted : { type: 'FeatureCollection', features: [converted] };
  } catch (cause) {
    throw new UpstreamError(
      'boundaries',
      'schema',
      `Không đọc được đối tượng "${name}" của TopoJSON: ${cause instanceof Error ? cause.message : String(cause)} (${sourceName})`,
      undefined,
      [`objects.${name}`],
    );
  }
}
