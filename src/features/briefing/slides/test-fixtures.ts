import type { ComplaintMonth } from '../../../domain/complaints';
import type { DistrictDisclosureQuarter } from '../../../domain/disclosure';
import type { EmulationModel } from '../../../domain/emulation';
import { monthKey, type Period } from '../../../domain/period';
import type { CaseFileMonth } from '../../../domain/procedures';
import type { SlideScope } from './slide-data';

/** Hand-checkable records for the slide builders' tests: every month of a year alike, so totals are 12 × a month. */
export const DISTRICTS = [
  { code: '443', fullName: 'Huyện Can Lộc' },
  { code: '441', fullName: 'Huyện Vũ Quang' },
];

export const scope = (period: Period): SlideScope => ({
  period,
  isAvailable: (p) => p.year >= 2017 && p.year <= 2024,
  districts: DISTRICTS,
});

export function complaintYear(
  year: number,
  perUnit: Record<string, { received: number; within: number; resolved: number; overLevel: number; sessions: number }>,
): ComplaintMonth[] {
  const out: ComplaintMonth[] = [];
  for (let m = 1; m <= 12; m++)
    for (const [unitCode, u] of Object.entries(perUnit))
      out.push({
        unitCode,
        month: monthKey(year, m),
        received: { khieu_nai: u.received, to_cao: 0, kien_nghi: 0, phan_anh: 0 },
        eligible: u.within,
        withinJurisdiction: u.within,
        resolved: u.resolved,
        overdue: 0,
        repeat: 0,
        overLevel: u.overLevel,
        chairSessions: { regular: u.sessions, adHoc: 0 },
        chairSessionsRequired: 2,
      });
  return out;
}

export function caseFileYear(year: number, perOwner: Record<string, { online: number; inPerson: number; onTime: number; late: number; department?: boolean }>): CaseFileMonth[] {
  const out: CaseFileMonth[] = [];
  for (let m = 1; m <= 12; m++)
    for (const [ownerCode, o] of Object.entries(perOwner))
      out.push({
        ownerCode,
        ownerKind: o.department ? 'department' : 'district',
        month: monthKey(year, m),
        receivedOnline: o.online,
        receivedInPerson: o.inPerson,
        receivedPostal: 0,
        resolvedEarly: 0,
        resolvedOnTime: o.onTime,
        resolvedLate: o.late,
        pending: 0,
        overdue: 0,
        paidOnline: 0,
        digitised: 0,
      });
  return out;
}

export function disclosureQuarter(districtCode: string, quarter: string, basis: DistrictDisclosureQuarter['basis'], required: number, onTime: number, reports: number, filed: number): DistrictDisclosureQuarter {
  return { districtCode, quarter, basis, reports, filed, listsPosted: filed, required, published: onTime, publishedOnTime: onTime, postedLongEnough: onTime };
}

export function model(id: string, unitCode: string, yearRegistered: number, yearExemplary: number | null = null): EmulationModel {
  return {
    id,
    name: `Mô hình ${id}`,
    unitCode,
    communeCode: null,
    fieldCode: 'KT',
    level: 'xa',
    yearRegistered,
    yearRecognised: null,
    yearExemplary,
    timesReplicated: 0,
    commendation: null,
  };
}
