import type { GeoJSON as LeafletGeoJSON, PathOptions, StyleFunction } from 'leaflet';

export interface RestyleTiming {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly samples: readonly number[];
}

export function median(samples: readonly number[]): number {
  const sorted = samples.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function timing(samples: readonly number[]): RestyleTiming {
  return { medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), samples };
}

/**
 * Times what a period change costs the map itself: `layer.setStyle(style)` with a new style function, the call
 * react-leaflet makes when ChoroplethMap's memoised style changes. Alternates between the value sets given
 * (so every round really changes fills) and returns the median of `rounds` calls. Browser only (needs the SVG DOM).
 */
export function measureRestyle<V>(
  layer: LeafletGeoJSON,
  valueSets: readonly V[],
  styleFor: (values: V) => StyleFunction | PathOptions,
  rounds = 20,
): RestyleTiming {
  if (valueSets.length < 2) throw new RangeError('Give at least two value sets, or nothing changes between rounds');
  const styles = valueSets.map(styleFor);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const style = styles[round % styles.length];
    if (!style) continue;
    const start = performance.now();
    layer.setStyle(style);
    samples.push(performance.now() - start);
  }
  return timing(samples);
}
