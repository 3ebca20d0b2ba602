import type { ComplaintMonth } from '../complaints';
import type { EmulationModel } from '../emulation';
import { type IndicatorId } from './definitions';
import { measure, provinceScope, unitsScope, type IndicatorData } from './measure';
import type { ValueOf } from '../kpi';
import type { CaseFileMonth } from '../procedures';

/**
 * Value functions for the Overview's headline figures, each the catalogue's `measure()` as a function of the
 * period (what kpiFigure needs for its comparisons and trend). No figure is computed here.
 */
const NO_DATA: IndicatorData = { disclosureRows: null, complaintsByYear: null, caseFilesByYear: null, models: null, population: () => null };

export function valueFunction(id: IndicatorId, data: Partial<IndicatorData>, unitCodes?: ReadonlySet<string>): ValueOf {
  const all: IndicatorData = { ...NO_DATA, ...data };
  const scope = unitCodes ? unitsScope([...unitCodes]) : provinceScope([]);
  return (p) => measure(id, all, scope, p).value;
}

export function complaintValues(byYear: ReadonlyMap<number, readonly ComplaintMonth[]>, unitCodes?: ReadonlySet<string>) {
  return {
    received: valueFunction('complaints.received', { complaintsByYear: byYear }, unitCodes),
    resolutionRate: valueFunction('complaints.resolution', { complaintsByYear: byYear }, unitCodes),
  };
}

/** The province is every owner (departments included); a unit is its People's Committee's own files. */
export function caseFileValues(byYear: ReadonlyMap<number, readonly CaseFileMonth[]>, ownerCodes?: ReadonlySet<string>) {
  return {
    onlineShare: valueFunction('services.online', { caseFilesByYear: byYear }, ownerCodes),
    onTimeRate: valueFunction('services.onTime', { caseFilesByYear: byYear }, ownerCodes),
  };
}

/** Model counts are annual stocks (the registry records years): the value of year Y is the stock at the end of Y. */
export function emulationValues(models: readonly EmulationModel[], unitCodes?: ReadonlySet<string>) {
  return {
    models: valueFunction('emulation.models', { models }, unitCodes),
    exemplary: valueFunction('emulation.exemplary', { models }, unitCodes),
  };
}
