import { describe, expect, it } from 'vitest';
import type { CaseFileMonth, ServiceLevelRecord } from '../../domain/procedures';
import { levelCount, levelKeys, levelsByOwner, ownersOf, sumLevelCounts } from './service-levels';

const DEPT = '000.00.09.H23';
const month = (ownerCode: string, m: string): CaseFileMonth => ({
  ownerCode,
  ownerKind: ownerCode.includes('.') ? 'department' : 'district',
  month: m,
  receivedOnline: 1,
  receivedInPerson: 1,
  receivedPostal: 0,
  resolvedEarly: 1,
  resolvedOnTime: 0,
  resolvedLate: 0,
  pending: 0,
  overdue: 0,
  paidOnline: 0,
  digitised: 0,
});

describe('owners', () => {
  it('lists each reporting owner once, with its kind', () => {
    expect(ownersOf([month('444', '2020-10'), month('436', '2020-10'), month(DEPT, '2020-10'), month('444', '2020-11')])).toEqual([
      { code: DEPT, kind: 'department' },
      { code: '436', kind: 'district' },
      { code: '444', kind: 'district' },
    ]);
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
