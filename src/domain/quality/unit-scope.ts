import { unitValidDuring, type AdminUnit } from '../units';
import type { QualityIssue, QualitySplit, RecordIdentity } from './types';

/** The dates a record speaks for, as ISO dates (inclusive). */
export interface RecordSpan {
  readonly from: string;
  readonly to: string;
}

const monthSpans = new Map<string, RecordSpan>();

/** A month key "2024-03" → its first and last day (the same object for the same month: records share a few months). */
export function monthSpan(month: string): RecordSpan {
  let span = monthSpans.get(month);
  if (!span) {
    const [year, m] = month.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
    span = { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
    monthSpans.set(month, span);
  }
  return span;
}

/** A quarter key "2024-Q1" → its first and last day. */
export function quarterSpan(quarter: string): RecordSpan {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const last = monthSpan(`${year}-${String(q * 3).padStart(2, '0')}`);
  return { from: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`, to: last.to };
}

export const yearSpan = (year: number): RecordSpan => ({ from: `${year}-01-01`, to: `${year}-12-31` });

const UNKNOWN = {
  vi: 'Mã đơn vị không có trong danh mục đơn vị hành chính đang áp dụng',
  en: 'Unit code not in the administrative-unit catalogue in force',
};
const NOT_IN_FORCE = {
  vi: 'Đơn vị không còn (hoặc chưa) hiệu lực trong kỳ của bản ghi',
  en: 'Unit not in force during the record’s period',
};

/**
 * Scope integrity: figures are computed over the units of the catalogue in force. `districts` are the unit versions
 * records may be reported for (the districts while they exist, the communes and wards from 1 Jul 2025). A record whose unit the
 * catalogue does not have, or does not have on the record's dates, is left out of every figure and reported:
 * counted into a province total it would put the numerator (its petitions) and the denominator (the catalogue's
 * population) over different units.
 *
 * `applies` lets a system exempt records that are not about an administrative unit (a provincial department's case files).
 */
export function applyUnitScope<R>(
  records: readonly R[],
  districts: readonly AdminUnit[],
  identity: RecordIdentity<R>,
  spanOf: (record: R) => RecordSpan,
  field: string,
  applies: (record: R) => boolean = () => true,
): QualitySplit<R> {
  // A code can recur across unit sets (18073: Phường Nam Hà, then Thành Sen): a record is in scope when any
  // version of its code is in force on the record's dates.
  const byCode = new Map<string, AdminUnit[]>();
  for (const d of districts) {
    const versions = byCode.get(d.code);
    if (versions) versions.push(d);
    else byCode.set(d.code, [d]);
  }
  // A year of records repeats a few codes and months many times: each code × span is judged once.
  const verdicts = new Map<string, 'unknown-unit' | 'unit-not-in-force' | null>();
  const accepted: R[] = [];
  const issues: QualityIssue[] = [];
  for (const record of records) {
    if (!applies(record)) {
      accepted.push(record);
      continue;
    }
    const code = identity.unitCode(record);
    const versions = byCode.get(code);
    const span = spanOf(record);
    const key = `${code}|${span.from}|${span.to}`;
    let kind = verdicts.get(key);
    if (kind === undefined) {
      kind = !versions ? 'unknown-unit' : versions.some((u) => unitValidDuring(u, span.from, span.to)) ? null : 'unit-not-in-force';
      verdicts.set(key, kind);
    }
    if (kind === null) {
      accepted.push(record);
      continue;
    }
    issues.push({
      system: identity.system,
      kind,
      ruleId: kind === 'unknown-unit' ? 'unit.unknown' : 'unit.not-in-force',
      description: kind === 'unknown-unit' ? UNKNOWN : NOT_IN_FORCE,
      unitCode: code,
      period: identity.period(record),
      recordId: identity.recordId(record),
      field,
      value: code,
      relation: kind === 'unknown-unit' ? 'present' : null,
      bound: kind === 'unit-not-in-force' && versions ? versions.map((u) => `${u.validFrom} – ${u.validTo ?? '…'}`).join(', ') : null,
    });
  }
  return { accepted, issues };
}
