/**
 * Colour-blind-safe palettes, hard-coded so the product carries no colour library.
 * Values are ColorBrewer 2.0 schemes (Cynthia Brewer, Mark Harrower, Pennsylvania State University;
 * Apache License 2.0), every one marked "colorblind safe" there. Index 0 of each scheme holds 3 colours,
 * index 1 holds 4, and so on: sequential schemes go up to 9 colours, diverging ones up to 11.
 * Every scheme runs from the "worse" end to the "better" end (light → dark; red/brown/orange → blue/teal/purple),
 * and the scale flips it for lower-is-better indicators.
 */

export const SEQUENTIAL_SCHEMES = {
  YlGnBu: [
    ['#edf8b1', '#7fcdbb', '#2c7fb8'],
    ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
    ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
    ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
    ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
    ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
    ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
  ],
  Blues: [
    ['#deebf7', '#9ecae1', '#3182bd'],
    ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
    ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
    ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
    ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
    ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
    ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
  ],
  Greens: [
    ['#e5f5e0', '#a1d99b', '#31a354'],
    ['#edf8e9', '#bae4b3', '#74c476', '#238b45'],
    ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'],
    ['#edf8e9', '#c7e9c0', '#a1d99b', '#74c476', '#31a354', '#006d2c'],
    ['#edf8e9', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#005a32'],
    ['#f7fcf5', '#e5f5e0', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#005a32'],
    ['#f7fcf5', '#e5f5e0', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#006d2c', '#00441b'],
  ],
  Purples: [
    ['#efedf5', '#bcbddc', '#756bb1'],
    ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#6a51a3'],
    ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
    ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'],
    ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
    ['#fcfbfd', '#efedf5', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
    ['#fcfbfd', '#efedf5', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#54278f', '#3f007d'],
  ],
} as const;

export const DIVERGING_SCHEMES = {
  RdYlBu: [
    ['#fc8d59', '#ffffbf', '#91bfdb'],
    ['#d7191c', '#fdae61', '#abd9e9', '#2c7bb6'],
    ['#d7191c', '#fdae61', '#ffffbf', '#abd9e9', '#2c7bb6'],
    ['#d73027', '#fc8d59', '#fee090', '#e0f3f8', '#91bfdb', '#4575b4'],
    ['#d73027', '#fc8d59', '#fee090', '#ffffbf', '#e0f3f8', '#91bfdb', '#4575b4'],
    ['#d73027', '#f46d43', '#fdae61', '#fee090', '#e0f3f8', '#abd9e9', '#74add1', '#4575b4'],
    ['#d73027', '#f46d43', '#fdae61', '#fee090', '#ffffbf', '#e0f3f8', '#abd9e9', '#74add1', '#4575b4'],
    ['#a50026', '#d73027', '#f46d43', '#fdae61', '#fee090', '#e0f3f8', '#abd9e9', '#74add1', '#4575b4', '#313695'],
    ['#a50026', '#d73027', '#f46d43', '#fdae61', '#fee090', '#ffffbf', '#e0f3f8', '#abd9e9', '#74add1', '#4575b4', '#313695'],
  ],
  BrBG: [
    ['#d8b365', '#f5f5f5', '#5ab4ac'],
    ['#a6611a', '#dfc27d', '#80cdc1', '#018571'],
    ['#a6611a', '#dfc27d', '#f5f5f5', '#80cdc1', '#018571'],
    ['#8c510a', '#d8b365', '#f6e8c3', '#c7eae5', '#5ab4ac', '#01665e'],
    ['#8c510a', '#d8b365', '#f6e8c3', '#f5f5f5', '#c7eae5', '#5ab4ac', '#01665e'],
    ['#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#c7eae5', '#80cdc1', '#35978f', '#01665e'],
    ['#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#f5f5f5', '#c7eae5', '#80cdc1', '#35978f', '#01665e'],
    ['#543005', '#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#c7eae5', '#80cdc1', '#35978f', '#01665e', '#003c30'],
    ['#543005', '#8c510a', '#bf812d', '#dfc27d', '#f6e8c3', '#f5f5f5', '#c7eae5', '#80cdc1', '#35978f', '#01665e', '#003c30'],
  ],
  PuOr: [
    ['#998ec3', '#f7f7f7', '#f1a340'],
    ['#5e3c99', '#b2abd2', '#fdb863', '#e66101'],
    ['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'],
    ['#542788', '#998ec3', '#d8daeb', '#fee0b6', '#f1a340', '#b35806'],
    ['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'],
    ['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#fee0b6', '#fdb863', '#e08214', '#b35806'],
    ['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806'],
    ['#2d004b', '#542788', '#8073ac', '#b2abd2', '#d8daeb', '#fee0b6', '#fdb863', '#e08214', '#b35806', '#7f3b08'],
    ['#2d004b', '#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806', '#7f3b08'],
  ],
  RdBu: [
    ['#ef8a62', '#f7f7f7', '#67a9cf'],
    ['#ca0020', '#f4a582', '#92c5de', '#0571b0'],
    ['#ca0020', '#f4a582', '#f7f7f7', '#92c5de', '#0571b0'],
    ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'],
    ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'],
    ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
    ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
    ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
    ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
  ],
} as const;

export type SequentialPalette = keyof typeof SEQUENTIAL_SCHEMES;
export type DivergingPalette = keyof typeof DIVERGING_SCHEMES;

export const MIN_SCHEME_SIZE = 3;
export const MAX_SEQUENTIAL_SIZE = 9;
export const MAX_DIVERGING_SIZE = 11;

function pick(schemes: readonly (readonly string[])[], size: number, max: number): readonly string[] {
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new RangeError(`A palette has between 1 and ${max} colours, not ${size}`);
  }
  if (size >= MIN_SCHEME_SIZE) return schemes[size - MIN_SCHEME_SIZE] ?? [];
  // ColorBrewer starts at three colours; one or two classes borrow from the three-colour scheme.
  const three = schemes[0] ?? [];
  if (size === 1) return [three[1] ?? ''];
  return [three[0] ?? '', three[2] ?? ''];
}

/** `size` colours of a sequential palette, light (worse) → dark (better). */
export function sequentialColours(palette: SequentialPalette, size: number): readonly string[] {
  return pick(SEQUENTIAL_SCHEMES[palette], size, MAX_SEQUENTIAL_SIZE);
}

/** `size` colours of a diverging palette; an odd size has a neutral middle colour. */
export function divergingColours(palette: DivergingPalette, size: number): readonly string[] {
  return pick(DIVERGING_SCHEMES[palette], size, MAX_DIVERGING_SIZE);
}

/** The no-data class: a neutral grey that appears in no palette above, drawn hatched on the map and in the legend. */
export const NO_DATA_FILL = '#d9d9d9';
export const NO_DATA_HATCH = '#969696';
