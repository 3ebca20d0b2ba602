import { describe, expect, it } from 'vitest';
import { createColorScale, type ScaleSpec } from './color-scale';
import { DIVERGING_SCHEMES, NO_DATA_FILL, SEQUENTIAL_SCHEMES } from './palettes';

const YLGNBU_4 = SEQUENTIAL_SCHEMES.YlGnBu[1];
const RDYLBU_4 = DIVERGING_SCHEMES.RdYlBu[1];
const RDYLBU_5 = DIVERGING_SCHEMES.RdYlBu[2];

const rates: ScaleSpec = {
  classification: { method: 'equal-interval', classes: 4 },
  scheme: { kind: 'sequential' },
  direction: 'higher-is-better',
  unit: '%',
};
const values = [60, 70, 80, 90];

describe('createColorScale: fills', () => {
  it.each([
    { name: 'higher-is-better: the highest value gets the dark end', spec: rates, value: 90, expected: YLGNBU_4[3] },
    { name: 'higher-is-better: the lowest value gets the light end', spec: rates, value: 60, expected: YLGNBU_4[0] },
    { name: 'lower-is-better flips the palette', spec: { ...rates, direction: 'lower-is-better' as const }, value: 90, expected: YLGNBU_4[0] },
    { name: 'lower-is-better: the lowest value gets the dark end', spec: { ...rates, direction: 'lower-is-better' as const }, value: 60, expected: YLGNBU_4[3] },
    { name: 'a value on a break takes the upper class', spec: rates, value: 67.5, expected: YLGNBU_4[1] },
  ])('$name', ({ spec, value, expected }) => {
    expect(createColorScale(spec, values).fill(value)).toBe(expected);
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])('%s is no data, never the lowest class', (value) => {
    const scale = createColorScale(rates, values);
    expect(scale.classify(value).kind).toBe('no-data');
    expect(scale.fill(value)).toBe(NO_DATA_FILL);
    expect(scale.classes.map((c) => c.fill)).not.toContain(NO_DATA_FILL);
  });

  it('zero is a value, not no data', () => {
    const scale = createColorScale(rates, [0, 10, 20]);
    expect(scale.classify(0).kind).toBe('class');
  });

  it('with no values at all every unit is no data', () => {
    const scale = createColorScale(rates, [null, null]);
    expect(scale.classes).toHaveLength(0);
    expect(scale.classify(50).kind).toBe('no-data');
  });
});

describe('createColorScale: diverging around a centre', () => {
  const around80: ScaleSpec = {
    classification: { method: 'fixed', thresholds: [70, 80, 90] },
    scheme: { kind: 'diverging', centre: 80 },
    direction: 'higher-is-better',
  };

  it.each([
    { name: 'far below the centre: the "worse" end', value: 60, expected: RDYLBU_4[0] },
    { name: 'just below', value: 75, expected: RDYLBU_4[1] },
    { name: 'just above', value: 85, expected: RDYLBU_4[2] },
    { name: 'far above: the "better" end', value: 95, expected: RDYLBU_4[3] },
  ])('$name', ({ value, expected }) => {
    expect(createColorScale(around80).fill(value)).toBe(expected);
  });

  it('lower-is-better paints values above the centre with the "worse" colours', () => {
    const scale = createColorScale({ ...around80, direction: 'lower-is-better' });
    expect(scale.fill(95)).toBe(RDYLBU_4[0]);
    expect(scale.fill(60)).toBe(RDYLBU_4[3]);
  });

  it('a class straddling the centre gets the neutral middle colour', () => {
    const scale = createColorScale({ ...around80, classification: { method: 'fixed', thresholds: [60, 75, 85, 95] } });
    expect(scale.fill(80)).toBe(RDYLBU_5[2]);
    expect(scale.fill(70)).toBe(RDYLBU_5[1]);
    expect(scale.fill(90)).toBe(RDYLBU_5[3]);
  });

  it('keeps intensity symmetric when one side has more classes', () => {
    // Thresholds 50, 70, 80 around 80: three classes below, one above.
    const scale = createColorScale({ ...around80, classification: { method: 'fixed', thresholds: [50, 70, 80] } });
    const six = DIVERGING_SCHEMES.RdYlBu[3];
    expect(scale.fill(75)).toBe(six[2]); // nearest below the centre: the lightest "worse" colour
    expect(scale.fill(85)).toBe(six[3]); // nearest above: the lightest "better" colour
    expect(scale.fill(10)).toBe(six[0]);
  });

  it('rejects more than five classes on one side', () => {
    expect(() =>
      createColorScale({ ...around80, classification: { method: 'fixed', thresholds: [10, 20, 30, 40, 50, 60] } }),
    ).toThrow(RangeError);
  });
});

