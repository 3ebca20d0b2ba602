import { describe, expect, it } from 'vitest';
import { levelWords } from '../../../lib/i18n/level-words';
import { formatCell } from '../../../components/table/DataTable';
import { extractFigures } from '../../../domain/highlights';
import type { Period } from '../../../domain/period';
import type { TableData } from '../../../lib/export/table-data';
import { initI18n, type Language } from '../../../lib/i18n';
import { complaintsSlideData, disclosureSlideData, emulationSlideData, overviewSlideData, servicesSlideData, unitSlideData } from './slide-data';
import { overviewSlideContent, themeSlideContent, unitSlideContent, type ContentContext, type SlideContent } from './slide-content';
import { DEFAULT_METHOD } from '../../../domain/ranking';
import type { AdminUnit } from '../../../domain/units';
import { leagueSlideContent, leagueSlideData } from './league-slide';
import { caseFileYear, complaintYear, disclosureQuarter, model, scope } from './test-fixtures';

const i18n = initI18n('vi');
const context = (lang: Language, selectedCode: string | null = null): ContentContext => ({
  lang,
  t: i18n.getFixedT(lang),
  selectedCode,
  exportContext: ['Kỳ báo cáo: Năm 2024'],
  fileName: (...qualifiers: readonly string[]) => ['trinh-chieu', ...qualifiers, '2024'].join('-'),
  words: levelWords(i18n.getFixedT(lang), 'district'),
});

const year2024: Period = { kind: 'year', year: 2024 };
const complaints = new Map([
  [2024, complaintYear(2024, { '443': { received: 10, within: 8, resolved: 6, overLevel: 1, sessions: 2 }, '441': { received: 5, within: 4, resolved: 4, overLevel: 0, sessions: 1 } })],
  [2023, complaintYear(2023, { '443': { received: 9, within: 8, resolved: 4, overLevel: 0, sessions: 2 }, '441': { received: 5, within: 4, resolved: 2, overLevel: 0, sessions: 2 } })],
]);
const caseFiles = new Map([
  [2024, caseFileYear(2024, { '443': { online: 6, inPerson: 4, onTime: 9, late: 1 }, '441': { online: 1, inPerson: 3, onTime: 4, late: 0 }, D: { online: 3, inPerson: 3, onTime: 5, late: 5, department: true } })],
  [2023, caseFileYear(2023, { '443': { online: 4, inPerson: 6, onTime: 9, late: 1 }, '441': { online: 1, inPerson: 3, onTime: 4, late: 0 }, D: { online: 3, inPerson: 3, onTime: 5, late: 5, department: true } })],
]);
const disclosure = ['2023', '2024'].flatMap((y) =>
  [1, 2, 3, 4].flatMap((q) => [
    disclosureQuarter('443', `${y}-Q${q}`, 'LUAT10_2022', 140, y === '2024' ? 112 : 98, 10, 10),
    disclosureQuarter('441', `${y}-Q${q}`, 'LUAT10_2022', 140, y === '2024' ? 91 : 98, 10, q === 4 && y === '2024' ? 8 : 10),
  ]),
);
const models = [model('1', '443', 2016), model('2', '443', 2024, 2024), model('3', '441', 2020, 2021)];

/** Every figure the table shows, read back from the text the screen and the exports print. */
function tableFigures(table: TableData | null, lang: Language): Set<number> {
  const shown = new Set<number>();
  for (const row of table?.rows ?? []) for (const c of table?.columns ?? []) for (const f of extractFigures(formatCell(row[c.key] ?? null, c.kind, lang), lang)) shown.add(f);
  return shown;
}

function expectSentencesQuoteTheTable(content: SlideContent, lang: Language, extra: readonly string[] = []) {
  const shown = tableFigures(content.table, lang);
  for (const text of extra) for (const f of extractFigures(text, lang)) shown.add(f);
  const figures = content.highlights.flatMap((h) => extractFigures(h, lang));
  expect(figures.length).toBeGreaterThan(0);
  for (const h of content.highlights) for (const f of extractFigures(h, lang)) expect(shown, `${f} in "${h}"`).toContain(f);
}

