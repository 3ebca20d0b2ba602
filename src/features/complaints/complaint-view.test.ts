import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../domain/period';
import { measure, unitsScope } from '../../domain/indicators';
import {
  byValueDescending,
  complaintDataOf,
  districtFigures,
  headlineValue,
  monthlyByType,
  monthsBelowMinimum,
  overdueShareOf,
  overLevelShareOf,
  pendingInTime,
  per10kOf,
  provinceFigures,
  receivedOf,
  repeatShareOf,
  requiredSessions,
  resolutionOf,
  typeCounts,
} from './complaint-view';
import { report } from './test-fixtures';

const p = (text: string) => parsePeriod(text) as Period;
const units = [
  { code: '441', name: 'Huyện Vũ Quang' },
  { code: '449', name: 'Thị xã Kỳ Anh' },
];
// Vũ Quang 28,544 residents; Kỳ Anh town 89,000 (estimate).
const records = [
  report('441', '2019-07', { received: { khieu_nai: 10, to_cao: 2, kien_nghi: 5, phan_anh: 3 }, withinJurisdiction: 10, resolved: 9, overdue: 1, repeat: 2, overLevel: 1, chairSessions: { regular: 1, adHoc: 0 } }),
  report('441', '2019-08', { received: { khieu_nai: 4, to_cao: 0, kien_nghi: 4, phan_anh: 0 }, withinJurisdiction: 2, resolved: 0, overdue: 2, repeat: 0, overLevel: 0, chairSessions: { regular: 0, adHoc: 1 } }),
  report('441', '2019-09', { received: { khieu_nai: 2, to_cao: 0, kien_nghi: 0, phan_anh: 0 }, withinJurisdiction: 0, resolved: 0, overdue: 0, repeat: 0, overLevel: 0 }),
  report('449', '2019-07', { received: { khieu_nai: 60, to_cao: 8, kien_nghi: 20, phan_anh: 6 }, withinJurisdiction: 40, resolved: 20, overdue: 12, repeat: 20, overLevel: 30 }),
  report('449', '2019-08', { received: { khieu_nai: 50, to_cao: 5, kien_nghi: 10, phan_anh: 1 }, withinJurisdiction: 30, resolved: 15, overdue: 10, repeat: 10, overLevel: 20 }),
  report('449', '2019-09', { received: { khieu_nai: 20, to_cao: 2, kien_nghi: 15, phan_anh: 3 }, withinJurisdiction: 30, resolved: 25, overdue: 1, repeat: 5, overLevel: 5 }),
];

describe('the period’s figures, from the catalogue', () => {
  const data = complaintDataOf(records);
  it('sums the months of the period and keeps numerators and denominators', () => {
    expect(measure('complaints.received', data, unitsScope(['441']), p('2019-Q3')).value).toBe(30);
    const resolution = measure('complaints.resolution', data, unitsScope(['441']), p('2019-Q3'));
    expect([resolution.numerator, resolution.denominator]).toEqual([9, 12]);
  });

  it('gives no value, not a partial sum, when a month of the period has no report', () => {
    expect(measure('complaints.received', data, unitsScope(['441']), p('2019-H1')).value).toBeNull();
    expect(districtFigures(data, p('2019-Q3'), [{ code: '436', name: 'TP Hà Tĩnh' }])[0]?.totals).toBeNull();
  });
});

