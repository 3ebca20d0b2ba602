import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../domain/period';
import type { CaseFileMonth, ServiceLevelRecord } from '../../domain/procedures';
import { caseFileValues } from '../../domain/indicators/value-functions';
import {
  levelCount,
  levelKeys,
  levelsByOwner,
  measureRate,
  measureRatio,
  ownersOf,
  periodTotals,
  pooledRate,
  sumLevelCounts,
  totalsByOwner,
  totalsByScope,
  trendMonths,
  yearsForWindow,
} from './services-metrics';

const p = (text: string) => parsePeriod(text) as Period;

function month(ownerCode: string, m: string, counts: Partial<CaseFileMonth> = {}): CaseFileMonth {
  return {
    ownerCode,
    ownerKind: ownerCode.includes('.') ? 'department' : 'district',
    month: m,
    receivedOnline: 10,
    receivedInPerson: 30,
    receivedPostal: 0,
    resolvedEarly: 20,
    resolvedOnTime: 15,
    resolvedLate: 5,
    pending: 0,
    overdue: 0,
    paidOnline: 4,
    digitised: 8,
    ...counts,
  };
}

const DEPT = '000.00.09.H23';
const records: CaseFileMonth[] = [
  month('444', '2020-10', { receivedOnline: 5, receivedInPerson: 45, resolvedEarly: 10, resolvedOnTime: 10, resolvedLate: 20 }),
  month('444', '2020-11'),
  month('444', '2020-12'),
  month('436', '2020-10', { receivedOnline: 30, receivedInPerson: 10 }),
  month('436', '2020-11'),
  month('436', '2020-12'),
  month(DEPT, '2020-10', { receivedOnline: 0, receivedInPerson: 100, receivedPostal: 20, resolvedEarly: 50, resolvedOnTime: 40, resolvedLate: 10, paidOnline: 0, digitised: 0 }),
  month(DEPT, '2020-11'),
  month(DEPT, '2020-12'),
];

describe('measures', () => {
  it('pools each rate from its own numerator and denominator', () => {
    const t = periodTotals(records, p('2020-10'), new Set(['444']));
    if (!t) throw new Error('October 2020 is complete');
    // 5 online of 50 received; 20 early/on time of 40 resolved; 4 paid of 40 resolved; 8 digitised of 50 received.
    expect(measureRatio(t, 'online')).toEqual({ numerator: 5, denominator: 50 });
    expect(measureRatio(t, 'onTime')).toEqual({ numerator: 20, denominator: 40 });
    expect(measureRatio(t, 'paidOnline')).toEqual({ numerator: 4, denominator: 40 });
    expect(measureRatio(t, 'digitised')).toEqual({ numerator: 8, denominator: 50 });
    expect(measureRate(t, 'onTime')).toBe(0.5);
    expect(measureRate(null, 'onTime')).toBeNull();
  });

  it('gives the Overview value for a unit and a period, from the same records', () => {
    const byYear = new Map([[2020, records]]);
    for (const code of ['444', '436']) {
      const codes = new Set([code]);
      const overview = caseFileValues(byYear, codes);
      expect(measureRate(periodTotals(records, p('2020-Q4'), codes), 'online')).toBe(overview.onlineShare(p('2020-Q4')));
      expect(measureRate(periodTotals(records, p('2020-Q4'), codes), 'onTime')).toBe(overview.onTimeRate(p('2020-Q4')));
    }
    // The Overview's unit filter holds districts; a department is not a unit and has no unit figure there.
    expect(caseFileValues(byYear, new Set([DEPT])).onlineShare(p('2020-Q4'))).toBeNull();
    // The province (no filter) is every owner, departments included.
    expect(caseFileValues(byYear).onlineShare(p('2020-Q4'))).toBe(measureRate(periodTotals(records, p('2020-Q4')), 'online'));
  });

  it('gives null, never a partial sum, when a month of the period is missing', () => {
    expect(periodTotals(records, p('2020'))).toBeNull();
    expect(periodTotals(records, p('2020-Q3'))).toBeNull();
    expect(periodTotals(undefined, p('2020-Q4'))).toBeNull();
  });
});