describe('createColorScale: legend', () => {
  it('uses the same classes and colours as the fills, with vi-VN labels and counts', () => {
    const scale = createColorScale(rates, values);
    const legend = scale.legend([...values, null, 65]);
    expect(legend.map((e) => e.label)).toEqual([
      '60,0 – 67,5 %',
      '67,5 – 75,0 %',
      '75,0 – 82,5 %',
      '82,5 – 90,0 %',
      'Không có số liệu',
    ]);
    expect(legend.map((e) => e.fill)).toEqual([...scale.classes.map((c) => c.fill), NO_DATA_FILL]);
    expect(legend.map((e) => e.count)).toEqual([2, 1, 1, 1, 1]);
    expect(legend.at(-1)?.kind).toBe('no-data');
  });

  it.each([
    {
      name: 'open-ended fixed tiers',
      spec: { ...rates, classification: { method: 'fixed' as const, thresholds: [50, 90] } },
      expected: ['< 50 %', '50 – 90 %', '≥ 90 %'],
    },
    {
      name: 'thousands with a dot, no unit',
      spec: { ...rates, unit: undefined, classification: { method: 'fixed' as const, thresholds: [1200, 2500.5] } },
      expected: ['< 1.200,0', '1.200,0 – 2.500,5', '≥ 2.500,5'],
    },
    {
      name: 'decimals given explicitly',
      spec: { ...rates, decimals: 2 },
      expected: ['60,00 – 67,50 %', '67,50 – 75,00 %', '75,00 – 82,50 %', '82,50 – 90,00 %'],
    },
    {
      name: 'English locale and label when asked',
      spec: { ...rates, locale: 'en-GB', noDataLabel: 'No data', classification: { method: 'fixed' as const, thresholds: [1200.5] } },
      expected: ['< 1,200.5 %', '≥ 1,200.5 %', 'No data'],
    },
  ])('$name', ({ spec, expected }) => {
    const labels = createColorScale(spec, values)
      .legend()
      .map((e) => e.label);
    expect(labels.slice(0, expected.length)).toEqual(expected);
  });

  it('adds decimals until different bounds print differently', () => {
    const scale = createColorScale({ ...rates, classification: { method: 'fixed', thresholds: [80.04, 80.06] } });
    expect(scale.classes.map((c) => c.label)).toEqual(['< 80,04 %', '80,04 – 80,06 %', '≥ 80,06 %']);
  });
});

describe('createColorScale: decimals of computed breaks', () => {
  it('whole-number breaks print without decimals', () => {
    const scale = createColorScale({ ...rates, classification: { method: 'quantile', classes: 3 } }, [70, 71, 72, 80]);
    expect(scale.classes.map((c) => c.label)).toEqual(['70 – 71 %', '71 – 72 %', '72 – 80 %']);
  });

  it('breaks that never print exactly get the fewest decimals that keep them apart', () => {
    const scale = createColorScale({ ...rates, classification: { method: 'equal-interval', classes: 3 } }, [0, 10]);
    expect(scale.classes.map((c) => c.label)).toEqual(['0,0 – 3,3 %', '3,3 – 6,7 %', '6,7 – 10,0 %']);
  });
});
