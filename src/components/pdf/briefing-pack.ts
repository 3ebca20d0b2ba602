import type { jsPDF } from 'jspdf';
import { mapToSvg } from '../choropleth/map-to-svg';
import type { TableData } from '../../lib/export/table-data';
import { chartToSvg } from './chart-svg';
import { embedFonts, PACK_FONT } from './fonts';
import { CONTENT_BOTTOM, CONTENT_WIDTH, chartMapColumns, columnWidths, fitBox, headerTexts, mmToPx, PAGE, ptToMm, rowsThatFit } from './layout';
import type { BriefingPack, BriefingPackInput, PackMap, PackSlide } from './types';

/**
 * The briefing pack: an A4 PDF with a cover (title, period, filters, data cut-off, date of issue, contents) and one
 * section per slide (title, headline figures, highlights, the chart as vector graphics, the table behind it), the
 * filters and sources at the foot of every page and page numbers. jsPDF, svg2pdf.js and the fonts are loaded by
 * the caller's dynamic import of this module, i.e. only when someone asks for a pack.
 */
type Svg2Pdf = (element: Element, pdf: jsPDF, options?: { x?: number; y?: number; width?: number; height?: number }) => Promise<jsPDF>;

const INK = '#1b2733';
const SOFT = '#4a5866';
const BRAND = '#0b4f6c';
const LINE = '#c9d2db';
const TABLE_FONT = 7.4;
const CELL_PAD = 1.05;
/** Pixel width the charts are drawn at across the page: ECharts' 12 px text is then ~7.4 pt on paper. */
const CHART_PX = { width: 820 } as const;
/** Legend text of the printed map, in CSS pixels of its SVG: 9 px is ~6.8 pt on paper. */
const MAP_FONT_PX = 9;

class PackWriter {
  y: number = PAGE.top;
  /** Footer lines of each page, by page number. */
  readonly footers = new Map<number, readonly string[]>();
  private footer: readonly string[] = [];

  constructor(
    readonly doc: jsPDF,
    private readonly svg2pdf: Svg2Pdf,
    private readonly input: BriefingPackInput,
  ) {}

