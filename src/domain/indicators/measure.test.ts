import { describe, expect, it } from 'vitest';
import type { ComplaintMonth } from '../complaints';
import { belowReceptionMinimum, complaintTotals } from '../complaints-metrics';
import type { EmulationModel } from '../emulation';
import { monthKey, type Period } from '../period';
import type { CaseFileMonth, ServiceLevelRecord } from '../procedures';
import { INDICATOR_CATALOGUE, INDICATOR_IDS, indicator } from './definitions';
import { measure, measureWithComparisons, provinceScope, serviceCatalogueYear, unitsScope, type IndicatorData } from './measure';

const year = (y: number): Period => ({ kind: 'year', year: y });
const quarter = (y: number, q: number): Period => ({ kind: 'quarter', year: y, index: q });

function complaintMonth(unitCode: string, month: string, sessions: number): ComplaintMonth {
  return {
    unitCode,
    month,
    received: { khieu_nai: 1, to_cao: 0, kien_nghi: 0, phan_anh: 0 },
    eligible: 1,
    withinJurisdiction: 1,
    resolved: 1,
    overdue: 0,
    repeat: 0,
    overLevel: 0,
    chairSessions: { regular: sessions, adHoc: 0 },
    chairSessionsRequired: 2,
  };
}

const model = (id: string, unitCode: string, registered: number, exemplary: number | null = null): EmulationModel => ({
  id,
  name: id,
  unitCode,
  communeCode: null,
  fieldCode: 'KT',
  level: 'xa',
  yearRegistered: registered,
  yearRecognised: null,
  yearExemplary: exemplary,
  timesReplicated: 0,
  commendation: null,
});

const empty: IndicatorData = { disclosureRows: null, complaintsByYear: null, caseFilesByYear: null, models: null, population: () => 10_000 };

