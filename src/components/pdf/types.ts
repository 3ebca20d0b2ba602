import type { EChartsOption } from '../chart/echarts-core';
import type { MapDrawing } from '../choropleth/map-to-svg';
import type { CellValue, ColumnKind, TableData } from '../../lib/export/table-data';

/** One slide of the briefing pack: everything is already computed and worded; the PDF module only lays it out. */
export interface PackSlide {
  readonly title: string;
  readonly highlightsHeading: string;
  readonly highlights: readonly string[];
  readonly notes: readonly string[];
  readonly kpis: readonly { readonly label: string; readonly value: string; readonly change: string }[];
  readonly chartTitle: string;
  /** Drawn as vector graphics (ECharts' SVG through svg2pdf.js); null for a slide without a chart. */
  readonly option: EChartsOption | null;
  /** A map of the slide's headline figure by unit, drawn beside the chart (theme slides). */
  readonly map?: PackMap | null;
  readonly table: TableData | null;
  /** Filters and sources with their data cut-off, printed at the foot of each of the slide's pages. */
  readonly footer: readonly string[];
}

export interface PackMap {
  /** Indicator, period and unit of measure. */
  readonly title: string;
  /** Shapes, values and colour scale; null when the boundaries could not be loaded (the note says so instead). */
  readonly drawing: MapDrawing | null;
  /** One line under the map: that the boundaries are illustrative, or why there is no map. */
  readonly note: string | null;
}

export interface BriefingPackInput {
  readonly title: string;
  readonly subtitle: string;
  readonly province: string;
  /** Label/value lines of the cover: period, filters, data cut-off per source, date of issue. */
  readonly cover: readonly { readonly label: string; readonly lines: readonly string[] }[];
  readonly contentsHeading: string;
  /** A note printed on the cover, e.g. that the figures are demonstration data. */
  readonly coverNote: string | null;
  readonly slides: readonly PackSlide[];
  /** Running header of the slide pages, e.g. "Báo cáo giao ban · Năm 2024". */
  readonly runningHeader: string;
  readonly pageLabel: (page: number, count: number) => string;
  /** Formats a table cell exactly as the screen does. */
  readonly formatCell: (value: CellValue, kind: ColumnKind) => string;
}

export interface BriefingPack {
  readonly blob: Blob;
  readonly pages: number;
}