  private font(size: number, style: 'normal' | 'bold' = 'normal', color = INK) {
    this.doc.setFont(PACK_FONT, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(color);
  }

  private lineHeight(size: number) {
    return ptToMm(size) * 1.32;
  }

  private wrap(text: string, width: number): string[] {
    return this.doc.splitTextToSize(text, width) as string[];
  }

  /** Writes wrapped text at the cursor, breaking the page when it reaches the footer. */
  private paragraph(text: string, size: number, options: { style?: 'normal' | 'bold'; color?: string; indent?: number; bullet?: string } = {}) {
    this.font(size, options.style, options.color);
    const indent = options.indent ?? 0;
    const lines = this.wrap(text, CONTENT_WIDTH - indent);
    const lh = this.lineHeight(size);
    lines.forEach((line, i) => {
      if (this.y + lh > CONTENT_BOTTOM) this.newPage();
      this.font(size, options.style, options.color);
      if (i === 0 && options.bullet) this.doc.text(options.bullet, PAGE.margin + indent - 3.5, this.y, { baseline: 'top' });
      this.doc.text(line, PAGE.margin + indent, this.y, { baseline: 'top' });
      this.y += lh;
    });
  }

  newPage() {
    this.doc.addPage();
    this.startPage();
  }

  startPage() {
    const page = this.doc.getNumberOfPages();
    this.footers.set(page, this.footer);
    this.y = PAGE.top;
    this.font(7.5, 'normal', SOFT);
    this.doc.text(this.input.runningHeader, PAGE.margin, this.y, { baseline: 'top' });
    this.doc.text(this.input.province, PAGE.width - PAGE.margin, this.y, { baseline: 'top', align: 'right' });
    this.doc.setDrawColor(LINE);
    this.doc.setLineWidth(0.3);
    this.doc.line(PAGE.margin, this.y + 4.2, PAGE.width - PAGE.margin, this.y + 4.2);
    this.y += 8;
  }

  cover(): number {
    const { input, doc } = this;
    this.footers.set(1, []);
    this.y = 34;
    this.font(24, 'bold', BRAND);
    for (const line of this.wrap(input.title, CONTENT_WIDTH)) {
      doc.text(line, PAGE.margin, this.y, { baseline: 'top' });
      this.y += this.lineHeight(24);
    }
    this.y += 2;
    this.paragraph(input.subtitle, 12, { color: SOFT });
    this.y += 2;
    this.paragraph(input.province, 12, { style: 'bold' });
    this.y += 6;
    doc.setDrawColor(BRAND);
    doc.setLineWidth(0.6);
    doc.line(PAGE.margin, this.y, PAGE.margin + 40, this.y);
    this.y += 6;
    for (const item of input.cover) {
      this.paragraph(item.label, 10.5, { style: 'bold' });
      for (const line of item.lines) this.paragraph(line, 10.5, { indent: 4 });
      this.y += 2.5;
    }
    this.y += 4;
    this.paragraph(input.contentsHeading, 12, { style: 'bold', color: BRAND });
    this.y += 1;
    return this.y;
  }

  /** The contents on the cover, once the page of every slide is known. */
  contents(startY: number, startPages: readonly number[]) {
    const { doc, input } = this;
    doc.setPage(1);
    let y = startY;
    const lh = this.lineHeight(10.5);
    input.slides.forEach((slide, i) => {
      this.font(10.5, 'normal');
      doc.text(`${i + 1}. ${slide.title}`, PAGE.margin + 4, y, { baseline: 'top' });
      doc.text(String(startPages[i] ?? ''), PAGE.width - PAGE.margin, y, { baseline: 'top', align: 'right' });
      y += lh;
    });
    if (input.coverNote) {
      this.font(9, 'normal', SOFT);
      doc.text(input.coverNote, PAGE.margin, CONTENT_BOTTOM - 6, { baseline: 'top' });
    }
  }

  async slide(slide: PackSlide) {
    this.footer = slide.footer;
    this.newPage();
    this.paragraph(slide.title, 16, { style: 'bold', color: BRAND });
    this.y += 2;
    if (slide.kpis.length) this.kpis(slide.kpis);
    if (slide.highlights.length) {
      this.paragraph(slide.highlightsHeading, 11, { style: 'bold' });
      this.y += 0.8;
      for (const h of slide.highlights) {
        this.paragraph(h, 9.8, { indent: 4.5, bullet: '•' });
        this.y += 1;
      }
      this.y += 2;
    }
    // The chart gives way to the table so that a slide's section fits on its page when it can.
    const tableHeight = slide.table ? this.tableHeight(slide.table) : 0;
    const besideMap = slide.option && slide.map?.drawing ? slide.map : null;
    // Beside a map the titles and the boundary note take their measured room; alone, the chart's title one line.
    const around = besideMap ? this.chartAndMapOverhead(slide, besideMap) + 3 : slide.map?.note ? 16 : 12;
    const room = CONTENT_BOTTOM - this.y - tableHeight - around - slide.notes.length * 4;
    const height = Math.max(58, Math.min(92, room));
    if (besideMap) await this.chartAndMap(slide, besideMap, height);
    else if (slide.option) await this.chart(slide, height);
    // Without boundaries the chart keeps the page's width and one line says why the map is missing.
    if (slide.map && !slide.map.drawing && slide.map.note) {
      this.paragraph(slide.map.note, 8, { color: SOFT });
      this.y += 2;
    }
    if (slide.table) this.table(slide.table);
    for (const note of slide.notes) this.paragraph(note, 8, { color: SOFT });
  }

  private kpis(kpis: PackSlide['kpis']) {
    const { doc } = this;
    const perRow = 4;
    const gap = 3;
    const width = (CONTENT_WIDTH - gap * (perRow - 1)) / perRow;
    // Label on up to two lines, the figure, then its change on up to two lines.
    const labelLh = this.lineHeight(7);
    const changeLh = this.lineHeight(6.5);
    const valueTop = 1.4 + 2 * labelLh + 0.6;
    const changeTop = valueTop + ptToMm(13) + 1.2;
    const height = changeTop + 2 * changeLh + 1;
    for (let i = 0; i < kpis.length; i += perRow) {
      if (this.y + height > CONTENT_BOTTOM) this.newPage();
      kpis.slice(i, i + perRow).forEach((k, j) => {
        const x = PAGE.margin + j * (width + gap);
        doc.setDrawColor(LINE);
        doc.setLineWidth(0.25);
        doc.roundedRect(x, this.y, width, height, 1.2, 1.2);
        this.font(7, 'normal', SOFT);
        this.wrap(k.label, width - 3)
          .slice(0, 2)
          .forEach((line, n) => doc.text(line, x + 1.5, this.y + 1.4 + n * labelLh, { baseline: 'top' }));
        this.font(13, 'bold');
        doc.text(k.value, x + 1.5, this.y + valueTop, { baseline: 'top' });
        this.font(6.5, 'normal', SOFT);
        this.wrap(k.change, width - 3)
          .slice(0, 2)
          .forEach((line, n) => doc.text(line, x + 1.5, this.y + changeTop + n * changeLh, { baseline: 'top' }));
      });
      this.y += height + gap;
    }
    this.y += 1;
  }

  private async chart(slide: PackSlide, maxHeight: number) {
    if (!slide.option) return;
    // A chart is not split across pages: move to a new one when less than a readable chart fits.
    if (CONTENT_BOTTOM - this.y < 62) this.newPage();
    this.paragraph(slide.chartTitle, 9.8, { style: 'bold' });
    this.y += 1;
    // Drawn at the width of the page and the height it may take, so its text keeps the same size on paper.
    const height = Math.min(maxHeight, CONTENT_BOTTOM - this.y);
    const px = { width: CHART_PX.width, height: Math.round((CHART_PX.width * height) / CONTENT_WIDTH) };
    const svg = chartToSvg(slide.option, px, PACK_FONT);
    await this.svgBlock(svg, px.width / px.height, height);
  }

  /** Titles band and the line under the map, i.e. what chartAndMap takes besides the drawings' height. */
  private chartAndMapOverhead(slide: PackSlide, map: PackMap): number {
    const columns = chartMapColumns(CONTENT_WIDTH);
    this.font(9.8, 'bold');
    const titleLines = Math.max(this.wrap(slide.chartTitle, columns.chart.width).length, this.wrap(map.title, columns.map.width).length);
    this.font(7);
    const noteLines = map.note ? this.wrap(map.note, columns.map.width).length : 0;
    return titleLines * this.lineHeight(9.8) + 1 + 1 + noteLines * this.lineHeight(7) + 2;
  }

  /**
   * The chart and the map of the same figures side by side: the ranking on the left (drawn at a pixel width that
   * keeps its text the size of the full-width charts), the map with its legend on the right, each under its title.
   */
  private async chartAndMap(slide: PackSlide, map: PackMap, maxHeight: number) {
    if (!slide.option || !map.drawing) return;
    if (CONTENT_BOTTOM - this.y < 70) this.newPage();
    const columns = chartMapColumns(CONTENT_WIDTH);
    const chartX = PAGE.margin + columns.chart.x;
    const mapX = PAGE.margin + columns.map.x;
    // Both titles on one band, as tall as the longer of the two.
    this.font(9.8, 'bold');
    const chartTitle = this.wrap(slide.chartTitle, columns.chart.width);
    const mapTitle = this.wrap(map.title, columns.map.width);
    const lh = this.lineHeight(9.8);
    chartTitle.forEach((line, i) => this.doc.text(line, chartX, this.y + i * lh, { baseline: 'top' }));
    mapTitle.forEach((line, i) => this.doc.text(line, mapX, this.y + i * lh, { baseline: 'top' }));
    this.y += Math.max(chartTitle.length, mapTitle.length) * lh + 1;

    const noteLh = this.lineHeight(7);
    const height = Math.min(maxHeight, CONTENT_BOTTOM - this.y - (map.note ? 2 * noteLh + 1 : 0));
    const chartPx = { width: Math.round((CHART_PX.width * columns.chart.width) / CONTENT_WIDTH), height: 0 };
    chartPx.height = Math.round((chartPx.width * height) / columns.chart.width);
    await this.drawSvg(chartToSvg(slide.option, chartPx, PACK_FONT), chartX, this.y, columns.chart.width, height);
    const mapSvg = mapToSvg(map.drawing, {
      width: mmToPx(columns.map.width),
      height: mmToPx(height),
      fontFamily: PACK_FONT,
      fontSize: MAP_FONT_PX,
      legend: 'bottom',
      title: map.title,
      idPrefix: `map-${this.doc.getNumberOfPages()}`,
    });
    await this.drawSvg(mapSvg, mapX, this.y, columns.map.width, height);
    this.y += height + 1;
    if (map.note) {
      this.font(7, 'normal', SOFT);
      this.wrap(map.note, columns.map.width).forEach((line) => {
        this.doc.text(line, mapX, this.y, { baseline: 'top' });
        this.y += noteLh;
      });
    }
    this.y += 2;
  }

  private async svgBlock(svg: string, aspect: number, maxHeight: number) {
    const box = fitBox(aspect, CONTENT_WIDTH, maxHeight);
    if (this.y + box.height > CONTENT_BOTTOM) this.newPage();
    await this.drawSvg(svg, PAGE.margin + (CONTENT_WIDTH - box.width) / 2, this.y, box.width, box.height);
    this.y += box.height + 3;
  }

  /** Draws SVG markup as vector graphics into the box given (mm). */
  private async drawSvg(svg: string, x: number, y: number, width: number, height: number) {
    const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    // svg2pdf reads computed styles: the element must be in the document while it is converted.
    const holder = document.createElement('div');
    holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:0;height:0;overflow:hidden';
    const node = document.importNode(element, true);
    // ECharts outlines labels with a stroke painted under the fill (paint-order); svg2pdf paints it over the
    // fill, which would leave white, hollow numbers: the outline goes, the text stays.
    for (const text of node.querySelectorAll('text')) {
      if (text.getAttribute('paint-order') === 'stroke') {
        text.removeAttribute('stroke');
        text.removeAttribute('stroke-width');
      }
    }
    holder.append(node);
    document.body.append(holder);
    try {
      await this.svg2pdf(node, this.doc, { x, y, width, height });
    } finally {
      holder.remove();
    }
  }

  /** Cell texts wrapped to their columns, and the height of the header and of each row. */
  private measureTable(table: TableData) {
    const texts = table.rows.map((row) => table.columns.map((c) => this.input.formatCell(row[c.key] ?? null, c.kind)));
    this.font(TABLE_FONT);
    const natural = table.columns.map((_, i) => Math.max(0, ...texts.map((r) => this.doc.getTextWidth(r[i] ?? ''))) + 2 * CELL_PAD + 0.5);
    const widths = columnWidths(table.columns, natural, CONTENT_WIDTH);
    const lh = this.lineHeight(TABLE_FONT);
    this.font(TABLE_FONT, 'bold');
    const header = headerTexts(table.columns).map((h, i) => this.wrap(h, (widths[i] ?? 20) - 2 * CELL_PAD));
    const headerHeight = Math.max(...header.map((w) => w.length)) * lh + 2 * CELL_PAD;
    this.font(TABLE_FONT);
    const rows = texts.map((row) => row.map((text, i) => this.wrap(text, (widths[i] ?? 20) - 2 * CELL_PAD)));
    const heights = rows.map((row) => Math.max(...row.map((l) => l.length)) * lh + 2 * CELL_PAD);
    return { widths, lh, header, headerHeight, rows, heights };
  }

  private tableHeight(table: TableData): number {
    const m = this.measureTable(table);
    return m.headerHeight + m.heights.reduce((a, b) => a + b, 0) + 3;
  }

  private table(table: TableData) {
    const { doc } = this;
    const { widths, lh, header, headerHeight, rows: rowLines, heights } = this.measureTable(table);
    const size = TABLE_FONT;
    const pad = CELL_PAD;
    const drawHeader = () => {
      this.font(size, 'bold');
      const wrapped = header;
      const height = headerHeight;
      doc.setFillColor('#eef3f7');
      doc.rect(PAGE.margin, this.y, CONTENT_WIDTH, height, 'F');
      let x = PAGE.margin;
      wrapped.forEach((lines, i) => {
        const numeric = table.columns[i]?.kind !== 'text';
        const w = widths[i] ?? 20;
        lines.forEach((line, n) => doc.text(line, numeric ? x + w - pad : x + pad, this.y + pad + n * lh, { baseline: 'top', align: numeric ? 'right' : 'left' }));
        x += w;
      });
      this.y += height;
    };
    // Title of the table as in the exports, then the header; a page break repeats the header.
    if (this.y + 24 > CONTENT_BOTTOM) this.newPage();
    drawHeader();
    let next = 0;
    while (next < heights.length) {
      const fit = rowsThatFit(heights.slice(next), this.y, CONTENT_BOTTOM, false);
      if (fit === 0) {
        this.newPage();
        drawHeader();
        continue;
      }
      for (let r = next; r < next + fit; r++) {
        // The first row of a unit table is the province: set in bold like a report's total line.
        const total = r === 0 && table.rowKey !== undefined && table.rows[0]?.[table.rowKey] === '';
        this.font(size, total ? 'bold' : 'normal');
        let x = PAGE.margin;
        (rowLines[r] ?? []).forEach((lines, i) => {
          const numeric = table.columns[i]?.kind !== 'text';
          const w = widths[i] ?? 20;
          lines.forEach((line, n) => doc.text(line, numeric ? x + w - pad : x + pad, this.y + pad + n * lh, { baseline: 'top', align: numeric ? 'right' : 'left' }));
          x += w;
        });
        this.y += heights[r] ?? lh;
        doc.setDrawColor(LINE);
        doc.setLineWidth(0.15);
        doc.line(PAGE.margin, this.y, PAGE.margin + CONTENT_WIDTH, this.y);
      }
      next += fit;
    }
    this.y += 3;
  }

  /** Filters, sources and the page number at the foot of every page, once the page count is known. */
  finish() {
    const { doc, input } = this;
    const count = doc.getNumberOfPages();
    for (let page = 1; page <= count; page++) {
      doc.setPage(page);
      const top = PAGE.height - PAGE.footerHeight + 4;
      doc.setDrawColor(LINE);
      doc.setLineWidth(0.3);
      doc.line(PAGE.margin, top - 1.5, PAGE.width - PAGE.margin, top - 1.5);
      this.font(6.8, 'normal', SOFT);
      let y = top;
      const lines = (this.footers.get(page) ?? []).flatMap((line) => this.wrap(line, CONTENT_WIDTH - 24));
      for (const line of lines.slice(0, 5)) {
        doc.text(line, PAGE.margin, y, { baseline: 'top' });
        y += this.lineHeight(6.8);
      }
      this.font(8, 'normal', SOFT);
      doc.text(input.pageLabel(page, count), PAGE.width - PAGE.margin, top, { baseline: 'top', align: 'right' });
    }
  }
}

export async function makeBriefingPack(input: BriefingPackInput): Promise<BriefingPack> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({ title: input.runningHeader, subject: input.subtitle, creator: input.province });
  await embedFonts(doc);
  const writer = new PackWriter(doc, svg2pdf, input);
  const contentsY = writer.cover();
  const startPages: number[] = [];
  for (const slide of input.slides) {
    startPages.push(doc.getNumberOfPages() + 1);
    await writer.slide(slide);
  }
  writer.contents(contentsY, startPages);
  writer.finish();
  return { blob: doc.output('blob'), pages: doc.getNumberOfPages() };
}
