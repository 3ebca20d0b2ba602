import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../period';
import type { CaseFileMonth } from '../procedures';
import { indicatorDataOf, measureAll } from './figures';
import { departmentsScope, measure, provinceScope, unitsScope } from './measure';

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
const data = indicatorDataOf({
  caseFilesByYear: new Map([
    [
      2020,
      [
        month('444', '2020-10', { receivedOnline: 5, receivedInPerson: 45, resolvedEarly: 10, resolvedOnTime: 10, resolvedLate: 20 }),
        month('444', '2020-11'),
        month('444', '2020-12'),
        month('436', '2020-10', { receivedOnline: 30, receivedInPerson: 10 }),
        month('436', '2020-11'),
        month('436', '2020-12'),
        month(DEPT, '2020-10', { receivedOnline: 0, receivedInPerson: 100, receivedPostal: 20, paidOnline: 0, digitised: 0 }),
        month(DEPT, '2020-11'),
        month(DEPT, '2020-12'),
      ],
    ],
  ]),
});
const oct = p('2020-10');

describe('case-file indicators for units, departments and the province', () => {
  it('divides each share by its own denominator: payment on files resolved, digitisation on files received', () => {
    const f = measureAll(['services.online', 'services.onTime', 'services.paidOnline', 'services.digitised'], data, unitsScope(['444']), oct);
    expect([f['services.online'].numerator, f['services.online'].denominator]).toEqual([5, 50]);
    expect([f['services.onTime'].numerator, f['services.onTime'].denominator]).toEqual([20, 40]);
    expect([f['services.paidOnline'].numerator, f['services.paidOnline'].denominator]).toEqual([4, 40]);
    expect([f['services.digitised'].numerator, f['services.digitised'].denominator]).toEqual([8, 50]);
  });

  it('makes "Toàn tỉnh" every owner: departments + districts', () => {
    expect(measure('services.online', data, departmentsScope([DEPT]), oct).denominator).toBe(120);
    expect(measure('services.online', data, unitsScope(['444', '436']), oct).denominator).toBe(90);
    const province = measure('services.online', data, provinceScope(['444', '436']), oct);
    expect([province.numerator, province.denominator]).toEqual([35, 210]);
  });

  it('pools a group from counts, not from its members’ rates', () => {
    // 444: 5/50 = 10 %; 436: 30/40 = 75 %; mean of rates 42.5 %, pooled 35/90.
    expect(measure('services.online', data, unitsScope(['444', '436']), oct).value).toBeCloseTo(35 / 90, 12);
  });

  it('a department is not a unit: it has no unit figure, and no residents or petitions', () => {
    expect(measure('services.online', data, unitsScope([DEPT]), oct).value).toBeNull();
    expect(measure('complaints.per10k', data, departmentsScope([DEPT]), oct).value).toBeNull();
  });

  it('gives no value, never a partial sum, when a month of the period is missing', () => {
    expect(measure('services.online', data, provinceScope([]), p('2020')).reason).toBe('incomplete');
    expect(measure('services.online', data, provinceScope([]), p('2020-Q4')).value).not.toBeNull();
  });
});
