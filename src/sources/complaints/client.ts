import type { SourceConfig } from '../../config/schema';
import type { ComplaintMonth } from '../../domain/complaints';
import type { MonthKey } from '../../domain/period';
import { getJson } from '../../lib/http';
import { monthToQuery, toComplaintMonths } from './adapter';
import { COMPLAINT_MONTHS_PATH, complaintMonthsResponse } from './wire-schema';

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Petitions, their handling and the chair's reception sessions, per district and month, for [from, to]. */
export async function fetchComplaintMonths(
  cfg: SourceConfig,
  range: { from: MonthKey; to: MonthKey },
  signal?: AbortSignal,
): Promise<{ asOf: string; records: ComplaintMonth[] }> {
  if (!MONTH_KEY.test(range.from) || !MONTH_KEY.test(range.to) || range.from > range.to) {
    throw new RangeError(`Khoảng tháng không hợp lệ: ${range.from} – ${range.to}`);
  }
  const wire = await getJson('complaints', cfg, COMPLAINT_MONTHS_PATH, complaintMonthsResponse, {
    query: { tu_ky: monthToQuery(range.from), den_ky: monthToQuery(range.to) },
    signal,
  });
  return toComplaintMonths(wire);
}