describe('the indicator catalogue', () => {
  it('defines every indicator once, with labels, unit, counts, direction and source', () => {
    expect(INDICATOR_CATALOGUE.map((d) => d.id)).toEqual([...INDICATOR_IDS]);
    for (const d of INDICATOR_CATALOGUE) {
      expect(d.label.vi && d.label.en && d.definition.vi && d.definition.en && d.unit.vi && d.unit.en).toBeTruthy();
      expect(d.kind === 'count' ? d.denominator : d.denominator?.vi).toBeDefined();
    }
    const labels = INDICATOR_CATALOGUE.map((d) => d.label.vi);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('gives "sessions held" and "sessions meeting the monthly minimum" different names', () => {
    expect(indicator('complaints.sessionsHeld').label.vi).not.toBe(indicator('complaints.reception').label.vi);
    expect(indicator('complaints.sessionsHeld').label.en).not.toBe(indicator('complaints.reception').label.en);
  });
});

describe('chairs’ reception sessions, judged month by month', () => {
  // 443: 0 sessions in January, 4 in February, 2 every other month: 24 held of 24 required, yet January is below.
  const months = Array.from({ length: 12 }, (_, i) => monthKey(2017, i + 1));
  const records = months.map((m, i) => complaintMonth('443', m, i === 0 ? 0 : i === 1 ? 4 : 2));
  const data: IndicatorData = { ...empty, complaintsByYear: new Map([[2017, records]]) };

  it('counts sessions held against the minimum, and sessions meeting the monthly minimum apart', () => {
    const held = measure('complaints.sessionsHeld', data, unitsScope(['443']), year(2017));
    const met = measure('complaints.reception', data, unitsScope(['443']), year(2017));
    expect([held.numerator, held.denominator]).toEqual([24, 24]);
    expect([met.numerator, met.denominator]).toEqual([22, 24]);
  });

  it('puts a chair who missed one month below the minimum, whatever the period total says', () => {
    const t = complaintTotals(records, months, new Set(['443']));
    expect(t.chairSessionsRegular).toBe(t.chairSessionsRequired);
    expect(t.monthsBelowMinimum).toBe(1);
    expect(belowReceptionMinimum(t)).toBe(true);
  });
});

describe('stocks and their comparisons ("Dân vận khéo")', () => {
  const models = [model('a', '443', 2009), model('b', '443', 2016, 2017), model('c', '443', 2017), model('d', '443', 2023), model('e', '443', 2024)];
  const data: IndicatorData = { ...empty, models };
  const never = () => false;

  it('compares a year end with the year end before, where the registry reaches back (2017 against 2016)', () => {
    const m = measureWithComparisons('emulation.models', data, provinceScope(['443']), year(2017), never);
    expect(m.value).toBe(3);
    expect(m.previous?.measurement.value).toBe(2);
    expect(m.previous?.measurement.period).toEqual(year(2016));
    expect(m.previous?.change).toBe(1);
  });

  it('shows a quarter the stock of the year end before it, compared with the year end before that, never with itself', () => {
    const m = measureWithComparisons('emulation.models', data, provinceScope(['443']), quarter(2024, 3), never);
    expect(m.period).toEqual(year(2023));
    expect(m.value).toBe(4);
    expect(m.previous?.measurement.period).toEqual(year(2022));
    expect(m.previous?.measurement.period).not.toEqual(m.period);
  });

  it('has no comparison before the registry begins', () => {
    expect(measureWithComparisons('emulation.models', data, provinceScope(['443']), year(2009), never).previous?.measurement.reason).toBe('incomplete');
  });
});

describe('online services', () => {
  const file = (ownerCode: string, ownerKind: 'district' | 'department', month: string, online: number, inPerson: number): CaseFileMonth => ({
    ownerCode,
    ownerKind,
    month,
    receivedOnline: online,
    receivedInPerson: inPerson,
    receivedPostal: 0,
    resolvedEarly: 0,
    resolvedOnTime: 1,
    resolvedLate: 0,
    pending: 0,
    overdue: 0,
    paidOnline: 0,
    digitised: 0,
  });
  const records = [file('443', 'district', '2017-01', 1, 9), file('DEPT', 'department', '2017-01', 9, 1)];
  const data: IndicatorData = { ...empty, caseFilesByYear: new Map([[2017, records]]) };
  const jan: Period = { kind: 'month', year: 2017, index: 1 };

  it('"Toàn tỉnh" is the whole province, departments included, not the districts pooled', () => {
    expect(measure('services.online', data, provinceScope(['443']), jan).value).toBeCloseTo(0.5, 12);
    expect(measure('services.online', data, unitsScope(['443']), jan).value).toBeCloseTo(0.1, 12);
  });

  it('shows a 2022 period before 1 Aug 2022 under Decree 43, from the last catalogue under it', () => {
    expect(serviceCatalogueYear(quarter(2022, 1))).toBe(2021);
    expect(serviceCatalogueYear(quarter(2022, 3))).toBe(2022);
    expect(serviceCatalogueYear(year(2022))).toBe(2022);
    const service = (code: string, y: number, level: ServiceLevelRecord['level']): ServiceLevelRecord => ({ serviceCode: code, serviceName: code, field: 'f', ownerCode: 'DEPT', year: y, level });
    const catalogues = new Map([
      [2021, [service('a', 2021, { scheme: 'decree43', level: 3 }), service('b', 2021, { scheme: 'decree43', level: 4 })]],
      [2022, [service('a', 2022, { scheme: 'decree42', level: 'full' })]],
    ]);
    const withCatalogues = { ...data, serviceCatalogues: catalogues };
    expect(measure('services.level3', withCatalogues, provinceScope([]), quarter(2022, 1)).value).toBe(1);
    expect(measure('services.fullProcess', withCatalogues, provinceScope([]), quarter(2022, 1)).reason).toBe('notApplicable');
    expect(measure('services.fullProcess', withCatalogues, provinceScope([]), year(2022)).value).toBe(1);
  });
});
