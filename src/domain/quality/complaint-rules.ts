import type { ComplaintMonth } from '../complaints';
import { PETITION_TYPES } from '../complaints';
import { atMost, nonNegativeCount, type Breach, type PlausibilityRule } from './rules';
import type { RecordIdentity } from './types';

/**
 * A month has at most 23 working days, and a chair holds at most one regular reception session a day: more is a
 * typing error (e.g. 40 sessions reported against a legal minimum of 2).
 */
export const MAX_REGULAR_SESSIONS_PER_MONTH = 23;

const received = (r: ComplaintMonth) => PETITION_TYPES.reduce((sum, t) => sum + r.received[t], 0);

const rule = (
  id: string,
  field: string,
  vi: string,
  en: string,
  check: (r: ComplaintMonth) => Breach | null,
): PlausibilityRule<ComplaintMonth> => ({ id: `complaints.${id}`, system: 'complaints', field, description: { vi, en }, check });

function firstBreach(values: readonly number[]): Breach | null {
  for (const v of values) {
    const b = nonNegativeCount(v);
    if (b) return b;
  }
  return null;
}

/** Beside the complaints indicators (resolution, overdue, per 10,000, over-level, reception): the funnel is nested. */
export const COMPLAINT_RULES: readonly PlausibilityRule<ComplaintMonth>[] = [
  rule('counts-non-negative', 'tiep_nhan_don, xu_ly_don, ket_qua_giai_quyet, tiep_cong_dan', 'Mọi số đếm là số nguyên ≥ 0', 'Every count is a whole number ≥ 0', (r) =>
    firstBreach([
      ...PETITION_TYPES.map((t) => r.received[t]),
      r.eligible,
      r.withinJurisdiction,
      r.resolved,
      r.overdue,
      r.repeat,
      r.overLevel,
      r.chairSessions.regular,
      r.chairSessions.adHoc,
    ]),
  ),
  rule('eligible-le-received', 'xu_ly_don.du_dieu_kien', 'Đơn đủ điều kiện không vượt số đơn tiếp nhận', 'Eligible petitions cannot exceed petitions received', (r) =>
    atMost(r.eligible, received(r)),
  ),
  rule('within-le-eligible', 'xu_ly_don.thuoc_tham_quyen', 'Đơn thuộc thẩm quyền không vượt số đơn đủ điều kiện', 'Petitions within jurisdiction cannot exceed eligible ones', (r) =>
    atMost(r.withinJurisdiction, r.eligible),
  ),
  rule('resolved-overdue-le-within', 'ket_qua_giai_quyet.da_giai_quyet + qua_han', 'Đã giải quyết cộng quá hạn không vượt số đơn thuộc thẩm quyền', 'Resolved plus overdue cannot exceed petitions within jurisdiction', (r) =>
    atMost(r.resolved + r.overdue, r.withinJurisdiction),
  ),
  rule('repeat-le-received', 'xu_ly_don.trung_lap', 'Đơn trùng lặp không vượt số đơn tiếp nhận', 'Repeat petitions cannot exceed petitions received', (r) =>
    atMost(r.repeat, received(r)),
  ),
  rule('over-level-le-received', 'xu_ly_don.vuot_cap', 'Đơn vượt cấp không vượt số đơn tiếp nhận', 'Over-level petitions cannot exceed petitions received', (r) =>
    atMost(r.overLevel, received(r)),
  ),
  rule(
    'chair-sessions-bound',
    'tiep_cong_dan.chu_tich_dinh_ky',
    `Chủ tịch tiếp công dân định kỳ tối đa ${MAX_REGULAR_SESSIONS_PER_MONTH} buổi/tháng (số ngày làm việc)`,
    `The chair holds at most ${MAX_REGULAR_SESSIONS_PER_MONTH} regular sessions a month (working days)`,
    (r) => atMost(r.chairSessions.regular, MAX_REGULAR_SESSIONS_PER_MONTH),
  ),
];

export const COMPLAINT_IDENTITY: RecordIdentity<ComplaintMonth> = {
  system: 'complaints',
  unitCode: (r) => r.unitCode,
  period: (r) => r.month,
  recordId: () => null,
};
