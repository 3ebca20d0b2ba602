import type { DistrictDisclosureQuarter } from '../disclosure';
import { atMost, type Breach, type PlausibilityRule } from './rules';
import type { RecordIdentity } from './types';

const rule = (
  id: string,
  field: string,
  vi: string,
  en: string,
  check: (r: DistrictDisclosureQuarter) => Breach | null,
): PlausibilityRule<DistrictDisclosureQuarter> => ({ id: `disclosure.${id}`, system: 'disclosure', field, description: { vi, en }, check });

/** Beside the disclosure indicators (contents disclosed on time / required, quarterly lists posted / communes). */
export const DISCLOSURE_RULES: readonly PlausibilityRule<DistrictDisclosureQuarter>[] = [
  rule('filed-le-communes', 'soXaDaNop', 'Số xã đã nộp báo cáo không vượt số xã', 'Communes that filed cannot exceed communes', (r) => atMost(r.filed, r.reports)),
  rule('lists-le-filed', 'soXaNiemYetDanhMuc', 'Số xã niêm yết danh mục không vượt số xã đã nộp', 'Communes that posted the list cannot exceed those that filed', (r) =>
    atMost(r.listsPosted, r.filed),
  ),
  rule('published-le-required', 'soNoiDungDaCongKhai', 'Nội dung đã công khai không vượt số nội dung phải công khai', 'Contents disclosed cannot exceed contents required', (r) =>
    atMost(r.published, r.required),
  ),
  rule('on-time-le-published', 'soNoiDungDungHan', 'Nội dung công khai đúng hạn không vượt số đã công khai', 'Contents disclosed on time cannot exceed contents disclosed', (r) =>
    atMost(r.publishedOnTime, r.published),
  ),
  rule('posted-le-published', 'soNoiDungDuThoiGian', 'Nội dung niêm yết đủ thời gian không vượt số đã công khai', 'Contents posted long enough cannot exceed contents disclosed', (r) =>
    atMost(r.postedLongEnough, r.published),
  ),
];

export const DISCLOSURE_IDENTITY: RecordIdentity<DistrictDisclosureQuarter> = {
  system: 'disclosure',
  unitCode: (r) => r.districtCode,
  period: (r) => r.quarter,
  recordId: () => null,
};
