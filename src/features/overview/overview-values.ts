import type { ComplaintMonth } from '../../domain/complaints';
import { complaintTotals, type ComplaintTotals } from '../../domain/complaints-metrics';
import type { EmulationModel } from '../../domain/emulation';
import type { ValueOf } from '../../domain/kpi';
import { monthsOf, type Period } from '../../domain/period';
import type { CaseFileMonth } from '../../domain/procedures';
import { caseFileTotals, type CaseFileTotals } from '../../domain/procedures-metrics';
import { rateOf } from '../../domain/ratio';

/**
 * Value functions for the Overview's headline figures. Every period lies inside one calendar year, and monthly
 * data arrive a year at a time, so a period's figure comes from that year's records alone. A period with a month
 * missing gives null, never a partial sum.
 */
function completeTotals<R, T extends { monthsReported: number }>(
  byYear: ReadonlyMap<number, readonly R[]>,
  total: (records: readonly R[], months: readonly string[]) => T,
) {
  return (p: Period): T | null => {
    const records = byYear.get(p.year);
    if (!records) return null;
    const months = monthsOf(p);
    const totals = total(records, months);
    return totals.monthsReported === months.length ? totals : null;
  };
}

export function complaintValues(byYear: ReadonlyMap<number, readonly ComplaintMonth[]>, unitCodes?: ReadonlySet<string>) {
  const totals = completeTotals<ComplaintMonth, ComplaintTotals>(byYear, (r, m) => complaintTotals(r, m, unitCodes));
  return {
    received: ((p) => totals(p)?.received ?? null) satisfies ValueOf,
    resolutionRate: ((p) => {
      const t = totals(p);
      return t ? rateOf(t.resolution) : null;
    }) satisfies ValueOf,
  };
}

export function caseFileValues(byYear: ReadonlyMap<number, readonly CaseFileMonth[]>, ownerCodes?: ReadonlySet<string>) {
  const totals = completeTotals<CaseFileMonth, CaseFileTotals>(byYear, (r, m) => caseFileTotals(r, m, ownerCodes));
  return {
    onlineShare: ((p) => {
      const t = totals(p);
      return t ? rateOf(t.onlineShare) : null;
    }) satisfies ValueOf,
    onTimeRate: ((p) => {
      const t = totals(p);
      return t ? rateOf(t.onTime) : null;
    }) satisfies ValueOf,
  };
}

/** Model counts are annual stocks (the registry records years): the value of year Y is the stock at the end of Y. */
export function emulationValues(models: readonly EmulationModel[], unitCodes?: ReadonlySet<string>) {
  const inScope = unitCodes ? models.filter((m) => unitCodes.has(m.unitCode)) : models;
  return {
    models: ((p) => inScope.filter((m) => m.yearRegistered <= p.year).length) satisfies ValueOf,
    exemplary: ((p) => inScope.filter((m) => m.yearExemplary !== null && m.yearExemplary <= p.year).length) satisfies ValueOf,
  };
}