describe('owners and scopes', () => {
  it('lists each reporting owner once, with its kind', () => {
    expect(ownersOf(records)).toEqual([
      { code: DEPT, kind: 'department' },
      { code: '436', kind: 'district' },
      { code: '444', kind: 'district' },
    ]);
  });

  it('makes the province the sum of departments and districts', () => {
    const s = totalsByScope(records, p('2020-10'));
    // Departments 120 received (0 online); districts 50 + 40 = 90 received (5 + 30 = 35 online).
    expect(s.department?.received).toBe(120);
    expect(s.district?.received).toBe(90);
    expect(s.province?.received).toBe(210);
    expect(s.province?.receivedOnline).toBe(35);
    expect(measureRate(s.province, 'online')).toBeCloseTo(35 / 210);
  });

  it('pools a group rate from counts, not from the units’ rates', () => {
    const rows = totalsByOwner(records, p('2020-10'), [{ code: '444', kind: 'district' }, { code: '436', kind: 'district' }]);
    // 444: 5/50 = 10 %; 436: 30/40 = 75 %; mean of rates 42.5 %, pooled 35/90.
    expect(pooledRate(rows, 'online')).toBeCloseTo(35 / 90);
  });
});

describe('trend window', () => {
  const from2017 = (x: Period) => x.year >= 2017 && x.year <= 2024;

  it('ends with the period’s last month and spans twelve months', () => {
    const w = trendMonths(p('2020-Q2'), from2017);
    expect(w).toHaveLength(12);
    expect(w[0]).toEqual({ kind: 'month', year: 2019, index: 7 });
    expect(w.at(-1)).toEqual({ kind: 'month', year: 2020, index: 6 });
  });

  it('is clipped to the months with data', () => {
    expect(trendMonths(p('2017-Q1'), from2017).map((x) => x.index)).toEqual([1, 2, 3]);
    expect(trendMonths(p('2024'), from2017).map((x) => x.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('asks for the comparison year as well', () => {
    expect(yearsForWindow(trendMonths(p('2020-Q2'), from2017), (y) => y >= 2017)).toEqual([2018, 2019, 2020]);
    expect(yearsForWindow(trendMonths(p('2017'), from2017), (y) => y >= 2017)).toEqual([2017]);
  });
});

describe('service levels per owner', () => {
  const service = (ownerCode: string, level: ServiceLevelRecord['level'], n: number): ServiceLevelRecord => ({
    serviceCode: `1.${String(n).padStart(6, '0')}`,
    serviceName: 'Thủ tục',
    field: 'Lĩnh vực',
    ownerCode,
    year: 2019,
    level,
  });
  const l = (level: 1 | 2 | 3 | 4) => ({ scheme: 'decree43' as const, level });
  const services = [service(DEPT, l(3), 1), service(DEPT, l(3), 2), service(DEPT, l(4), 3), service('444', l(1), 4), service('444', l(3), 5), service('436', l(2), 6)];
  const owners = [{ code: DEPT, kind: 'department' as const }, { code: '444', kind: 'district' as const }, { code: '436', kind: 'district' as const }, { code: '449', kind: 'district' as const }];

  it('counts each owner’s services by level, and units with none as empty', () => {
    const result = levelsByOwner(services, owners);
    expect(result.scheme).toBe('decree43');
    expect(result.rows.map((r) => [r.code, levelCount(r.counts, '3'), r.counts?.total ?? 0])).toEqual([
      [DEPT, 2, 3],
      ['444', 1, 2],
      ['436', 0, 1],
      ['449', 0, 0],
    ]);
  });

  it('adds the rows of each kind up to the province count', () => {
    const result = levelsByOwner(services, owners);
    const dept = sumLevelCounts(result.rows.filter((r) => r.kind === 'department'), 'decree43');
    const dist = sumLevelCounts(result.rows.filter((r) => r.kind === 'district'), 'decree43');
    expect(dept).toEqual({ scheme: 'decree43', byLevel: { 1: 0, 2: 0, 3: 2, 4: 1 }, total: 3 });
    expect(dist).toEqual({ scheme: 'decree43', byLevel: { 1: 1, 2: 1, 3: 1, 4: 0 }, total: 3 });
    expect(result.province).toEqual({ scheme: 'decree43', byLevel: { 1: 1, 2: 1, 3: 3, 4: 1 }, total: 6 });
  });

  it('refuses a catalogue that mixes Decree 43 levels with Decree 42 ones', () => {
    const mixed = [...services, service('436', { scheme: 'decree42', level: 'full' }, 7)];
    expect(() => levelsByOwner(mixed, owners)).toThrow(/mixes/);
  });

  it('keys the levels of each scheme in stacking order', () => {
    expect(levelKeys('decree43')).toEqual(['1', '2', '3', '4']);
    expect(levelKeys('decree42')).toEqual(['partial', 'full']);
    expect(levelCount({ scheme: 'decree42', byLevel: { full: 5, partial: 2 }, total: 7 }, 'full')).toBe(5);
    expect(levelCount({ scheme: 'decree42', byLevel: { full: 5, partial: 2 }, total: 7 }, '3')).toBe(0);
  });
});
