import type { PathOptions } from 'leaflet';
import type { ColorScale } from '../../domain/scale';

/** Borders dark enough to separate the lightest class from the background, thin enough not to hide small units. */
const BORDER = { color: '#4d4d4d', weight: 0.8, opacity: 0.9 } as const;
const SELECTED = { color: '#111111', weight: 3, opacity: 1 } as const;
const HOVER = { color: '#111111', weight: 2, opacity: 1 } as const;

export interface StyleInput {
  readonly values: ReadonlyMap<string, number | null>;
  readonly scale: ColorScale;
  readonly selectedCode: string | null;
  /** CSS paint for no-data units, e.g. `url(#hatch)`: the scale's grey with hatching on top. */
  readonly noDataPaint: string;
  /** Lower when a tile layer lies underneath and should show through. */
  readonly fillOpacity: number;
}

/** Leaflet path options for one unit: the same scale that writes the legend picks the fill. */
export function unitStyle(code: string | undefined, input: StyleInput): PathOptions {
  const target = input.scale.classify(code === undefined ? null : input.values.get(code));
  const border = code !== undefined && code === input.selectedCode ? SELECTED : BORDER;
  return {
    ...border,
    fillColor: target.kind === 'no-data' ? input.noDataPaint : target.fill,
    fillOpacity: input.fillOpacity,
  };
}

/** The hover outline, on top of whatever the unit's style is now. */
export function hoverStyle(base: PathOptions): PathOptions {
  return base.weight !== undefined && base.weight >= SELECTED.weight ? base : { ...base, ...HOVER };
}
