import { registerMessages } from '../../lib/i18n';

/** Text of the theme map panel, merged into the i18n catalogue under "mapPanel". English must have the same keys. */
export const vi = {
  downloadPng: 'Tải bản đồ dạng ảnh PNG',
  noFile: 'Chưa cấu hình tệp ranh giới cho kỳ {{period}}: không vẽ được bản đồ. Số liệu vẫn có ở các bảng.',
  otherSet:
    'Số liệu kỳ này tính theo {{values}} đơn vị của một bộ đơn vị hành chính khác với ranh giới trên bản đồ{{shapes}}: không vẽ để tránh ghép nhầm đơn vị. Số liệu vẫn có ở các bảng.',
  shapes: ' ({{count}} vùng)',
  earlierUnits: 'Giai đoạn {{years}} được thể hiện trên các đơn vị hành chính năm {{year}} (không có ranh giới của các đơn vị trước đó).',
  spansChange: 'Kỳ này có thay đổi đơn vị hành chính: bản đồ thể hiện các đơn vị tại cuối kỳ.',
};

export const en: typeof vi = {
  downloadPng: 'Download the map as a PNG image',
  noFile: 'No boundary file is configured for {{period}}: the map cannot be drawn. The figures are in the tables.',
  otherSet:
    'The figures of this period are by {{values}} units of another set of administrative units than the boundaries{{shapes}}: not drawn, so that no unit is matched to the wrong shape. The figures are in the tables.',
  shapes: ' ({{count}} areas)',
  earlierUnits: '{{years}} shown on the {{year}} administrative units (no boundaries of the earlier units).',
  spansChange: 'The administrative units changed during this period: the map shows the units at its end.',
};

registerMessages('mapPanel', vi, en);
