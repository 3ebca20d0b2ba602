import { LAW_10_2022_EFFECTIVE, type DisclosureContent, type LegalBasis } from './disclosure';
import type { QuarterKey } from './period';

/**
 * What a commune must publicise "for the people to know", by legal basis.
 * Ordinance 34/2007/PL-UBTVQH11 Art. 5 (11 contents) applies to quarters up to 2023-Q2;
 * Law 10/2022/QH15 Art. 11 (14 contents) from 2023-Q3, when Art. 90 repealed the Ordinance.
 * Names are short Vietnamese paraphrases of the articles, fit for a chart label; the codes are the dashboard's own.
 */

export const LEGAL_BASES: readonly LegalBasis[] = ['PL34_2007', 'LUAT10_2022'];

export const LEGAL_BASIS_DOCUMENT: Readonly<Record<LegalBasis, string>> = {
  PL34_2007: 'Pháp lệnh số 34/2007/PL-UBTVQH11',
  LUAT10_2022: 'Luật số 10/2022/QH15',
};

/**
 * Minimum posting time. Law 10/2022 Art. 12–13: 30 consecutive days at the commune office unless the law says
 * otherwise. The Ordinance also asked for 30 days of posting (Art. 7; from memory, unchecked).
 */
export const STANDARD_POSTING_DAYS = 30;

/**
 * How long a content must stay posted (niêm yết), Law 10/2022 Art. 13(1): items 1–3 and 5–12 at least 30
 * consecutive days; items 4 (democracy regulation, staff duties) and 13 (administrative procedures) permanently,
 * updated when they change; item 14 ("other content") has no minimum in the law. The upstream contents list states
 * days only, so the rule is the law's, kept here by content code.
 */
export type PostingRule = { readonly kind: 'minimumDays'; readonly days: number } | { readonly kind: 'permanent' } | { readonly kind: 'none' };

const PERMANENT_CONTENTS: ReadonlySet<string> = new Set(['L10_04', 'L10_13']);
const NO_MINIMUM_CONTENTS: ReadonlySet<string> = new Set(['L10_14']);

export function postingRuleOf(content: Pick<DisclosureContent, 'code' | 'minDaysPosted'>): PostingRule {
  if (PERMANENT_CONTENTS.has(content.code)) return { kind: 'permanent' };
  if (NO_MINIMUM_CONTENTS.has(content.code)) return { kind: 'none' };
  return { kind: 'minimumDays', days: content.minDaysPosted };
}

const DAY_MS = 86_400_000;

