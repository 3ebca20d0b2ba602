import type { ComplaintMonth } from '../../domain/complaints';

/** A monthly report with sensible defaults; tests override what they check. */
export function report(unitCode: string, month: string, over: Partial<Omit<ComplaintMonth, 'unitCode' | 'month'>> = {}): ComplaintMonth {
  return {
    unitCode,
    month,
    received: { khieu_nai: 4, to_cao: 1, kien_nghi: 3, phan_anh: 2 },
    eligible: 8,
    withinJurisdiction: 5,
    resolved: 4,
    overdue: 1,
    repeat: 1,
    overLevel: 0,
    chairSessions: { regular: 2, adHoc: 0 },
    chairSessionsRequired: 2,
    ...over,
  };
}

/** A report whose only petitions are `count` complaints. */
export const reportWith = (unitCode: string, month: string, count: number) =>
  report(unitCode, month, { received: { khieu_nai: count, to_cao: 0, kien_nghi: 0, phan_anh: 0 } });
