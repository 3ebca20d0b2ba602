import { describe, expect, it } from 'vitest';
import { caseFileMonths, procedureOwners } from '../../../mocks/data/procedures';
import type { CaseFileMonth } from '../../domain/procedures';
import { detectLateAnomalies, median, monthlyLateShare } from './late-anomalies';
import { eventsDuring } from './service-references';

/** A month with `resolved` files of which `late` were late. */
function month(ownerCode: string, m: number, resolved: number, late: number, overdue = 0): CaseFileMonth {
  return {
    ownerCode,
    ownerKind: 'district',
    month: `2020-${String(m).padStart(2, '0')}`,
    receivedOnline: 0,
    receivedInPerson: resolved,
    receivedPostal: 0,
    resolvedEarly: resolved - late,
    resolvedOnTime: 0,
    resolvedLate: late,
    pending: 0,
    overdue,
    paidOnline: 0,
    digitised: 0,
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('detectLateAnomalies', () => {
  // Eleven ordinary months at 3 % late, one at 21 % (a flood), and a small office with one late file in four.
  const ordinary = Array.from({ length: 12 }, (_, i) => month('444', i + 1, 1000, 30, 25));
  const flooded = ordinary.map((r) => (r.month === '2020-10' ? month('444', 10, 1000, 210, 198) : r));
  const tiny = Array.from({ length: 12 }, (_, i) => month('18', i + 1, 4, i === 1 ? 1 : 0));

  it('flags the month far above the unit’s own median, with its backlog', () => {
    const found = detectLateAnomalies([...flooded, ...tiny]);
    expect(found).toEqual([
      { ownerCode: '444', ownerKind: 'district', month: '2020-10', late: 210, resolved: 1000, lateShare: 0.21, baseline: 0.03, overdue: 198 },
    ]);
  });

  it('leaves a steady unit alone, and a small office whose single late file makes a big share', () => {
    expect(detectLateAnomalies([...ordinary, ...tiny])).toEqual([]);
  });

  it('needs both the ratio and the points: twice a 1 % median is not unusual', () => {
    const low = Array.from({ length: 12 }, (_, i) => month('436', i + 1, 2000, i === 5 ? 40 : 20));
    expect(detectLateAnomalies(low)).toEqual([]);
  });

  it('keeps a four-month backlog visible against the other eight months', () => {
    const backlog = Array.from({ length: 12 }, (_, i) => month('09', i + 1, 1500, i >= 4 && i <= 7 ? 280 : 80));
    expect(detectLateAnomalies(backlog).map((a) => a.month)).toEqual(['2020-05', '2020-06', '2020-07', '2020-08']);
  });
});

describe('monthlyLateShare', () => {
  it('pools the owners’ late and resolved files month by month', () => {
    const rows = [month('444', 1, 100, 10), month('436', 1, 300, 10), month('444', 2, 0, 0)];
    expect(monthlyLateShare(rows, ['2020-01', '2020-02'])).toEqual([20 / 400, null]);
    expect(monthlyLateShare(rows, ['2020-01'], new Set(['436']))).toEqual([10 / 300]);
  });
});

describe('on the demo data', () => {
  // The generator carries two anomalies on purpose (mocks/data/procedures.ts): the detector must find exactly those.
  const owners = new Map(procedureOwners().map((o) => [o.agencyCode, o]));
  const asDomain = (year: number): CaseFileMonth[] =>
    caseFileMonths(`${year}-01`, `${year}-12`).map((r) => ({
      // Keyed as the adapter keys them: districts by GSO code, departments by agency code.
      ownerCode: owners.get(r.agencyCode)?.unitCode ?? r.agencyCode,
      ownerKind: owners.get(r.agencyCode)?.kind ?? 'department',
      month: r.month,
      receivedOnline: r.receivedOnline,
      receivedInPerson: r.receivedInPerson,
      receivedPostal: r.receivedPostal,
      resolvedEarly: r.resolvedEarly,
      resolvedOnTime: r.resolvedOnTime,
      resolvedLate: r.resolvedLate,
      pending: r.pendingInTime,
      overdue: r.pendingOverdue,
      paidOnline: r.paidOnline,
      digitised: r.digitised,
    }));

  it('finds Hương Khê in the 2020 floods and the land department’s 2019 backlog, and nothing else', () => {
    const found = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].flatMap((y) => detectLateAnomalies(asDomain(y)).map((a) => `${a.ownerCode} ${a.month}`));
    expect(found).toEqual([
      '000.00.09.H23 2019-05',
      '000.00.09.H23 2019-06',
      '000.00.09.H23 2019-07',
      '000.00.09.H23 2019-08',
      '444 2020-10',
      '444 2020-11',
    ]);
    expect(eventsDuring('2020-10').map((e) => e.key)).toEqual(['floods2020']);
    expect(eventsDuring('2019-06')).toEqual([]);
  });
});
