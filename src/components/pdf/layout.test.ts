import { describe, expect, it } from 'vitest';
import { CONTENT_WIDTH, chartMapColumns, columnWidths, fitBox, headerTexts, MAP_COLUMN, mmToPx, rowsThatFit } from './layout';

describe('briefing pack layout', () => {
  const columns = [
    { key: 'name', header: 'Đơn vị', kind: 'text' as const },
    { key: 'rate', header: 'Tỷ lệ', kind: 'percent' as const },
    { key: 'n', header: 'Đơn thư', kind: 'count' as const, unit: 'đơn' },
  ];

  it('gives the text columns what their longest cell needs and shares the rest among the figures', () => {
    const widths = columnWidths(columns, [26, 0, 0], CONTENT_WIDTH);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(CONTENT_WIDTH, 6);
    expect(widths[0]).toBe(26);
    expect(widths[1]).toBeCloseTo((CONTENT_WIDTH - 26) / 2, 6);
    // Text wider than 45 % of the table is held to it, and wraps.
    const long = columnWidths([columns[0]!, { kind: 'text' }, columns[1]!], [100, 60, 0], CONTENT_WIDTH);
    expect(long[0]! + long[1]!).toBeCloseTo(CONTENT_WIDTH * 0.45, 6);
    expect(long[0]! / long[1]!).toBeCloseTo(100 / 60, 6);
  });

  it('prints the headers with their units of measure, as the CSV does', () => {
    expect(headerTexts(columns)).toEqual(['Đơn vị', 'Tỷ lệ (%)', 'Đơn thư (đơn)']);
  });

  it('breaks a table where the page ends, but always places one row on an empty page', () => {
    expect(rowsThatFit([5, 5, 5, 5], 260, 277, false)).toBe(3);
    expect(rowsThatFit([5, 5], 276, 277, false)).toBe(0);
    expect(rowsThatFit([300], 20, 277, true)).toBe(1);
  });

  it('fits a chart in its box keeping its proportions', () => {
    expect(fitBox(2, 178, 92)).toEqual({ width: 178, height: 89 });
    expect(fitBox(2, 178, 60)).toEqual({ width: 120, height: 60 });
  });
});

describe('chart and map side by side', () => {
  it('gives the map a fixed column and the chart the rest, with a gap, filling the width', () => {
    const { chart, map } = chartMapColumns(CONTENT_WIDTH);
    expect(map.width).toBe(MAP_COLUMN.width);
    expect(chart.x).toBe(0);
    expect(map.x).toBeCloseTo(chart.width + MAP_COLUMN.gap, 9);
    expect(map.x + map.width).toBeCloseTo(CONTENT_WIDTH, 9);
    expect(chart.width).toBeGreaterThan(map.width);
    // On a narrow page the map never takes more than half.
    expect(chartMapColumns(100).map.width).toBe(50);
  });

  it('draws an SVG at 96 px to the inch, so its px text keeps its CSS size on paper', () => {
    expect(mmToPx(25.4)).toBeCloseTo(96, 9);
  });
});
