import { PETITION_TYPES, type ComplaintMonth, type PetitionType } from './complaints';
import type { MonthKey } from './period';
import { ratio, type Ratio } from './ratio';

export interface ComplaintTotals {
  readonly received: number;
  readonly receivedByType: Readonly<Record<PetitionType, number>>;
  readonly eligible: number;
  readonly withinJurisdiction: number;
  readonly resolved: number;
  readonly overdue: number;
  readonly repeat: number;
  readonly overLevel: number;
  readonly chairSessionsRegular: number;
  readonly chairSessionsAdHoc: number;
  readonly chairSessionsRequired: number;
  /** Resolved / within jurisdiction. */
  readonly resolution: Ratio;
  /**
   * Regular sessions that meet the monthly minimum / legal minimum: judged per chair per month (Law on Citizen
   * Reception 2013, Art. 13), so a busy month cannot hide an empty one. Not the same figure as sessions held.
   */
  readonly receptionCompliance: Ratio;
  /** Unit-months in which the chair held fewer regular sessions than that month's minimum. */
  readonly monthsBelowMinimum: number;
  /** Months with at least one record: lets a caller tell "zero petitions" from "no report". */
  readonly monthsReported: number;
}

const zeroByType = (): Record<PetitionType, number> => ({ khieu_nai: 0, to_cao: 0, kien_nghi: 0, phan_anh: 0 });

export const totalReceived = (r: ComplaintMonth) => PETITION_TYPES.reduce((sum, t) => sum + r.received[t], 0);

/** Sums the months given, for one unit or (unitCodes undefined) every unit. */
export function complaintTotals(
  records: readonly ComplaintMonth[],
  months: readonly MonthKey[],
  unitCodes?: ReadonlySet<string>,
): ComplaintTotals {
  const monthSet = new Set(months);
  const byType = zeroByType();
  let eligible = 0, within = 0, resolved = 0, overdue = 0, repeat = 0, overLevel = 0;
  let regular = 0, adHoc = 0, required = 0, compliantSessions = 0, monthsBelow = 0;
  const reported = new Set<string>();
  for (const r of records) {
    if (!monthSet.has(r.month) || (unitCodes && !unitCodes.has(r.unitCode))) continue;
    reported.add(r.month);
    for (const t of PETITION_TYPES) byType[t] += r.received[t];
    eligible += r.eligible;
    within += r.withinJurisdiction;
    resolved += r.resolved;
    overdue += r.overdue;
    repeat += r.repeat;
    overLevel += r.overLevel;
    regular += r.chairSessions.regular;
    adHoc += r.chairSessions.adHoc;
    required += r.chairSessionsRequired;
    compliantSessions += Math.min(r.chairSessions.regular, r.chairSessionsRequired);
    if (r.chairSessions.regular < r.chairSessionsRequired) monthsBelow += 1;
  }
  return {
    received: PETITION_TYPES.reduce((s, t) => s + byType[t], 0),
    receivedByType: byType,
    eligible,
    withinJurisdiction: within,
    resolved,
    overdue,
    repeat,
    overLevel,
    chairSessionsRegular: regular,
    chairSessionsAdHoc: adHoc,
    chairSessionsRequired: required,
    resolution: ratio(resolved, within),
    receptionCompliance: ratio(compliantSessions, required),
    monthsBelowMinimum: monthsBelow,
    monthsReported: reported.size,
  };
}

/**
 * Below the legal minimum of citizen reception: the chair missed the minimum in at least one month of the period.
 * The law sets the minimum per month, so a period total that reaches 2 × months does not make up for an empty month.
 * The complaints page, the slides and the PDF list units "below the minimum" with this one rule.
 */
export const belowReceptionMinimum = (t: ComplaintTotals): boolean => t.monthsBelowMinimum > 0;
