import { headerWithUnit, type TableColumn } from '../../lib/export/table-data';

/**
 * Page geometry of the briefing pack, in millimetres (A4 portrait), and the pure parts of its layout: column widths
 * and where page breaks fall. Kept apart from jsPDF so they can be tested without drawing.
 */
export const PAGE = { width: 210, height: 297, margin: 16, top: 14, footerHeight: 25 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Lowest y a block may reach before the footer. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.footerHeight;

/** Points to millimetres, for line heights: 1 pt = 0.3528 mm. */
export const ptToMm = (pt: number) => pt * 0.3528;

/** Millimetres to CSS pixels (96 per inch): the size an SVG is drawn at so that its px text keeps its CSS size. */
export const mmToPx = (mm: number) => (mm * 96) / 25.4;

/** Width of the map column beside a chart, and the gap between them (mm). */
export const MAP_COLUMN = { width: 70, gap: 5 } as const;

/**
 * The chart and the map of a theme slide side by side: the map gets a fixed column wide enough for a province's
 * districts and a two-column legend, the ranking the rest (its unit names need the room more than the map does).
 */
export function chartMapColumns(width: number): { chart: { x: number; width: number }; map: { x: number; width: number } } {
  const mapWidth = Math.min(MAP_COLUMN.width, width / 2);
  const chartWidth = width - MAP_COLUMN.gap - mapWidth;
  return { chart: { x: 0, width: chartWidth }, map: { x: chartWidth + MAP_COLUMN.gap, width: mapWidth } };
}

/**
 * Column widths: text columns (unit names, tiers) get the width their longest cell needs, up to 45 % of the table
 * together; the figures share the rest equally. `natural` is each column's widest cell as measured in the PDF font.
 * Widths always add up to the available width.
 */
export function columnWidths(columns: readonly Pick<TableColumn, 'kind'>[], natural: readonly number[], width: number): number[] {
  const isText = columns.map((c) => c.kind === 'text');
  const numericCount = isText.filter((t) => !t).length;
  if (!numericCount) return columns.map(() => width / Math.max(1, columns.length));
  const wanted = columns.map((_, i) => (isText[i] ? Math.max(12, natural[i] ?? 0) : 0));
  const textTotal = wanted.reduce((a, b) => a + b, 0);
  const scale = textTotal > width * 0.45 ? (width * 0.45) / textTotal : 1;
  const numericWidth = (width - textTotal * scale) / numericCount;
  return columns.map((_, i) => (isText[i] ? (wanted[i] ?? 0) * scale : numericWidth));
}

/** Header texts as exported (with the unit of measure), the same headers the CSV and XLSX carry. */
export function headerTexts(columns: readonly TableColumn[]): string[] {
  return columns.map(headerWithUnit);
}

/**
 * How many rows of `heights` fit from `y` down to `bottom`; at least one when the page is empty (a row taller than
 * a page is drawn anyway rather than looping forever).
 */
export function rowsThatFit(heights: readonly number[], y: number, bottom: number, pageIsEmpty: boolean): number {
  let used = y;
  let count = 0;
  for (const h of heights) {
    if (used + h > bottom) break;
    used += h;
    count += 1;
  }
  return count === 0 && pageIsEmpty && heights.length > 0 ? 1 : count;
}

/** Keeps an aspect ratio inside a box: the chart is drawn as large as the width allows, capped by height. */
export function fitBox(aspect: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const width = Math.min(maxWidth, maxHeight * aspect);
  return { width, height: width / aspect };
}
