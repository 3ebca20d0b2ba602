import { describe, expect, it } from 'vitest';
import { levelWords } from '../../../lib/i18n/level-words';
import type { Period } from '../../../domain/period';
import type { CaseFileMonth } from '../../../domain/procedures';
import { DEFAULT_METHOD, type RankingSourceData } from '../../../domain/ranking';
import type { AdminUnit } from '../../../domain/units';
import { formatNumber } from '../../../lib/format';
import { initI18n } from '../../../lib/i18n';
import type { RankedUnitSet } from '../../../state/ranked-units';
import { leagueSlideContent, leagueSlideData, MAX_SLIDE_BARS } from './league-slide';
import type { ContentContext } from './slide-content';

const i18n = initI18n('vi');
const context: ContentContext = {
  lang: 'vi',
  t: i18n.getFixedT('vi'),
  selectedCode: null,
  exportContext: ['Kỳ báo cáo: Quý III/2026'],
  fileName: (...q: readonly string[]) => ['trinh-chieu', ...q].join('-'),
  periodLabel: 'Quý III/2026',
  words: levelWords(i18n.getFixedT('vi'), 'commune'),
};

const commune = (code: string, type: 'phuong' | 'xa'): AdminUnit => ({
  code,
  name: code,
  fullName: `${type === 'phuong' ? 'Phường' : 'Xã'} ${code}`,
  type,
  level: 'commune',
  parentCode: '42',
  validFrom: '2025-07-01',
  validTo: null,
});

/* 24 units: 4 phường (c00–c03) and 20 xã; unit i files 100 case files a month, 99 − i of them online. */
const units = Array.from({ length: 24 }, (_, i) => commune(`c${String(i).padStart(2, '0')}`, i < 4 ? 'phuong' : 'xa'));
const month = (ownerCode: string, m: string, online: number): CaseFileMonth => ({
  ownerCode,
  ownerKind: 'district',
  month: m,
  receivedOnline: online,
  receivedInPerson: 100 - online,
  receivedPostal: 0,
  resolvedEarly: 0,
  resolvedOnTime: 90,
  resolvedLate: 10,
  pending: 0,
  overdue: 0,
  paidOnline: 0,
  digitised: 0,
});
const months = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'];
const sources: RankingSourceData = {
  disclosureRows: [],
  complaintsByYear: new Map(),
  caseFilesByYear: new Map([[2026, units.flatMap((u, i) => months.map((m) => month(u.code, m, 99 - i)))]]),
  models: [],
  population: () => null,
};
const q3: Period = { kind: 'quarter', year: 2026, index: 3 };
const communes: RankedUnitSet = { setId: '2025-07', level: 'commune', units };

describe('league slide of the communes and wards', () => {
  const data = leagueSlideData(q3, () => true, () => communes, sources, DEFAULT_METHOD);
  const content = leagueSlideContent(data, context);

  it('ranks every unit, with its rank among the wards or the communes', () => {
    expect(data.rows).toHaveLength(24);
    expect(data.rows[0]?.code).toBe('c00');
    expect(data.groupRanks.get('c03')).toBe(4); // last of the 4 wards
    expect(data.groupRanks.get('c04')).toBe(1); // first of the 20 communes, 5th overall
    expect(content.table?.rows.find((r) => r.code === 'c04')).toMatchObject({ rank: 5, group: 'Xã', groupRank: 1 });
  });

  it('draws the top and bottom ten of a long table, lists all in the table, and says so', () => {
    expect(data.rows.length).toBeGreaterThan(MAX_SLIDE_BARS);
    expect(content.table?.rows).toHaveLength(24);
    expect(content.chartTitle).toBe('10 đơn vị đứng đầu và 10 đơn vị cuối bảng (trong 24)');
    expect(content.notes.join(' ')).toContain('bảng có đủ các đơn vị');
  });

  it('gives a highlight per peer group, quoting the table', () => {
    const score = (code: string) => formatNumber(data.rows.find((r) => r.code === code)?.score ?? null, 'vi', 1);
    expect(content.highlights).toContain(`Phường (4 đơn vị): dẫn đầu là Phường c00 (${score('c00')} điểm), cuối nhóm là Phường c03 (${score('c03')} điểm).`);
    expect(content.highlights.some((h) => h.startsWith('Xã (20 đơn vị): dẫn đầu là Xã c04'))).toBe(true);
  });

  it('states no move when the previous period ranked the districts', () => {
    const before: RankedUnitSet = { setId: '2025-01', level: 'district', units: [{ ...commune('436', 'xa'), type: 'thanh-pho', level: 'district', fullName: 'Thành phố Hà Tĩnh' }] };
    const across = leagueSlideData(q3, () => true, (p) => (p.index === 3 ? communes : before), sources, DEFAULT_METHOD);
    expect(across.acrossChange).toBe(true);
    expect(across.rows.every((r) => r.rankChange === null)).toBe(true);
    expect(leagueSlideContent(across, context).notes.join(' ')).toContain('không so sánh thứ hạng');
  });
});
