export {
  createColorScale,
  DEFAULT_NO_DATA_LABEL,
  type Classification,
  type ColorScale,
  type ColourScheme,
  type Direction,
  type LegendEntry,
  type NoDataClass,
  type ScaleClass,
  type ScaleSpec,
} from './color-scale';
export {
  divergingEqualIntervals,
  divergingQuantileIntervals,
  equalIntervals,
  fixedIntervals,
  quantileIntervals,
  type ClassInterval,
} from './classify';
export { NO_DATA_FILL, NO_DATA_HATCH, type DivergingPalette, type SequentialPalette } from './palettes';