/** Last day of the quarter "YYYY-Qn" as an ISO date. */
function quarterEnd(quarter: QuarterKey): string | null {
  const start = quarterStartDate(quarter);
  if (start === null) return null;
  const year = Number(start.slice(0, 4));
  const lastMonth = Number(start.slice(5, 7)) + 2;
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

/**
 * Did a published item meet its posting rule in the quarter? A minimum: posted at least that many days. Permanent:
 * still posted at the end of the quarter (posted for every day from its publication to the quarter's end), not "at
 * least 90 days", which an item published mid-quarter could never reach. No minimum: published is enough.
 */
export function meetsPostingRule(rule: PostingRule, daysPosted: number | null, publishedDate: string | null, quarter: QuarterKey): boolean {
  switch (rule.kind) {
    case 'none':
      return true;
    case 'minimumDays':
      return daysPosted !== null && daysPosted >= rule.days;
    case 'permanent': {
      const end = quarterEnd(quarter);
      if (daysPosted === null || publishedDate === null || end === null) return false;
      const daysToQuarterEnd = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${publishedDate}T00:00:00Z`)) / DAY_MS) + 1;
      return daysPosted >= daysToQuarterEnd;
    }
  }
}

const ordinance = (n: number, name: string): DisclosureContent => ({
  code: `PL34_${String(n).padStart(2, '0')}`,
  basis: 'PL34_2007',
  name,
  minDaysPosted: STANDARD_POSTING_DAYS,
});

const law = (n: number, name: string, minDaysPosted = STANDARD_POSTING_DAYS): DisclosureContent => ({
  code: `L10_${String(n).padStart(2, '0')}`,
  basis: 'LUAT10_2022',
  name,
  minDaysPosted,
});

export const DISCLOSURE_CONTENTS: readonly DisclosureContent[] = [
  ordinance(1, 'Kế hoạch phát triển kinh tế – xã hội, chuyển dịch cơ cấu kinh tế; dự toán, quyết toán ngân sách xã hằng năm'),
  ordinance(2, 'Dự án, công trình đầu tư trên địa bàn; bồi thường, giải phóng mặt bằng, tái định cư; quy hoạch, kế hoạch sử dụng đất'),
  ordinance(3, 'Nhiệm vụ, quyền hạn của cán bộ, công chức cấp xã trực tiếp giải quyết công việc của nhân dân'),
  ordinance(4, 'Quản lý, sử dụng các loại quỹ, khoản đầu tư, tài trợ; các khoản huy động nhân dân đóng góp'),
  ordinance(5, 'Vay vốn xóa đói giảm nghèo; bình xét hộ nghèo, trợ cấp xã hội, nhà tình thương, thẻ bảo hiểm y tế'),
  ordinance(6, 'Đề án thành lập, nhập, chia đơn vị hành chính, điều chỉnh địa giới hành chính liên quan đến xã'),
  ordinance(7, 'Kết quả thanh tra, kiểm tra, xử lý tiêu cực, tham nhũng của cán bộ xã, thôn; kết quả lấy phiếu tín nhiệm'),
  ordinance(8, 'Nội dung và kết quả tiếp thu ý kiến nhân dân về những việc chính quyền xã đưa ra lấy ý kiến'),
  ordinance(9, 'Đối tượng, mức thu phí, lệ phí và nghĩa vụ tài chính khác do chính quyền xã trực tiếp thu'),
  ordinance(10, 'Thủ tục hành chính, giải quyết công việc của nhân dân do chính quyền xã trực tiếp thực hiện'),
  ordinance(11, 'Nội dung khác theo quy định của pháp luật, yêu cầu của cơ quan có thẩm quyền hoặc xã thấy cần thiết'),

  law(1, 'Kế hoạch phát triển kinh tế – xã hội hằng năm, phương án chuyển dịch cơ cấu kinh tế và kết quả thực hiện'),
  law(2, 'Dự toán, tình hình thực hiện, quyết toán ngân sách cấp xã; thực hiện kiến nghị của Kiểm toán nhà nước'),
  law(3, 'Dự án đầu tư và tiến độ; thu hồi đất, bồi thường, hỗ trợ, tái định cư; quỹ đất công ích; quy hoạch xây dựng, đô thị'),
  law(4, 'Quy chế thực hiện dân chủ ở xã; nhiệm vụ, quyền hạn của cán bộ xã, thôn, tổ dân phố; quy tắc ứng xử', 0),
  law(5, 'Quản lý, sử dụng các loại quỹ, khoản đầu tư, tài trợ; các khoản huy động Nhân dân đóng góp'),
  law(6, 'Đầu tư, mua sắm, sử dụng, xử lý tài sản công do cấp xã quản lý và nguồn thu từ tài sản công'),
  law(7, 'Chính sách hỗ trợ, trợ cấp, tín dụng (nhà ở, bảo hiểm y tế, bảo trợ xã hội): tiêu chuẩn, đối tượng, bình xét, kết quả'),
  law(8, 'Kinh phí hỗ trợ khắc phục thiên tai, dịch bệnh, bệnh hiểm nghèo; tiếp nhận, sử dụng tiền, hàng ủng hộ'),
  law(9, 'Chỉ tiêu, tiêu chuẩn, danh sách gọi công dân nhập ngũ, tham gia Công an nhân dân; tạm hoãn, miễn'),
  law(10, 'Kết quả thanh tra, kiểm tra, xử lý tiêu cực, tham nhũng, kỷ luật; kết quả lấy phiếu tín nhiệm lãnh đạo HĐND, UBND xã'),
  law(11, 'Kế hoạch, nội dung lấy ý kiến Nhân dân; kết quả tiếp thu, giải trình'),
  law(12, 'Đối tượng, mức thu phí, lệ phí và nghĩa vụ tài chính khác do chính quyền xã trực tiếp thu'),
  law(13, 'Thủ tục hành chính do chính quyền xã trực tiếp thực hiện', 0),
  law(14, 'Nội dung khác theo quy định của pháp luật và quy chế thực hiện dân chủ ở xã', 0),
];

/**
 * The Ordinance content each Law item continues, so a series can be followed across the 2023-07 switch;
 * null for contents the Law added (public assets, disaster aid, call-up lists).
 */
export const LAW_10_PREDECESSOR: Readonly<Record<string, string | null>> = {
  L10_01: 'PL34_01',
  L10_02: 'PL34_01',
  L10_03: 'PL34_02',
  L10_04: 'PL34_03',
  L10_05: 'PL34_04',
  L10_06: null,
  L10_07: 'PL34_05',
  L10_08: null,
  L10_09: null,
  L10_10: 'PL34_07',
  L10_11: 'PL34_08',
  L10_12: 'PL34_09',
  L10_13: 'PL34_10',
  L10_14: 'PL34_11',
};

export type ContentsByBasis = Readonly<Record<LegalBasis, readonly DisclosureContent[]>>;

/** Groups a content list (e.g. as served by the reporting system) by legal basis, keeping its order. */
export function groupContentsByBasis(contents: readonly DisclosureContent[]): ContentsByBasis {
  return {
    PL34_2007: contents.filter((c) => c.basis === 'PL34_2007'),
    LUAT10_2022: contents.filter((c) => c.basis === 'LUAT10_2022'),
  };
}

export const DISCLOSURE_CONTENTS_BY_BASIS: ContentsByBasis = groupContentsByBasis(DISCLOSURE_CONTENTS);

/** First day of a quarter "YYYY-Qn" as an ISO date; null for a malformed key. */
export function quarterStartDate(quarter: QuarterKey): string | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return null;
  const month = Number(match[2]) * 3 - 2;
  return `${match[1]}-${String(month).padStart(2, '0')}-01`;
}

/** The legal basis in force for a quarter: the Law for quarters starting on or after 1 Jul 2023. */
export function basisInForce(quarter: QuarterKey): LegalBasis {
  const start = quarterStartDate(quarter);
  if (start === null) throw new RangeError(`Not a quarter key: ${quarter}`);
  return start >= LAW_10_2022_EFFECTIVE ? 'LUAT10_2022' : 'PL34_2007';
}

export const contentsInForce = (quarter: QuarterKey): readonly DisclosureContent[] =>
  DISCLOSURE_CONTENTS_BY_BASIS[basisInForce(quarter)];