describe('district and province figures', () => {
  const figures = districtFigures(complaintDataOf(records), p('2019-Q3'), units);
  const province = provinceFigures(complaintDataOf(records), p('2019-Q3'), units, 'Toàn tỉnh', '42');
  const [vq, ka] = figures as [(typeof figures)[0], (typeof figures)[0]];

  it('gives each district its totals and population', () => {
    expect(figures.map((f) => [f.code, receivedOf(f), f.population])).toEqual([
      ['441', 30, 28_544],
      ['449', 200, 89_000],
    ]);
  });

  it('computes rates per 10,000 residents from the unit’s own population', () => {
    // 30 / 28,544 × 10,000 = 10.510…; 200 / 89,000 × 10,000 = 22.471…
    expect(per10kOf(vq)).toBeCloseTo(10.51, 2);
    expect(per10kOf(ka)).toBeCloseTo(22.47, 2);
  });

  it('pools the province: counts over all reports, residents summed, rates from the pooled counts', () => {
    expect(receivedOf(province)).toBe(230);
    expect(province.population).toBe(117_544);
    // 230 / 117,544 × 10,000 = 19.567…, not the mean of 10.51 and 22.47.
    expect(per10kOf(province)).toBeCloseTo(19.567, 3);
    // (9 + 60) / (12 + 100)
    expect(resolutionOf(province)).toBeCloseTo(69 / 112);
    expect(receivedOf(province)).toBe(figures.reduce((s, f) => s + (receivedOf(f) ?? 0), 0));
  });

  it('shares: overdue of within jurisdiction, repeat and over-level of received', () => {
    expect(overdueShareOf(ka)).toBeCloseTo(23 / 100);
    expect(repeatShareOf(ka)).toBeCloseTo(35 / 200);
    expect(overLevelShareOf(ka)).toBeCloseTo(55 / 200);
    expect(pendingInTime(ka.totals ?? (null as never))).toBe(100 - 60 - 23);
  });

  it('gives no per-10,000 figure for a unit or a province with an unknown population', () => {
    const withUnknown = [...units, { code: '999', name: 'Không rõ' }];
    const more = [...records, report('999', '2019-07'), report('999', '2019-08'), report('999', '2019-09')];
    expect(per10kOf(districtFigures(complaintDataOf(more), p('2019-Q3'), withUnknown)[2] as never)).toBeNull();
    expect(provinceFigures(complaintDataOf(more), p('2019-Q3'), withUnknown, 'Toàn tỉnh', '42').population).toBeNull();
  });

  it('switches the headline between the two indicators', () => {
    expect(headlineValue(vq, 'per10k')).toBe(per10kOf(vq));
    expect(headlineValue(vq, 'resolution')).toBeCloseTo(0.75);
  });

  it('counts types absolutely or per 10,000 residents', () => {
    expect(typeCounts(ka, 'absolute')).toEqual({ khieu_nai: 130, to_cao: 15, kien_nghi: 45, phan_anh: 10 });
    expect(typeCounts(ka, 'per10k').khieu_nai).toBeCloseTo((130 / 89_000) * 10_000);
  });
});

describe('monthly series and reception', () => {
  it('gives twelve months with gaps where nothing was reported', () => {
    const months = monthlyByType(records, 2019);
    expect(months).toHaveLength(12);
    expect(months[5]).toEqual({ month: '2019-06', byType: null, total: null });
    expect(months[6]?.total).toBe(20 + 94);
    expect(monthlyByType(records, 2019, new Set(['441']))[7]?.byType).toEqual({ khieu_nai: 4, to_cao: 0, kien_nghi: 4, phan_anh: 0 });
  });

  it('counts the months below the legal minimum and reads the minimum from the reports', () => {
    const q3 = ['2019-07', '2019-08', '2019-09'];
    expect(monthsBelowMinimum(records, q3, '441')).toBe(2);
    expect(monthsBelowMinimum(records, q3, '449')).toBe(0);
    expect(requiredSessions(districtFigures(complaintDataOf(records), p('2019-Q3'), units))).toBe(6);
    expect(requiredSessions([])).toBeNull();
  });

  it('orders units by a value, highest first, units without one last', () => {
    const rows = [{ v: 1 }, { v: null }, { v: 3 }, { v: 2 }];
    expect(byValueDescending(rows, (r) => r.v).map((r) => r.v)).toEqual([3, 2, 1, null]);
  });
});
