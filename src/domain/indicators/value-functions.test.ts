import { describe, expect, it } from 'vitest';
import type { ComplaintMonth } from '../complaints';
import type { EmulationModel } from '../emulation';
import { parsePeriod, type Period } from '../period';
import { complaintValues, emulationValues } from './value-functions';

const p = (text: string) => parsePeriod(text) as Period;

function month(unitCode: string, m: string, received: number, within: number, resolved: number): ComplaintMonth {
  return {
    unitCode,
    month: m,
    received: { khieu_nai: received, to_cao: 0, kien_nghi: 0, phan_anh: 0 },
    eligible: within,
    withinJurisdiction: within,
    resolved,
    overdue: 0,
    repeat: 0,
    overLevel: 0,
    chairSessions: { regular: 2, adHoc: 0 },
    chairSessionsRequired: 2,
  };
}

describe('complaint values', () => {
  const records = [
    month('436', '2024-07', 10, 8, 6),
    month('436', '2024-08', 20, 10, 9),
    month('436', '2024-09', 30, 2, 1),
    month('443', '2024-07', 5, 5, 5),
    month('443', '2024-08', 5, 5, 5),
    month('443', '2024-09', 5, 5, 5),
  ];
  const byYear = new Map([[2024, records]]);

  it('sums a quarter and pools the resolution rate from counts, not from monthly rates', () => {
    const v = complaintValues(byYear);
    expect(v.received(p('2024-Q3'))).toBe(75);
    // (6+9+1+15) / (8+10+2+15) = 31/35
    expect(v.resolutionRate(p('2024-Q3'))).toBeCloseTo(31 / 35);
  });

  it('filters by unit', () => {
    const v = complaintValues(byYear, new Set(['436']));
    expect(v.received(p('2024-08'))).toBe(20);
    expect(v.resolutionRate(p('2024-08'))).toBeCloseTo(0.9);
  });

  it('gives null, not a partial sum, when a month of the period has no report', () => {
    const v = complaintValues(byYear);
    expect(v.received(p('2024-Q4'))).toBeNull();
    expect(v.received(p('2024'))).toBeNull();
    expect(v.received(p('2023-Q3'))).toBeNull();
  });
});

describe('emulation values', () => {
  const model = (id: string, unitCode: string, yearRegistered: number, yearExemplary: number | null): EmulationModel => ({
    id,
    name: id,
    unitCode,
    communeCode: null,
    fieldCode: 'KT',
    level: 'xa',
    yearRegistered,
    yearRecognised: null,
    yearExemplary,
    timesReplicated: 0,
    commendation: null,
  });
  const models = [model('a', '436', 2015, 2016), model('b', '436', 2017, null), model('c', '443', 2018, 2018), model('d', '443', 2017, 2019)];

  it('counts the stock at the end of the year', () => {
    const v = emulationValues(models);
    expect(v.models(p('2017'))).toBe(3);
    expect(v.exemplary(p('2017'))).toBe(1);
    expect(v.exemplary(p('2019'))).toBe(3);
    expect(emulationValues(models, new Set(['443'])).models(p('2017'))).toBe(1);
  });
});
