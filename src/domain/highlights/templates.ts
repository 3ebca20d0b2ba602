import { formatNumber, formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { ComparisonBasis, IndicatorId, Measure, Shortfall, ShortfallRule } from './snapshot';

/**
 * The wording of the highlights, one kit per language. Vietnamese follows the register of a provincial report
 * ("đạt 69,7%, tăng 8,7 điểm % so với cùng kỳ năm trước"); English says the same plainly. Sentences carry no
 * numbers other than the figures they quote (no years, no article numbers), so a test can read every number back
 * out of a sentence and find it in the slide's table.
 */
export interface IndicatorWords {
  /** Subject of a sentence about a rate ("Tỷ lệ hồ sơ nộp trực tuyến"). */
  readonly name: string;
  /** For counts: the verb, the thing counted and the unit of measure ("tiếp nhận", "đơn thư", "đơn"). */
  readonly verb?: string;
  readonly noun?: string;
  readonly unit?: string;
}

export interface Templates {
  readonly indicator: Readonly<Record<IndicatorId, IndicatorWords>>;
  rate(value: number): string;
  points(absolute: number): string;
  count(value: number, unit: string): string;
  /** "tăng 8,7 điểm % so với cùng kỳ năm trước", or the sentence's way of saying there is nothing to compare. */
  change(delta: number | null, measure: Measure, unit: string, basis: ComparisonBasis): string;
  names(names: readonly string[]): string;
  /** Lower-cases the first letter of a subject that moves to the middle of a sentence. */
  inner(text: string): string;
  provinceRate(name: string, value: string, change: string, extremes: { high: string; low: string } | null): string;
  provinceCount(words: IndicatorWords, value: string, change: string, extremes: { high: string; low: string } | null): string;
  moves(basis: ComparisonBasis, rise: string | null, fall: string | null, cumulative: boolean): string;
  weakestRate(name: string, value: string, weakest: string, weakestIsLowest: boolean): string;
  mostCount(words: IndicatorWords, value: string, most: string): string;
  unitAndValue(name: string, value: string): string;
  /** `failing` lists the worst units; `more` says others fall short too (they are in the table). */
  shortfall(rule: ShortfallRule, failing: readonly Shortfall[], more: boolean): string;
  basisChanged(): string;
  rateClause(name: string, value: string, change: string): string;
  countClause(words: IndicatorWords, value: string, change: string): string;
  ofWhich(value: string, words: IndicatorWords): string;
  unitRate(name: string, value: string, relation: 'above' | 'below' | 'equal', province: string, rank: number, of: number): string;
  sentence(clauses: readonly string[]): string;
  noData(name: string): string;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function listNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

const vi: Templates = {
  indicator: {
    disclosureOnTime: { name: 'Tỷ lệ nội dung công khai đúng hạn' },
    complaintResolution: { name: 'Tỷ lệ giải quyết đơn thư thuộc thẩm quyền' },
    receptionCompliance: { name: 'Tỷ lệ buổi tiếp công dân định kỳ đạt mức tối thiểu hằng tháng' },
    onlineShare: { name: 'Tỷ lệ hồ sơ nộp trực tuyến' },
    onTimeHandling: { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' },
    received: { name: 'Đơn thư tiếp nhận', verb: 'tiếp nhận', noun: 'đơn thư', unit: 'đơn' },
    overLevel: { name: 'Đơn vượt cấp', verb: 'có', noun: 'đơn vượt cấp', unit: 'đơn' },
    models: { name: 'Mô hình “Dân vận khéo”', verb: 'lũy kế có', noun: 'mô hình “Dân vận khéo”', unit: 'mô hình' },
    exemplary: { name: 'Mô hình tiêu biểu', verb: 'có', noun: 'mô hình tiêu biểu', unit: 'mô hình' },
  },
  rate: (v) => formatPercent(v, 'vi', 1),
  points: (d) => `${formatNumber(d, 'vi', 1)} điểm %`,
  count: (v, unit) => `${formatNumber(v, 'vi')} ${unit}`,
  change(delta, measure, unit, basis) {
    const against = basis === 'samePeriodLastYear' ? 'so với cùng kỳ năm trước' : 'so với cuối năm trước';
    if (delta === null) return basis === 'samePeriodLastYear' ? 'chưa có số liệu cùng kỳ năm trước để so sánh' : 'chưa có số liệu cuối năm trước để so sánh';
    if (delta === 0) return `không thay đổi ${against}`;
    const size = measure === 'rate' ? this.points(Math.abs(delta)) : this.count(Math.abs(delta), unit);
    return `${delta > 0 ? 'tăng' : 'giảm'} ${size} ${against}`;
  },
  names: (names) => listNames(names, 'và'),
  inner: (text) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1),
  provinceRate: (name, value, change, ex) =>
    `${name} toàn tỉnh đạt ${value}, ${change}${ex ? `; cao nhất là ${ex.high}, thấp nhất là ${ex.low}` : ''}.`,
  provinceCount: (w, value, change, ex) =>
    `Toàn tỉnh ${w.verb ?? 'có'} ${value} ${w.noun ?? ''}, ${change}${ex ? `; nhiều nhất là ${ex.high}, ít nhất là ${ex.low}` : ''}.`,
  moves(basis, rise, fall, cumulative) {
    const lead = basis === 'samePeriodLastYear' ? 'So với cùng kỳ năm trước' : 'So với cuối năm trước';
    const parts = [
      rise ? `tăng nhiều nhất là ${rise}` : 'không có đơn vị nào tăng',
      ...(cumulative && !fall ? [] : [fall ? `giảm nhiều nhất là ${fall}` : 'không có đơn vị nào giảm']),
    ];
    return `${lead}, ${parts.join('; ')}.`;
  },
  weakestRate: (name, value, weakest, lowest) => `${name} toàn tỉnh đạt ${value}; ${lowest ? 'thấp nhất' : 'cao nhất'} là ${weakest}.`,
  mostCount: (w, value, most) => `Toàn tỉnh ${w.verb ?? 'có'} ${value} ${w.noun ?? ''}; nhiều nhất là ${most}.`,
  unitAndValue: (name, value) => `${name} (${value})`,
  shortfall(rule, failing, more) {
    const tail = more ? ['các đơn vị khác có trong bảng'] : [];
    if (rule === 'receptionSessions') {
      if (!failing.length) return 'Chủ tịch UBND các đơn vị đều tiếp công dân định kỳ đủ số buổi tối thiểu hằng tháng theo Luật Tiếp công dân.';
      const list = failing.map((f) => `${f.name} (${formatNumber(f.actual, 'vi')}/${formatNumber(f.required, 'vi')} buổi)`);
      return `Chưa bảo đảm số buổi tiếp công dân định kỳ tối thiểu hằng tháng của Chủ tịch UBND theo Luật Tiếp công dân: ${this.names([...list, ...tail])}.`;
    }
    if (!failing.length) return 'Các xã đã nộp đủ báo cáo công khai hằng quý.';
    const list = failing.map((f) => `${f.name} (nộp ${formatNumber(f.actual, 'vi')}/${formatNumber(f.required, 'vi')} báo cáo)`);
    return `Còn xã chưa nộp báo cáo công khai quý: ${this.names([...list, ...tail])}.`;
  },
  basisChanged: () =>
    'Kỳ này áp dụng danh mục nội dung phải công khai theo Luật Thực hiện dân chủ ở cơ sở, kỳ so sánh áp dụng danh mục theo Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn; tỷ lệ giữa hai kỳ chưa hoàn toàn tương đồng.',
  rateClause: (name, value, change) => `${name} đạt ${value}, ${change}`,
  countClause: (w, value, change) => `toàn tỉnh ${w.verb ?? 'có'} ${value} ${w.noun ?? ''}, ${change}`,
  ofWhich: (value, w) => `trong đó ${value} ${w.noun ?? ''}`,
  unitRate(name, value, relation, province, rank, of) {
    const rel = relation === 'above' ? 'cao hơn' : relation === 'below' ? 'thấp hơn' : 'bằng';
    return `${name} đạt ${value}, ${rel} mức chung toàn tỉnh (${province}), xếp thứ ${formatNumber(rank, 'vi')}/${formatNumber(of, 'vi')} đơn vị.`;
  },
  sentence: (clauses) => `${capitalise(clauses.join('; '))}.`,
  noData: (name) => `${name}: chưa có số liệu của kỳ này.`,
};

const en: Templates = {
  indicator: {
    disclosureOnTime: { name: 'The share of required contents disclosed on time' },
    complaintResolution: { name: 'The resolution rate of petitions within jurisdiction' },
    receptionCompliance: { name: 'The share of reception sessions meeting the monthly minimum' },
    onlineShare: { name: 'The share of case files submitted online' },
    onTimeHandling: { name: 'The share of case files resolved on time' },
    received: { name: 'Petitions received', verb: 'received', noun: 'petitions', unit: 'petitions' },
    overLevel: { name: 'Petitions sent over the competent level', verb: 'had', noun: 'petitions sent over the competent level', unit: 'petitions' },
    models: { name: '"Dân vận khéo" models', verb: 'has', noun: '"Dân vận khéo" models in total', unit: 'models' },
    exemplary: { name: 'Exemplary models', verb: 'has', noun: 'exemplary models', unit: 'models' },
  },
  rate: (v) => formatPercent(v, 'en', 1),
  points: (d) => `${formatNumber(d, 'en', 1)} percentage points`,
  count: (v, unit) => `${formatNumber(v, 'en')} ${unit}`,
  change(delta, measure, unit, basis) {
    const against = basis === 'samePeriodLastYear' ? 'the same period last year' : 'the end of the previous year';
    if (delta === null) return `with no figure for ${against} to compare`;
    if (delta === 0) return `unchanged from ${against}`;
    const size = measure === 'rate' ? this.points(Math.abs(delta)) : this.count(Math.abs(delta), unit);
    return `${delta > 0 ? 'up' : 'down'} ${size} on ${against}`;
  },
  names: (names) => listNames(names, 'and'),
  inner: (text) => (text.startsWith('"') ? text : text.charAt(0).toLocaleLowerCase('en') + text.slice(1)),
  provinceRate: (name, value, change, ex) => `${name} province-wide was ${value}, ${change}${ex ? `; highest in ${ex.high}, lowest in ${ex.low}` : ''}.`,
  provinceCount: (w, value, change, ex) =>
    `The province ${w.verb ?? 'has'} ${value} ${w.noun ?? ''}, ${change}${ex ? `; most in ${ex.high}, fewest in ${ex.low}` : ''}.`,
  moves(basis, rise, fall, cumulative) {
    const lead = basis === 'samePeriodLastYear' ? 'Compared with the same period last year' : 'Compared with the end of the previous year';
    const parts = [
      rise ? `the largest rise was in ${rise}` : 'no unit rose',
      ...(cumulative && !fall ? [] : [fall ? `the largest fall in ${fall}` : 'no unit fell']),
    ];
    return `${lead}, ${parts.join('; ')}.`;
  },
  weakestRate: (name, value, weakest, lowest) => `${name} province-wide was ${value}; ${lowest ? 'lowest' : 'highest'} in ${weakest}.`,
  mostCount: (w, value, most) => `The province ${w.verb ?? 'has'} ${value} ${w.noun ?? ''}; most in ${most}.`,
  unitAndValue: (name, value) => `${name} (${value})`,
  shortfall(rule, failing, more) {
    const tail = more ? ['the other units listed in the table'] : [];
    if (rule === 'receptionSessions') {
      if (!failing.length) return "Every unit's chair held at least the monthly minimum of regular citizen-reception sessions under the Law on Citizen Reception.";
      const list = failing.map((f) => `${f.name} (${formatNumber(f.actual, 'en')} of ${formatNumber(f.required, 'en')} sessions)`);
      return `Below the monthly minimum of regular citizen-reception sessions by the chair under the Law on Citizen Reception: ${this.names([...list, ...tail])}.`;
    }
    if (!failing.length) return 'Every commune filed its quarterly disclosure reports.';
    const list = failing.map((f) => `${f.name} (${formatNumber(f.actual, 'en')} of ${formatNumber(f.required, 'en')} filed)`);
    return `Quarterly commune disclosure reports still missing: ${this.names([...list, ...tail])}.`;
  },
  basisChanged: () =>
    "This period uses the list of contents of the Law on Implementing Grassroots Democracy, the comparison period the Ordinance's shorter list: the two rates are not fully comparable.",
  rateClause: (name, value, change) => `${name} was ${value}, ${change}`,
  countClause: (w, value, change) => `the province ${w.verb ?? 'has'} ${value} ${w.noun ?? ''}, ${change}`,
  ofWhich: (value, w) => `of which ${value} ${w.noun ?? ''}`,
  unitRate(name, value, relation, province, rank, of) {
    const rel = relation === 'above' ? 'above' : relation === 'below' ? 'below' : 'equal to';
    return `${name} was ${value}, ${rel} the province-wide figure (${province}); ranked ${formatNumber(rank, 'en')} of ${formatNumber(of, 'en')} units.`;
  },
  sentence: (clauses) => `${capitalise(clauses.join('; '))}.`,
  noData: (name) => `${name}: no figure for this period yet.`,
};

export const TEMPLATES: Readonly<Record<Language, Templates>> = { vi, en };
