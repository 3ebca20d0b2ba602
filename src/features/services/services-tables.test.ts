import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../domain/period';
import type { CaseFileMonth } from '../../domain/procedures';
import { i18next, initI18n } from '../../lib/i18n';
import { levelWords } from '../../lib/i18n/level-words';
import type { LateAnomaly } from './late-anomalies';
import { figuresByOwner, figuresByScope } from './measures';
import type { OwnerLevels } from './service-levels';
import { anomalyTable, levelsTable, paymentTable, rankingTable, scopeTable, trendTable } from './services-tables';

const t = initI18n('vi').t;
const meta = { title: 'Bảng', context: ['Năm 2020'], fileName: 'bang' };
const p = (text: string) => parsePeriod(text) as Period;

function month(ownerCode: string, counts: Partial<CaseFileMonth>): CaseFileMonth {
  return {
    ownerCode,
    ownerKind: ownerCode.includes('.') ? 'department' : 'district',
    month: '2020-10',
    receivedOnline: 0,
    receivedInPerson: 0,
    receivedPostal: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pending: 0,
    overdue: 0,
    paidOnline: 0,
    digitised: 0,
    ...counts,
  };
}

const records = [
  month('444', { receivedOnline: 10, receivedInPerson: 90, resolvedEarly: 50, resolvedOnTime: 30, resolvedLate: 20, paidOnline: 8, digitised: 25 }),
  month('436', { receivedOnline: 60, receivedInPerson: 40, resolvedEarly: 90, resolvedOnTime: 8, resolvedLate: 2, paidOnline: 40, digitised: 70 }),
  month('000.00.09.H23', { receivedOnline: 5, receivedInPerson: 195, resolvedEarly: 100, resolvedOnTime: 80, resolvedLate: 20, paidOnline: 10, digitised: 100 }),
];
const owners = [
  { code: '444', kind: 'district' as const },
  { code: '436', kind: 'district' as const },
];
const byYear = new Map([[2020, records]]);
const named = figuresByOwner(byYear, p('2020-10'), owners).map((r) => ({ ...r, name: r.code === '444' ? 'Huyện Hương Khê' : 'Thành phố Hà Tĩnh' }));

describe('ranking table', () => {
  it('ranks best first and carries the counts behind each rate', () => {
    const table = rankingTable(named, 'onTime', new Map([['444', 0.97]]), t, meta);
    expect(table.rowKey).toBe('code');
    expect(table.columns.map((c) => c.header)).toEqual(['Mã đơn vị', 'Đơn vị', 'Trước và đúng hạn', 'Hồ sơ đã giải quyết', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'Cùng kỳ năm trước']);
    expect(table.rows).toEqual([
      { code: '436', unit: 'Thành phố Hà Tĩnh', numerator: 98, denominator: 100, rate: 0.98, lastYear: null },
      { code: '444', unit: 'Huyện Hương Khê', numerator: 80, denominator: 100, rate: 0.8, lastYear: 0.97 },
    ]);
  });
});

describe('payment table', () => {
  it('puts online payment on resolved files and digitisation on received files', () => {
    const table = paymentTable(named, t, meta);
    expect(table.rows[0]).toEqual({ code: '444', unit: 'Huyện Hương Khê', resolved: 100, paidOnline: 8, paidRate: 0.08, received: 100, digitised: 25, digitisedRate: 0.25 });
  });
});

describe('scope table', () => {
  it('shows departments, districts and their sum, the province', () => {
    const table = scopeTable(figuresByScope(byYear, p('2020-10'), [...owners, { code: '000.00.09.H23', kind: 'department' }]), ['department', 'district', 'province'], t, levelWords(t, 'district'), meta);
    expect(table.rows.map((r) => [r.scope, r.received, r.receivedOnline, r.onTime])).toEqual([
      ['Sở, ban, ngành', 200, 5, 180],
      ['UBND cấp huyện', 200, 70, 178],
      ['Toàn tỉnh', 400, 75, 358],
    ]);
    expect(table.rows[2]?.onlineRate).toBeCloseTo(75 / 400);
  });

  it('names the commune and ward committees when the period is shown on communes and wards', () => {
    const figures = figuresByScope(byYear, p('2020-10'), owners);
    expect(scopeTable(figures, ['district'], t, levelWords(t, 'commune'), meta).rows[0]?.scope).toBe('UBND cấp xã');
    const en = i18next.getFixedT('en');
    expect(scopeTable(figures, ['district'], en, levelWords(en, 'commune'), meta).rows[0]?.scope).toBe('Commune and ward People’s Committees');
  });
});

describe('trend table', () => {
  it('gives each month its counts, its rate and the same month a year earlier', () => {
    const [row] = figuresByOwner(byYear, p('2020-10'), [{ code: '444', kind: 'district' }]);
    const table = trendTable([{ key: '2020-10', label: 'T10/20', figures: row?.figures ?? null, lastYear: 0.12 }, { key: '2020-11', label: 'T11/20', figures: null, lastYear: null }], 'online', t, meta);
    expect(table.rows).toEqual([
      { month: 'T10/20', numerator: 10, denominator: 100, rate: 0.1, lastYear: 0.12 },
      { month: 'T11/20', numerator: null, denominator: null, rate: null, lastYear: null },
    ]);
  });
});

describe('levels table', () => {
  it('has one column per level of the year’s scheme and the unit’s total', () => {
    const rows: Array<OwnerLevels & { name: string }> = [
      { code: '444', kind: 'district', name: 'Huyện Hương Khê', counts: { scheme: 'decree42', byLevel: { full: 40, partial: 60 }, total: 100 } },
      { code: '441', kind: 'district', name: 'Huyện Vũ Quang', counts: null },
    ];
    const table = levelsTable(rows, 'decree42', ['partial', 'full'], ['Một phần', 'Toàn trình'], t, meta);
    expect(table.columns.map((c) => c.header)).toEqual(['Mã đơn vị', 'Đơn vị', 'Một phần', 'Toàn trình', 'Tổng số dịch vụ']);
    expect(table.rows).toEqual([
      { code: '444', unit: 'Huyện Hương Khê', 'decree42-partial': 60, 'decree42-full': 40, total: 100 },
      { code: '441', unit: 'Huyện Vũ Quang', 'decree42-partial': 0, 'decree42-full': 0, total: 0 },
    ]);
  });
});

describe('anomaly table', () => {
  it('lists each flagged month with its yardstick, backlog and context', () => {
    const a: LateAnomaly = { ownerCode: '444', ownerKind: 'district', month: '2020-10', late: 210, resolved: 1000, lateShare: 0.21, baseline: 0.03, overdue: 198 };
    const table = anomalyTable([a], () => ({ name: 'Huyện Hương Khê', monthLabel: 'Tháng 10/2020', context: 'lũ' }), t, meta);
    expect(table.rows).toEqual([{ code: '444', unit: 'Huyện Hương Khê', month: 'Tháng 10/2020', late: 210, resolved: 1000, lateShare: 0.21, baseline: 0.03, overdue: 198, context: 'lũ' }]);
  });
});

