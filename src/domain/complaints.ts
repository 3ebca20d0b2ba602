import type { MonthKey } from './period';

/** Petition types of the Law on Complaints 2011, the Law on Denunciations 2018 and the Law on Citizen Reception 2013. */
export const PETITION_TYPES = ['khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh'] as const;
export type PetitionType = (typeof PETITION_TYPES)[number];

/** One district-level unit, one month, as reported to the complaints and denunciations reporting system. */
export interface ComplaintMonth {
  readonly unitCode: string;
  readonly month: MonthKey;
  readonly received: Readonly<Record<PetitionType, number>>;
  /** Petitions that qualify for handling (đủ điều kiện xử lý). */
  readonly eligible: number;
  /** Of the eligible, those within the unit's jurisdiction (thuộc thẩm quyền). */
  readonly withinJurisdiction: number;
  /** Of those within jurisdiction, resolved in the month (đã giải quyết). */
  readonly resolved: number;
  /** Within jurisdiction, past the statutory deadline and not resolved (quá hạn). */
  readonly overdue: number;
  /** Repeat petitions (đơn trùng lặp / tái khiếu). */
  readonly repeat: number;
  /** Petitions sent over the competent level (vượt cấp). */
  readonly overLevel: number;
  /** Citizen-reception sessions held by the chair of the People's Committee. */
  readonly chairSessions: { readonly regular: number; readonly adHoc: number };
  /** Legal minimum of regular sessions for the month (Law on Citizen Reception 2013, Art. 13: district chair ≥ 2 days/month). */
  readonly chairSessionsRequired: number;
}
