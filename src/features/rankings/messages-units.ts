import { registerMessages } from '../../lib/i18n';

/** Text about units that change over time (peer groups, comparisons across a change), under "rankingUnits". */
export const vi = {
  missingMany: '{{count}} đơn vị không có số liệu: {{indicators}} — không xếp hạng theo các chỉ tiêu này; điểm lĩnh vực tính trên các chỉ tiêu còn lại.',
  missingWhich: 'Các đơn vị',
  peers: {
    label: 'So sánh trong nhóm',
    none: 'Tất cả đơn vị',
    type: 'Phường / xã',
    typeDistricts: 'Thành phố, thị xã / huyện',
    formerDistrict: 'Theo huyện cũ (nhóm)',
    groupLabel: 'Nhóm',
    allGroups: 'Tất cả các nhóm',
    groupRank: 'Hạng trong nhóm',
    groupRankShort: 'Hạng nhóm',
    groupOf: '{{group}} ({{count}})',
    formerDistrictName: '{{name}} (nhóm huyện cũ)',
    formerDistrictNote:
      'Nhóm theo huyện cũ là cách gom các xã, phường mới theo huyện mà phần lớn địa bàn của chúng thuộc về trước ngày 01/07/2025, để tiện theo dõi; không phải là một cấp hành chính. {{straddling}} đơn vị có địa bàn thuộc nhiều huyện cũ được xếp vào huyện góp nhiều nhất.',
    formerDistrictUnavailable: 'Chưa có bảng chuyển đổi đơn vị hành chính từ danh mục: chưa thể nhóm theo huyện cũ.',
    caption: 'Hạng trong nhóm và hạng chung tính từ cùng một điểm tổng hợp.',
    filtered: 'Đang xem {{shown}} trong {{total}} đơn vị (nhóm {{group}}); hạng chung là hạng trong cả {{total}} đơn vị.',
  },
  types: { 'thanh-pho': 'Thành phố', 'thi-xa': 'Thị xã', huyen: 'Huyện', phuong: 'Phường', 'thi-tran': 'Thị trấn', xa: 'Xã' },
  continuity: {
    changeNotComparable: 'không so sánh',
    changeNotComparableLabel: 'kỳ trước xếp hạng bộ đơn vị hành chính khác: không so sánh thứ hạng',
    previousOtherSet:
      'Kỳ trước ({{previous}}) xếp hạng {{previousCount}} đơn vị cấp huyện; kỳ này xếp hạng {{count}} xã, phường (từ 01/07/2025). Thứ hạng hai kỳ không so sánh với nhau: cột "Thay đổi" để trống, diễn biến thứ hạng chỉ tính từ khi có bộ đơn vị hiện hành.',
    previousChangedUnits:
      'Địa giới một số đơn vị thay đổi giữa kỳ trước ({{previous}}) và kỳ này ({{units}}): không so sánh thứ hạng của các đơn vị này qua mốc thay đổi.',
    bumpSince: 'Diễn biến chỉ gồm các kỳ xếp hạng cùng bộ đơn vị với kỳ này; {{hidden}} kỳ trước đó xếp hạng bộ đơn vị khác nên không vẽ nối vào.',
    bumpTop: 'Biểu đồ vẽ 10 đơn vị đứng đầu{{selected}}; chọn một nhóm để xem hạng trong nhóm.',
    bumpTopSelected: ' và đơn vị đang chọn',
    bumpGroup: 'Hạng trong nhóm {{group}}.',
    notComparableMark: 'không so sánh',
  },
  population: {
    missing:
      'Chưa có số dân của {{count}} xã, phường: không tính các chỉ tiêu "trên 10.000 dân" ({{indicators}}) cho các đơn vị này, và điểm lĩnh vực chia lại trọng số cho các chỉ tiêu còn lại.',
  },
  view: {
    label: 'Cách xem',
    units: 'Từng xã, phường',
    formerDistrict: 'Theo huyện cũ (nhóm)',
    formerTitle: 'Xếp hạng theo nhóm huyện cũ',
    formerDefinition:
      'Mỗi dòng là một nhóm các xã, phường mới có địa bàn chủ yếu thuộc một huyện cũ; chỉ tiêu của nhóm tính gộp tử số, mẫu số của các đơn vị trong nhóm (không lấy bình quân các tỷ lệ). Trước 01/07/2025 là thứ hạng của chính huyện đó.',
    sameTerritory: 'cùng địa bàn huyện cũ',
    notSameTerritory: 'khác địa bàn huyện cũ: không nối với thứ hạng trước 01/07/2025',
    noGrouping: 'Kỳ này còn cấp huyện: xem bảng xếp hạng từng đơn vị.',
  },
  unit: {
    commune: 'Xã, phường trực thuộc tỉnh (từ 01/07/2025)',
    formedFrom: 'Hình thành từ: {{list}}.',
    partlyFrom: 'Nhận một phần của: {{list}} — không có số liệu lịch sử so sánh được trước 01/07/2025.',
    formerGroup: 'Thuộc nhóm huyện cũ {{name}} (nhóm để theo dõi, không phải cấp hành chính).',
    whyOtherSet: 'Kỳ trước xếp hạng bộ đơn vị hành chính khác: không so sánh điểm và thứ hạng qua mốc 01/07/2025.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const en: Widen<typeof vi> = {
  missingMany: '{{count}} units have no data for: {{indicators}} — not ranked on these; their theme scores use the other indicators.',
  missingWhich: 'Which units',
  peers: {
    label: 'Compare within a group',
    none: 'All units',
    type: 'Ward / commune',
    typeDistricts: 'City, town / rural district',
    formerDistrict: 'By former district (grouping)',
    groupLabel: 'Group',
    allGroups: 'All groups',
    groupRank: 'Rank in group',
    groupRankShort: 'Group rank',
    groupOf: '{{group}} ({{count}})',
    formerDistrictName: '{{name}} (former-district group)',
    formerDistrictNote:
      'The former-district grouping gathers the new communes and wards by the district most of their territory belonged to before 1 Jul 2025, for following trends; it is not an administrative level. {{straddling}} units whose territory came from more than one former district are placed with the one that gave most.',
    formerDistrictUnavailable: 'The unit catalogue does not serve the crosswalk between unit sets yet: no grouping by former district.',
    caption: 'Rank in group and overall rank come from the same overall score.',
    filtered: 'Showing {{shown}} of {{total}} units (group {{group}}); the overall rank is among all {{total}}.',
  },
  types: { 'thanh-pho': 'City', 'thi-xa': 'Town', huyen: 'Rural district', phuong: 'Ward', 'thi-tran': 'Township', xa: 'Commune' },
  continuity: {
    changeNotComparable: 'not comparable',
    changeNotComparableLabel: 'the previous period ranked another set of administrative units: ranks are not compared',
    previousOtherSet:
      'The previous period ({{previous}}) ranked {{previousCount}} district-level units; this period ranks {{count}} communes and wards (from 1 Jul 2025). Ranks of the two are not compared: "Change" is blank and the rank history starts with the current unit set.',
    previousChangedUnits:
      'Some units changed their boundaries between the previous period ({{previous}}) and this one ({{units}}): their ranks are not compared across the change.',
    bumpSince: 'The chart covers only periods ranked on the same unit set as this one; {{hidden}} earlier periods ranked another unit set and are not joined on.',
    bumpTop: 'The chart draws the top 10 units{{selected}}; pick a group to see ranks within it.',
    bumpTopSelected: ' and the selected unit',
    bumpGroup: 'Ranks within the group {{group}}.',
    notComparableMark: 'not comparable',
  },
  population: {
    missing:
      'No population yet for {{count}} communes and wards: the "per 10,000 residents" indicators ({{indicators}}) are not computed for them, and their theme scores re-weight the other indicators.',
  },
  view: {
    label: 'View',
    units: 'Each commune and ward',
    formerDistrict: 'By former district (grouping)',
    formerTitle: 'Ranking by former-district group',
    formerDefinition:
      'Each row is a group of new communes and wards whose territory mostly belonged to one former district; a group\'s indicators pool its units\' numerators and denominators (never an average of rates). Before 1 Jul 2025 the line is the district\'s own rank.',
    sameTerritory: 'same territory as the former district',
    notSameTerritory: 'territory differs from the former district: not joined to ranks before 1 Jul 2025',
    noGrouping: 'This period still has districts: see the league table of units.',
  },
  unit: {
    commune: 'Commune or ward under the province (from 1 Jul 2025)',
    formedFrom: 'Formed from: {{list}}.',
    partlyFrom: 'Took part of: {{list}} — no comparable history before 1 Jul 2025.',
    formerGroup: 'In the former district {{name}} group (a grouping for following trends, not an administrative level).',
    whyOtherSet: 'The previous period ranked another set of administrative units: score and rank are not compared across 1 Jul 2025.',
  },
};

registerMessages('rankingUnits', vi, en);