describe('theme slides: one data object, three views', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`quotes in the highlights only figures the table shows (${lang})`, () => {
      const s = scope(year2024);
      const slides = [complaintsSlideData(complaints, s), servicesSlideData(caseFiles, s), disclosureSlideData(disclosure, s), emulationSlideData(models, s)];
      for (const data of slides) expectSentencesQuoteTheTable(themeSlideContent(data, context(lang)), lang);
      expect(slides).toHaveLength(4);
    });
  }

  it('charts the primary figure of every unit, with unit codes as item names for selection', () => {
    const content = themeSlideContent(complaintsSlideData(complaints, scope(year2024)), context('vi', '441'));
    const series = (content.option?.series as Array<{ data: Array<{ name: string; value: number; itemStyle: { color: string } }> }> | undefined)?.[0];
    // Best at the top: ECharts draws the last category on top.
    expect(series?.data.map((d) => [d.name, d.value])).toEqual([
      ['443', 0.75],
      ['441', 1],
    ]);
    expect(series?.data[1]?.itemStyle.color).toBe('#E69F00');
    const table = content.table;
    expect(table?.rows[0]).toMatchObject({ name: 'Toàn tỉnh', value: 120 / 144, change: 33.3, received: 180, overLevel: 12, actual: 36, required: 48 });
    expect(table?.rows.slice(1).map((r) => r.code)).toEqual(['441', '443']);
    expect(table?.columns.map((c) => c.unit ?? c.kind)).toEqual(['text', 'percent', 'percent', 'điểm %', 'đơn', 'đơn', 'buổi', 'buổi']);
    expect(table?.context).toEqual(['Kỳ báo cáo: Năm 2024']);
    expect(content.highlights[0]).toBe(
      'Tỷ lệ giải quyết đơn thư thuộc thẩm quyền toàn tỉnh đạt 83,3%, tăng 33,3 điểm % so với cùng kỳ năm trước; cao nhất là Huyện Vũ Quang (100,0%), thấp nhất là Huyện Can Lộc (75,0%).',
    );
    expect(content.highlights.at(-1)).toContain('Huyện Vũ Quang (12/24 buổi)');
  });

  it('notes the stock year of the models and the departments in the services province figure', () => {
    expect(themeSlideContent(emulationSlideData(models, scope({ kind: 'quarter', year: 2024, index: 1 })), context('vi')).notes).toEqual([
      'Số lũy kế đến hết năm 2023 (sổ theo dõi ghi theo năm).',
    ]);
    expect(themeSlideContent(servicesSlideData(caseFiles, scope(year2024)), context('vi')).table?.rows[0]?.name).toBe('Toàn tỉnh (gồm cả sở, ngành)');
  });
});

describe('overview and unit slides', () => {
  const s = scope(year2024);
  const overview = overviewSlideContent(overviewSlideData({ complaints, caseFiles, disclosure, models }, s), context('vi'), { current: 'Năm 2024', lastYear: 'Năm 2023' });

  it('quotes the table and the headline figures, and charts this period against last year', () => {
    expectSentencesQuoteTheTable(overview, 'vi', overview.kpis.flatMap((k) => [k.value, k.change]));
    const series = overview.option?.series as Array<{ name: string; data: Array<number | null> }>;
    expect(series.map((x) => x.name)).toEqual(['Năm 2024', 'Năm 2023']);
    expect(series[0]?.data).toEqual(overview.table?.rows.map((r) => r.value));
    expect(overview.kpis.find((k) => k.id === 'received')).toMatchObject({ value: '180', change: '▲ +12 so với cùng kỳ năm trước' });
  });

  it('leaves out a comparison series with no figure at all, legend entry included (the first year of data)', () => {
    const first = overviewSlideContent(overviewSlideData({ complaints, caseFiles, disclosure, models }, scope({ kind: 'year', year: 2017 })), context('vi'), { current: 'Năm 2017', lastYear: 'Năm 2016' });
    const series = first.option?.series as Array<{ name: string }>;
    expect(series.map((x) => x.name)).toEqual(['Năm 2017']);
  });

  it('places a unit against the province on each rate with its rank', () => {
    const complaintsData = complaintsSlideData(complaints, s);
    const services = servicesSlideData(caseFiles, s);
    const unit = unitSlideContent(unitSlideData('441', 'Huyện Vũ Quang', [complaintsData.primary, services.primary, services.secondary[0] ?? null]), context('vi'));
    expectSentencesQuoteTheTable(unit, 'vi');
    expect(unit.highlights[0]).toBe('Tỷ lệ giải quyết đơn thư thuộc thẩm quyền đạt 100,0%, cao hơn mức chung toàn tỉnh (83,3%), xếp thứ 1/2 đơn vị.');
    expect(unit.table?.rows[1]).toMatchObject({ value: 0.25, province: 0.5, gap: -25, rank: 2, of: 2 });
  });
});

describe('league table slide', () => {
  const unit = (code: string, fullName: string): AdminUnit => ({ code, name: fullName, fullName, type: 'huyen', level: 'district', parentCode: '42', validFrom: '2015-01-01', validTo: null });
  const districts = [unit('443', 'Huyện Can Lộc'), unit('441', 'Huyện Vũ Quang')];
  const data = leagueSlideData(year2024, (p) => p.year >= 2023 && p.year <= 2024, districts, {
    disclosureRows: disclosure,
    complaintsByYear: complaints,
    caseFilesByYear: caseFiles,
    models,
    population: (code) => (code === '443' ? 127_515 : 28_544),
  }, DEFAULT_METHOD);

  it('ranks the units in force with the ranking module and quotes only the table in its highlights', () => {
    expect(data.rows.map((r) => r.rank)).toEqual([1, 2]);
    expect(data.rows.every((r) => r.score !== null && r.tier !== null)).toBe(true);
    const content = leagueSlideContent(data, context('vi'));
    expectSentencesQuoteTheTable(content, 'vi');
    expect(content.table?.rows.map((r) => r.code)).toEqual(data.rows.map((r) => r.code));
    expect(content.highlights[0]).toMatch(/^Dẫn đầu bảng xếp hạng tổng hợp là /);
  });
});
