import { describe, expect, it } from 'vitest';
import {
  DIVERGING_SCHEMES,
  NO_DATA_FILL,
  SEQUENTIAL_SCHEMES,
  divergingColours,
  sequentialColours,
  type DivergingPalette,
  type SequentialPalette,
} from './palettes';

/** Relative luminance (WCAG), to check that sequential schemes really run light → dark. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const sequential = Object.keys(SEQUENTIAL_SCHEMES) as SequentialPalette[];
const diverging = Object.keys(DIVERGING_SCHEMES) as DivergingPalette[];

describe('palettes', () => {
  it.each(sequential)('%s: 3 … 9 colours, light to dark', (name) => {
    for (let size = 3; size <= 9; size++) {
      const colours = sequentialColours(name, size);
      expect(colours).toHaveLength(size);
      colours.forEach((c) => expect(c).toMatch(/^#[0-9a-f]{6}$/));
      const lum = colours.map(luminance);
      lum.slice(1).forEach((l, i) => expect(l).toBeLessThan(lum[i] ?? 0));
    }
  });

  it.each(diverging)('%s: 3 … 11 colours, lightest in the middle', (name) => {
    for (let size = 3; size <= 11; size++) {
      const colours = divergingColours(name, size);
      expect(colours).toHaveLength(size);
      const lum = colours.map(luminance);
      const lightest = lum.indexOf(Math.max(...lum));
      expect(Math.abs(lightest - (size - 1) / 2)).toBeLessThanOrEqual(0.5);
    }
  });

  it('one and two classes borrow from the three-colour scheme', () => {
    const three = sequentialColours('Blues', 3);
    expect(sequentialColours('Blues', 1)).toEqual([three[1]]);
    expect(sequentialColours('Blues', 2)).toEqual([three[0], three[2]]);
  });

  it.each([0, 10, 2.5])('rejects %s sequential colours', (size) => {
    expect(() => sequentialColours('YlGnBu', size)).toThrow(RangeError);
  });

  it('the no-data grey appears in no palette', () => {
    const all = [...Object.values(SEQUENTIAL_SCHEMES), ...Object.values(DIVERGING_SCHEMES)].flat(2);
    expect(all).not.toContain(NO_DATA_FILL);
  });
});
