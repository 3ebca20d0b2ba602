/**
 * The indicator catalogue: every figure the dashboard shows, defined once. A page, table, export, ranking, slide or
 * PDF that shows an indicator takes its label from here and its value from `measure()`; searching the catalogue for
 * a label seen on screen leads to its definition, its legal basis and the one function that computes it.
 */
import { LAW_10_2022_EFFECTIVE } from '../disclosure';

export type IndicatorTheme = 'disclosure' | 'complaints' | 'services' | 'emulation';
export type SourceSystem = 'disclosure' | 'complaints' | 'procedures' | 'emulation';

/** share: numerator / denominator in [0, 1]; per10k: numerator per 10,000 of the denominator (residents); count. */
export type IndicatorKind = 'share' | 'per10k' | 'count';

/**
 * Over time: a flow adds up over the months of a period (petitions received); a stock is read at a date (models
 * registered by a year end) and never summed over periods. Over units both pool: Σ numerators / Σ denominators.
 */
export type TimeAggregation = 'flow' | 'stock';

export interface Text {
  readonly vi: string;
  readonly en: string;
}

export interface LegalBasisRef {
  readonly document: Text;
  /** ISO dates the basis applies to; `to` null = still in force. */
  readonly from: string;
  readonly to: string | null;
}

export interface IndicatorDefinition {
  readonly id: IndicatorId;
  readonly theme: IndicatorTheme;
  readonly label: Text;
  readonly definition: Text;
  readonly kind: IndicatorKind;
  /** Unit of measure as printed beside a value or in an export header. */
  readonly unit: Text;
  readonly numerator: Text;
  /** Null for plain counts. */
  readonly denominator: Text | null;
  readonly time: TimeAggregation;
  readonly better: 'higher' | 'lower';
  /** The indicator exists only while one of these applies (none = no legal basis needed). */
  readonly legalBasis: readonly LegalBasisRef[];
  readonly source: SourceSystem;
}

