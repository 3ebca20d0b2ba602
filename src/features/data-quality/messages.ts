import { registerMessages } from '../../lib/i18n';

/** Text of the data-quality page, merged into the i18n catalogue under "dataQualityPage". English has the same keys. */
export const vi = {
  title: 'Chất lượng dữ liệu',
  subtitle: '{{period}} · các bản ghi hệ thống nguồn gửi về nhưng không được đưa vào số liệu',
  intro:
    'Bản ghi có mã đơn vị không có trong danh mục đơn vị hành chính đang áp dụng, hoặc có giá trị vi phạm quy tắc hợp lý (phần lớn hơn tổng, số âm, năm ngoài lịch sử, vượt ngưỡng), bị loại khỏi mọi tổng, tỷ lệ và xếp hạng. Danh sách dưới đây để cán bộ công nghệ thông tin chuyển lại cho đơn vị quản lý từng hệ thống.',
  summary: '{{system}}: {{records}} bản ghi bị loại',
  noIssues: 'Không có bản ghi nào bị loại trong kỳ này.',
  unchecked: 'Chưa kiểm tra được mã đơn vị của {{system}} vì danh mục đơn vị hành chính chưa trả lời.',
  panelTitle: '{{system}}: bản ghi bị loại',
  panelDef:
    'Mỗi dòng là một quy tắc bị vi phạm; một bản ghi vi phạm nhiều quy tắc có nhiều dòng và bị loại cả bản ghi. Báo cáo tháng được lọc theo các tháng của kỳ, báo cáo quý theo các quý kỳ chạm tới; sổ theo dõi mô hình là một danh sách lũy kế nên hiển thị mọi bản ghi bị loại.',
  registryNote: 'Sổ theo dõi mô hình: mọi bản ghi bị loại (số liệu lũy kế dùng toàn bộ sổ).',
  rulesTitle: 'Các quy tắc kiểm tra',
  col: {
    unitCode: 'Mã đơn vị',
    unit: 'Đơn vị',
    period: 'Kỳ',
    record: 'Mã bản ghi',
    field: 'Trường',
    value: 'Giá trị',
    expected: 'Yêu cầu',
    rule: 'Quy tắc vi phạm',
    ruleId: 'Mã quy tắc',
  },
  inCatalogue: 'có trong danh mục đơn vị',
  needs: 'cần có {{field}}',
  validity: 'đơn vị có hiệu lực {{dates}}',
  unknownUnit: '(không có trong danh mục)',
};

export const en: typeof vi = {
  title: 'Data quality',
  subtitle: '{{period}} · records the upstream systems sent that the figures leave out',
  intro:
    'Records whose unit code is not in the administrative-unit catalogue in force, or whose values break a plausibility rule (a part larger than its whole, a negative count, a year outside the history, a value beyond its bound), are left out of every total, rate and ranking. This list is for the IT staff to take back to each system’s owners.',
  summary: '{{system}}: {{records}} records left out',
  noIssues: 'No record was left out in this period.',
  unchecked: 'Unit codes of {{system}} could not be checked: the unit catalogue has not answered.',
  panelTitle: '{{system}}: records left out',
  panelDef:
    'One row per rule broken; a record breaking several rules has several rows and is left out whole. Monthly reports are filtered to the months of the period, quarterly ones to the quarters it touches; the model registry is one cumulative list, so all its records left out are shown.',
  registryNote: 'Model registry: every record left out (cumulative figures use the whole registry).',
  rulesTitle: 'Rules checked',
  col: {
    unitCode: 'Unit code',
    unit: 'Unit',
    period: 'Period',
    record: 'Record ID',
    field: 'Field',
    value: 'Value',
    expected: 'Required',
    rule: 'Rule broken',
    ruleId: 'Rule ID',
  },
  inCatalogue: 'in the unit catalogue',
  needs: '{{field}} required',
  validity: 'unit in force {{dates}}',
  unknownUnit: '(not in the catalogue)',
};

registerMessages('dataQualityPage', vi, en);
