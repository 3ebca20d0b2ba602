/**
 * Every word the map shows, in one object, so the app can pass i18next translations
 * (`messages={{ illustrative: t('map.illustrative'), … }}`). Vietnamese is the default; English is below.
 * Kept apart from the component so a page can import it without loading Leaflet.
 */
export interface ChoroplethMessages {
  /** Shown on the map when the boundaries are the demo's own drawing. */
  readonly illustrative: string;
  readonly noData: string;
  readonly legendTitle: string;
  readonly rank: (rank: number, total: number) => string;
  readonly change: (formattedChange: string) => string;
  readonly noPrevious: string;
  readonly missingShapes: (units: string) => string;
  readonly unknownShapes: (codes: string) => string;
  readonly tableToggle: (count: number) => string;
  readonly columnUnit: string;
  readonly columnValue: (unitOfMeasure: string) => string;
  readonly columnRank: string;
  readonly columnChange: string;
  /** Accessible name of a focusable shape. */
  readonly shapeLabel: (name: string, value: string) => string;
}

export const CHOROPLETH_MESSAGES_VI: ChoroplethMessages = {
  illustrative: 'Ranh giới minh họa, không phải ranh giới chính thức',
  noData: 'Không có số liệu',
  legendTitle: 'Chú giải',
  rank: (rank, total) => `Hạng ${rank}/${total}`,
  change: (formatted) => `So với kỳ trước: ${formatted}`,
  noPrevious: 'Kỳ trước: không có số liệu',
  missingShapes: (units) => `Chưa có ranh giới trên bản đồ: ${units}. Số liệu vẫn có trong bảng.`,
  unknownShapes: (codes) => `Tệp ranh giới có vùng không thuộc danh mục đơn vị: ${codes}.`,
  tableToggle: (count) => `Bảng số liệu (${count} đơn vị)`,
  columnUnit: 'Đơn vị',
  columnValue: (unit) => (unit ? `Giá trị (${unit})` : 'Giá trị'),
  columnRank: 'Hạng',
  columnChange: 'So với kỳ trước',
  shapeLabel: (name, value) => `${name}: ${value}`,
};

export const CHOROPLETH_MESSAGES_EN: ChoroplethMessages = {
  illustrative: 'Illustrative boundaries, not official boundaries',
  noData: 'No data',
  legendTitle: 'Legend',
  rank: (rank, total) => `Rank ${rank} of ${total}`,
  change: (formatted) => `Change on previous period: ${formatted}`,
  noPrevious: 'Previous period: no data',
  missingShapes: (units) => `No boundary on the map for: ${units}. Their figures are in the table.`,
  unknownShapes: (codes) => `The boundary file has shapes for units outside the catalogue: ${codes}.`,
  tableToggle: (count) => `Data table (${count} units)`,
  columnUnit: 'Unit',
  columnValue: (unit) => (unit ? `Value (${unit})` : 'Value'),
  columnRank: 'Rank',
  columnChange: 'Change on previous period',
  shapeLabel: (name, value) => `${name}: ${value}`,
};