export const INDICATOR_IDS = [
  'disclosure.onTime',
  'disclosure.published',
  'disclosure.postedLongEnough',
  'disclosure.listPosted',
  'disclosure.filed',
  'complaints.received',
  'complaints.per10k',
  'complaints.resolution',
  'complaints.overdue',
  'complaints.overLevel',
  'complaints.overLevelShare',
  'complaints.repeatShare',
  'complaints.sessionsHeld',
  'complaints.reception',
  'services.online',
  'services.onTime',
  'services.paidOnline',
  'services.digitised',
  'services.level3',
  'services.fullProcess',
  'emulation.models',
  'emulation.exemplary',
  'emulation.modelsPer10k',
  'emulation.exemplaryShare',
  'emulation.recognisedShare',
  'emulation.replicatedShare',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

const PERCENT: Text = { vi: '%', en: '%' };
const PER_10K: Text = { vi: 'trên 10.000 dân', en: 'per 10,000 residents' };

const ORDINANCE_34: LegalBasisRef = {
  document: { vi: 'Pháp lệnh số 34/2007/PL-UBTVQH11, Điều 5', en: 'Ordinance 34/2007/PL-UBTVQH11, Art. 5' },
  from: '2007-07-01',
  to: '2023-06-30',
};
const LAW_10_ART_11_12: LegalBasisRef = {
  document: { vi: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 11–12', en: 'Law on Grassroots Democracy 10/2022/QH15, Art. 11–12' },
  from: LAW_10_2022_EFFECTIVE,
  to: null,
};
const LAW_10_ART_13: LegalBasisRef = {
  document: { vi: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 13 khoản 2', en: 'Law on Grassroots Democracy 10/2022/QH15, Art. 13(2)' },
  from: LAW_10_2022_EFFECTIVE,
  to: null,
};
const COMPLAINTS_LAW: LegalBasisRef = {
  document: { vi: 'Luật Khiếu nại số 02/2011/QH13; Luật Tố cáo số 25/2018/QH14', en: 'Law on Complaints 02/2011/QH13; Law on Denunciations 25/2018/QH14' },
  from: '2012-07-01',
  to: null,
};
const RECEPTION_LAW: LegalBasisRef = {
  document: { vi: 'Luật Tiếp công dân số 42/2013/QH13, Điều 13 (cấp huyện) và Điều 15 (cấp xã)', en: 'Law on Citizen Reception 42/2013/QH13, Art. 13 (district chairs) and Art. 15 (commune chairs)' },
  from: '2014-07-01',
  to: null,
};
/** Decree 43/2011 levels 1–4 until Decree 42/2022 took effect on 1 Aug 2022. */
export const DECREE_42_2022_EFFECTIVE = '2022-08-01';
const DECREE_43: LegalBasisRef = {
  document: { vi: 'Nghị định số 43/2011/NĐ-CP', en: 'Decree 43/2011/ND-CP' },
  from: '2011-06-13',
  to: '2022-07-31',
};
const DECREE_42: LegalBasisRef = {
  document: { vi: 'Nghị định số 42/2022/NĐ-CP', en: 'Decree 42/2022/ND-CP' },
  from: DECREE_42_2022_EFFECTIVE,
  to: null,
};

type Def = Omit<IndicatorDefinition, 'theme'>;

const DEFINITIONS: readonly Def[] = [
  {
    id: 'disclosure.onTime',
    label: { vi: 'Tỷ lệ nội dung công khai đúng hạn', en: 'Contents disclosed on time' },
    definition: {
      vi: 'Nội dung phải công khai đã công khai trong thời hạn luật định / nội dung phải công khai (mỗi quý theo danh mục còn hiệu lực: 11 nội dung theo Pháp lệnh, 14 theo Luật).',
      en: 'Required contents published within the legal deadline / required contents (each quarter against the list in force: 11 under the Ordinance, 14 under the Law).',
    },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'nội dung công khai đúng hạn', en: 'contents published on time' },
    denominator: { vi: 'nội dung phải công khai', en: 'required contents' },
    time: 'flow',
    better: 'higher',
    legalBasis: [ORDINANCE_34, LAW_10_ART_11_12],
    source: 'disclosure',
  },
  {
    id: 'disclosure.published',
    label: { vi: 'Tỷ lệ nội dung đã công khai', en: 'Contents published' },
    definition: { vi: 'Nội dung đã công khai / nội dung phải công khai.', en: 'Required contents published / required contents.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'nội dung đã công khai', en: 'contents published' },
    denominator: { vi: 'nội dung phải công khai', en: 'required contents' },
    time: 'flow',
    better: 'higher',
    legalBasis: [ORDINANCE_34, LAW_10_ART_11_12],
    source: 'disclosure',
  },
  {
    id: 'disclosure.postedLongEnough',
    label: { vi: 'Tỷ lệ nội dung niêm yết đủ thời gian', en: 'Contents posted long enough' },
    definition: {
      vi: 'Nội dung niêm yết đủ thời gian luật định (30 ngày liên tục; nội dung 4 và 13 của Luật niêm yết thường xuyên; nội dung 14 không quy định thời gian) / nội dung phải công khai.',
      en: 'Contents posted for the legal time (30 consecutive days; Law items 4 and 13 permanently; item 14 has no minimum) / required contents.',
    },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'nội dung niêm yết đủ thời gian', en: 'contents posted long enough' },
    denominator: { vi: 'nội dung phải công khai', en: 'required contents' },
    time: 'flow',
    better: 'higher',
    legalBasis: [ORDINANCE_34, LAW_10_ART_11_12],
    source: 'disclosure',
  },
  {
    id: 'disclosure.listPosted',
    label: { vi: 'Tỷ lệ xã niêm yết danh mục công khai hằng quý', en: 'Quarterly disclosure lists posted' },
    definition: {
      vi: 'Danh mục nội dung đã công khai được cập nhật, niêm yết hằng quý / số xã × quý. Chỉ áp dụng từ 01/07/2023 (Luật 10/2022, Điều 13).',
      en: 'Quarterly lists of disclosed contents posted / commune-quarters. Applies from 1 Jul 2023 only (Law 10/2022, Art. 13).',
    },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'danh mục đã niêm yết', en: 'lists posted' },
    denominator: { vi: 'xã × quý', en: 'commune-quarters' },
    time: 'flow',
    better: 'higher',
    legalBasis: [LAW_10_ART_13],
    source: 'disclosure',
  },
  {
    id: 'disclosure.filed',
    label: { vi: 'Tỷ lệ báo cáo công khai quý đã nộp', en: 'Quarterly disclosure reports filed' },
    definition: { vi: 'Báo cáo quý các xã đã nộp / báo cáo phải nộp.', en: 'Quarterly reports filed by communes / reports due.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'báo cáo đã nộp', en: 'reports filed' },
    denominator: { vi: 'báo cáo phải nộp', en: 'reports due' },
    time: 'flow',
    better: 'higher',
    legalBasis: [],
    source: 'disclosure',
  },
  {
    id: 'complaints.received',
    label: { vi: 'Đơn thư tiếp nhận', en: 'Petitions received' },
    definition: { vi: 'Khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận trong kỳ.', en: 'Complaints, denunciations, recommendations and feedback received in the period.' },
    kind: 'count',
    unit: { vi: 'đơn', en: 'petitions' },
    numerator: { vi: 'đơn tiếp nhận', en: 'petitions received' },
    denominator: null,
    time: 'flow',
    better: 'lower',
    legalBasis: [],
    source: 'complaints',
  },
  {
    id: 'complaints.per10k',
    label: { vi: 'Số đơn trên 10.000 dân', en: 'Petitions per 10,000 residents' },
    definition: { vi: 'Đơn tiếp nhận trong kỳ / dân số × 10.000.', en: 'Petitions received in the period / residents × 10,000.' },
    kind: 'per10k',
    unit: PER_10K,
    numerator: { vi: 'đơn tiếp nhận', en: 'petitions received' },
    denominator: { vi: 'dân số', en: 'residents' },
    time: 'flow',
    better: 'lower',
    legalBasis: [],
    source: 'complaints',
  },
  {
    id: 'complaints.resolution',
    label: { vi: 'Tỷ lệ giải quyết đơn thư thuộc thẩm quyền', en: 'Petitions resolved (within jurisdiction)' },
    definition: { vi: 'Đơn đã giải quyết / đơn thuộc thẩm quyền.', en: 'Petitions resolved / petitions within jurisdiction.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'đơn đã giải quyết', en: 'petitions resolved' },
    denominator: { vi: 'đơn thuộc thẩm quyền', en: 'petitions within jurisdiction' },
    time: 'flow',
    better: 'higher',
    legalBasis: [COMPLAINTS_LAW],
    source: 'complaints',
  },
  {
    id: 'complaints.overdue',
    label: { vi: 'Tỷ lệ đơn quá hạn', en: 'Overdue share' },
    definition: { vi: 'Đơn thuộc thẩm quyền quá hạn giải quyết / đơn thuộc thẩm quyền.', en: 'Petitions within jurisdiction past the statutory deadline / petitions within jurisdiction.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'đơn quá hạn', en: 'overdue petitions' },
    denominator: { vi: 'đơn thuộc thẩm quyền', en: 'petitions within jurisdiction' },
    time: 'flow',
    better: 'lower',
    legalBasis: [COMPLAINTS_LAW],
    source: 'complaints',
  },
  {
    id: 'complaints.overLevel',
    label: { vi: 'Đơn vượt cấp', en: 'Petitions sent over the competent level' },
    definition: { vi: 'Đơn gửi vượt cấp có thẩm quyền trong kỳ.', en: 'Petitions sent over the head of the competent level in the period.' },
    kind: 'count',
    unit: { vi: 'đơn', en: 'petitions' },
    numerator: { vi: 'đơn vượt cấp', en: 'over-level petitions' },
    denominator: null,
    time: 'flow',
    better: 'lower',
    legalBasis: [],
    source: 'complaints',
  },
  {
    id: 'complaints.overLevelShare',
    label: { vi: 'Tỷ lệ đơn vượt cấp', en: 'Over-level share' },
    definition: { vi: 'Đơn gửi vượt cấp / đơn tiếp nhận trong kỳ.', en: 'Petitions sent over the competent level / petitions received in the period.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'đơn vượt cấp', en: 'over-level petitions' },
    denominator: { vi: 'đơn tiếp nhận', en: 'petitions received' },
    time: 'flow',
    better: 'lower',
    legalBasis: [],
    source: 'complaints',
  },
  {
    id: 'complaints.repeatShare',
    label: { vi: 'Tỷ lệ đơn trùng lặp, tái khiếu', en: 'Repeat share' },
    definition: { vi: 'Đơn trùng lặp, gửi nhiều lần / đơn tiếp nhận trong kỳ.', en: 'Repeat petitions (sent again) / petitions received in the period.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'đơn trùng lặp', en: 'repeat petitions' },
    denominator: { vi: 'đơn tiếp nhận', en: 'petitions received' },
    time: 'flow',
    better: 'lower',
    legalBasis: [],
    source: 'complaints',
  },
  {
    id: 'complaints.sessionsHeld',
    label: { vi: 'Buổi tiếp công dân định kỳ đã tổ chức', en: 'Regular citizen-reception sessions held' },
    definition: {
      vi: 'Buổi tiếp công dân định kỳ Chủ tịch UBND đã tổ chức trong kỳ / mức tối thiểu theo luật (mỗi tháng: cấp huyện 2 buổi, cấp xã 4 buổi). Buổi đột xuất không tính.',
      en: "Regular citizen-reception sessions the chair held in the period / the legal minimum (a month: 2 sessions for a district, 4 for a commune or ward). Ad-hoc sessions do not count.",
    },
    kind: 'share',
    unit: { vi: 'buổi', en: 'sessions' },
    numerator: { vi: 'buổi đã tiếp', en: 'sessions held' },
    denominator: { vi: 'tối thiểu theo luật', en: 'legal minimum' },
    time: 'flow',
    better: 'higher',
    legalBasis: [RECEPTION_LAW],
    source: 'complaints',
  },
  {
    id: 'complaints.reception',
    label: { vi: 'Buổi tiếp định kỳ đạt mức tối thiểu hằng tháng', en: 'Reception sessions meeting the monthly minimum' },
    definition: {
      vi: 'Xét từng tháng, từng Chủ tịch: số buổi tiếp định kỳ tính đến mức tối thiểu của tháng đó (tháng tiếp nhiều không bù cho tháng thiếu) / mức tối thiểu theo luật.',
      en: "Judged per chair per month: regular sessions counted up to that month's minimum (a busy month does not make up for an empty one) / the legal minimum.",
    },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'buổi đạt mức tối thiểu hằng tháng', en: 'sessions meeting the monthly minimum' },
    denominator: { vi: 'tối thiểu theo luật', en: 'legal minimum' },
    time: 'flow',
    better: 'higher',
    legalBasis: [RECEPTION_LAW],
    source: 'complaints',
  },
  {
    id: 'services.online',
    label: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Case files submitted online' },
    definition: {
      vi: 'Hồ sơ tiếp nhận trực tuyến / hồ sơ tiếp nhận. Toàn tỉnh: mọi sở, ngành và UBND các đơn vị (cấp huyện đến 30/6/2025, cấp xã từ 01/7/2025); một đơn vị: hồ sơ của chính UBND đơn vị đó.',
      en: "Case files received online / received. Province: every department and every unit's People's Committee (districts until 30 Jun 2025, communes and wards from 1 Jul 2025); a unit: its own People's Committee's files.",
    },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'hồ sơ trực tuyến', en: 'files received online' },
    denominator: { vi: 'hồ sơ tiếp nhận', en: 'files received' },
    time: 'flow',
    better: 'higher',
    legalBasis: [],
    source: 'procedures',
  },
  {
    id: 'services.onTime',
    label: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', en: 'Case files resolved on time' },
    definition: { vi: 'Hồ sơ giải quyết trước hạn và đúng hạn / hồ sơ đã giải quyết.', en: 'Case files resolved early or on time / resolved.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'hồ sơ đúng hạn', en: 'files on time' },
    denominator: { vi: 'hồ sơ đã giải quyết', en: 'files resolved' },
    time: 'flow',
    better: 'higher',
    legalBasis: [],
    source: 'procedures',
  },
  {
    id: 'services.paidOnline',
    label: { vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', en: 'Case files paid online' },
    definition: { vi: 'Hồ sơ nộp phí trực tuyến / hồ sơ đã giải quyết.', en: 'Case files with fees paid online / resolved.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'hồ sơ thanh toán trực tuyến', en: 'files paid online' },
    denominator: { vi: 'hồ sơ đã giải quyết', en: 'files resolved' },
    time: 'flow',
    better: 'higher',
    legalBasis: [],
    source: 'procedures',
  },
  {
    id: 'services.digitised',
    label: { vi: 'Tỷ lệ hồ sơ được số hóa', en: 'Case files digitised' },
    definition: { vi: 'Hồ sơ được số hóa / hồ sơ tiếp nhận.', en: 'Case files digitised / received.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'hồ sơ số hóa', en: 'files digitised' },
    denominator: { vi: 'hồ sơ tiếp nhận', en: 'files received' },
    time: 'flow',
    better: 'higher',
    legalBasis: [],
    source: 'procedures',
  },
  {
    id: 'services.level3',
    label: { vi: 'Dịch vụ công trực tuyến mức độ 3', en: 'Level-3 online services' },
    definition: { vi: 'Dịch vụ công trực tuyến mức độ 3 theo Nghị định 43/2011 trong danh mục của năm.', en: "Level-3 online services under Decree 43/2011 in the year's catalogue." },
    kind: 'count',
    unit: { vi: 'dịch vụ', en: 'services' },
    numerator: { vi: 'dịch vụ mức độ 3', en: 'level-3 services' },
    denominator: null,
    time: 'stock',
    better: 'higher',
    legalBasis: [DECREE_43],
    source: 'procedures',
  },
  {
    id: 'services.fullProcess',
    label: { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Full-process online services' },
    definition: { vi: 'Dịch vụ công trực tuyến toàn trình theo Nghị định 42/2022 trong danh mục của năm.', en: "Full-process online services under Decree 42/2022 in the year's catalogue." },
    kind: 'count',
    unit: { vi: 'dịch vụ', en: 'services' },
    numerator: { vi: 'dịch vụ toàn trình', en: 'full-process services' },
    denominator: null,
    time: 'stock',
    better: 'higher',
    legalBasis: [DECREE_42],
    source: 'procedures',
  },
  {
    id: 'emulation.models',
    label: { vi: 'Mô hình “Dân vận khéo” lũy kế', en: '"Dân vận khéo" models in total' },
    definition: { vi: 'Mô hình đăng ký đến hết năm (số lũy kế, đọc tại cuối năm).', en: 'Models registered by the end of the year (a stock, read at a year end).' },
    kind: 'count',
    unit: { vi: 'mô hình', en: 'models' },
    numerator: { vi: 'mô hình', en: 'models' },
    denominator: null,
    time: 'stock',
    better: 'higher',
    legalBasis: [],
    source: 'emulation',
  },
  {
    id: 'emulation.exemplary',
    label: { vi: 'Mô hình tiêu biểu lũy kế', en: 'Exemplary models in total' },
    definition: { vi: 'Mô hình được công nhận tiêu biểu đến hết năm.', en: 'Models named exemplary by the end of the year.' },
    kind: 'count',
    unit: { vi: 'mô hình', en: 'models' },
    numerator: { vi: 'mô hình tiêu biểu', en: 'exemplary models' },
    denominator: null,
    time: 'stock',
    better: 'higher',
    legalBasis: [],
    source: 'emulation',
  },
  {
    id: 'emulation.modelsPer10k',
    label: { vi: 'Mô hình "Dân vận khéo" trên 10.000 dân', en: '"Dân vận khéo" models per 10,000 residents' },
    definition: { vi: 'Mô hình đăng ký đến hết năm / dân số × 10.000.', en: 'Models registered by the end of the year / residents × 10,000.' },
    kind: 'per10k',
    unit: PER_10K,
    numerator: { vi: 'mô hình', en: 'models' },
    denominator: { vi: 'dân số', en: 'residents' },
    time: 'stock',
    better: 'higher',
    legalBasis: [],
    source: 'emulation',
  },
  {
    id: 'emulation.exemplaryShare',
    label: { vi: 'Tỷ lệ mô hình tiêu biểu', en: 'Exemplary models share' },
    definition: { vi: 'Mô hình tiêu biểu / mô hình, đến hết năm.', en: 'Exemplary models / models, at the end of the year.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'mô hình tiêu biểu', en: 'exemplary models' },
    denominator: { vi: 'mô hình', en: 'models' },
    time: 'stock',
    better: 'higher',
    legalBasis: [],
    source: 'emulation',
  },
  {
    id: 'emulation.recognisedShare',
    label: { vi: 'Tỷ lệ mô hình được công nhận', en: 'Recognised models share' },
    definition: { vi: 'Mô hình được công nhận / mô hình, đến hết năm.', en: 'Models recognised / models, at the end of the year.' },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'mô hình được công nhận', en: 'recognised models' },
    denominator: { vi: 'mô hình', en: 'models' },
    time: 'stock',
    better: 'higher',
    legalBasis: [],
    source: 'emulation',
  },
  {
    id: 'emulation.replicatedShare',
    label: { vi: 'Tỷ lệ mô hình được nhân rộng', en: 'Replicated models share' },
    definition: {
      vi: 'Mô hình đã được nhân rộng ít nhất một lần / mô hình, đến hết năm. Sổ theo dõi chỉ ghi số lần nhân rộng hiện tại, nên với năm đã qua là các mô hình của năm đó đã được nhân rộng đến nay.',
      en: "Models replicated at least once / models, at the end of the year. The registry keeps only the current number of replications, so for a past year these are that year's models replicated since.",
    },
    kind: 'share',
    unit: PERCENT,
    numerator: { vi: 'mô hình được nhân rộng', en: 'replicated models' },
    denominator: { vi: 'mô hình', en: 'models' },
    time: 'stock',
    better: 'higher',
    legalBasis: [],
    source: 'emulation',
  },
];

export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = DEFINITIONS.map((d) => ({
  ...d,
  theme: d.id.split('.')[0] as IndicatorTheme,
}));

const BY_ID = new Map(INDICATOR_CATALOGUE.map((d) => [d.id, d]));

export function indicator(id: IndicatorId): IndicatorDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`Unknown indicator ${id}`);
  return found;
}

/** Short label lookup for message catalogues: `label('complaints.reception').vi`. */
export const label = (id: IndicatorId): Text => indicator(id).label;

/**
 * Does the indicator apply on any day between the two ISO dates? An indicator exists only while a legal basis
 * that defines it is in force: the quarterly disclosure list is not measured before 1 Jul 2023.
 */
export function appliesDuring(def: IndicatorDefinition, fromIso: string, toIso: string): boolean {
  if (def.legalBasis.length === 0) return true;
  return def.legalBasis.some((b) => b.from <= toIso && (b.to === null || b.to >= fromIso));
}
