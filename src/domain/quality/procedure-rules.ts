import type { CaseFileMonth } from '../procedures';
import { atMost, nonNegativeCount, type Breach, type PlausibilityRule } from './rules';
import type { RecordIdentity } from './types';

const received = (r: CaseFileMonth) => r.receivedOnline + r.receivedInPerson + r.receivedPostal;
const resolved = (r: CaseFileMonth) => r.resolvedEarly + r.resolvedOnTime + r.resolvedLate;

const rule = (id: string, field: string, vi: string, en: string, check: (r: CaseFileMonth) => Breach | null): PlausibilityRule<CaseFileMonth> => ({
  id: `procedures.${id}`,
  system: 'procedures',
  field,
  description: { vi, en },
  check,
});

const COUNT_FIELDS = [
  'receivedOnline',
  'receivedInPerson',
  'receivedPostal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'overdue',
  'paidOnline',
  'digitised',
] as const;

/** Beside the online-services indicators (online share, on time, online payment, digitisation). */
export const PROCEDURE_RULES: readonly PlausibilityRule<CaseFileMonth>[] = [
  rule('counts-non-negative', 'tiepNhan*, giaiQuyet*, dangXuLy*, thanhToanTrucTuyen, soHoa', 'Mọi số đếm là số nguyên ≥ 0', 'Every count is a whole number ≥ 0', (r) => {
    for (const f of COUNT_FIELDS) {
      const b = nonNegativeCount(r[f]);
      if (b) return b;
    }
    return null;
  }),
  rule('paid-le-resolved', 'thanhToanTrucTuyen', 'Hồ sơ thanh toán trực tuyến không vượt số hồ sơ đã giải quyết', 'Files paid online cannot exceed files resolved', (r) =>
    atMost(r.paidOnline, resolved(r)),
  ),
  rule('digitised-le-received', 'soHoa', 'Hồ sơ số hóa không vượt số hồ sơ tiếp nhận', 'Files digitised cannot exceed files received', (r) =>
    atMost(r.digitised, received(r)),
  ),
];

export const CASE_FILE_IDENTITY: RecordIdentity<CaseFileMonth> = {
  system: 'procedures',
  unitCode: (r) => r.ownerCode,
  period: (r) => r.month,
  recordId: (r) => (r.ownerKind === 'department' ? r.ownerCode : null),
};
