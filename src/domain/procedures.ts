import type { MonthKey } from './period';

/**
 * Online service level. Decree 43/2011 levels 1–4 until Decree 42/2022 took effect (2022-08-01 in the demo data),
 * then "full-process" / "partial". The two schemes are never put on one axis.
 */
export type ServiceLevel =
  | { readonly scheme: 'decree43'; readonly level: 1 | 2 | 3 | 4 }
  | { readonly scheme: 'decree42'; readonly level: 'full' | 'partial' };

export type OwnerKind = 'department' | 'district';

export interface ServiceOwner {
  readonly code: string;
  readonly name: string;
  readonly kind: OwnerKind;
}

/** One administrative procedure offered as a public service, with its level in one year. */
export interface ServiceLevelRecord {
  readonly serviceCode: string;
  readonly serviceName: string;
  readonly field: string;
  readonly ownerCode: string;
  readonly year: number;
  readonly level: ServiceLevel;
}

/** Case files (hồ sơ) of one owner (department or district) in one month, from the one-stop-shop system. */
export interface CaseFileMonth {
  readonly ownerCode: string;
  readonly ownerKind: OwnerKind;
  readonly month: MonthKey;
  readonly receivedOnline: number;
  readonly receivedInPerson: number;
  readonly receivedPostal: number;
  readonly resolvedEarly: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
  /** Still in process at month end, not yet due. */
  readonly pending: number;
  /** Still in process at month end, past due. */
  readonly overdue: number;
  /** Of those resolved, fees paid online. */
  readonly paidOnline: number;
  /** Of those received, files digitised. */
  readonly digitised: number;
}
