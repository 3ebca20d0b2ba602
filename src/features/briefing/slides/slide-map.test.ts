import { describe, expect, it } from 'vitest';
import { levelWords } from '../../../lib/i18n/level-words';
import { themeMapScale } from '../../../components/map/theme-map-scale';
import type { Period } from '../../../domain/period';
import { initI18n, type Language } from '../../../lib/i18n';
import { complaintsSlideData, disclosureSlideData, emulationSlideData } from './slide-data';
import { themeSlideContent, type ContentContext } from './slide-content';
import { shortUnitLabel, themeSlideMap } from './slide-map';
import { complaintYear, disclosureQuarter, model, scope } from './test-fixtures';

const i18n = initI18n('vi');
const context = (lang: Language, periodLabel = lang === 'vi' ? 'Năm 2024' : '2024'): ContentContext => ({
  lang,
  t: i18n.getFixedT(lang),
  selectedCode: null,
  exportContext: [],
  fileName: (...qualifiers: readonly string[]) => ['trinh-chieu', ...qualifiers, '2024'].join('-'),
  periodLabel,
  words: levelWords(i18n.getFixedT(lang), 'district'),
});
const year2024: Period = { kind: 'year', year: 2024 };
const complaints = new Map([
  [2024, complaintYear(2024, { '443': { received: 10, within: 8, resolved: 6, overLevel: 1, sessions: 2 }, '441': { received: 5, within: 4, resolved: 4, overLevel: 0, sessions: 1 } })],
  [2023, complaintYear(2023, { '443': { received: 9, within: 8, resolved: 4, overLevel: 0, sessions: 2 } })],
]);

describe('the map of a theme slide', () => {
  it('maps the very figures the table lists, rates in percent', () => {
    const content = themeSlideContent(complaintsSlideData(complaints, scope(year2024)), context('vi'));
    const map = content.map;
    expect(map).toBeTruthy();
    const tableValue = new Map(content.table?.rows.filter((r) => r.code !== '').map((r) => [r.code, r.value]));
    expect([...(map?.values ?? [])]).toEqual([
      ['443', 75],
      ['441', 100],
    ]);
    for (const [code, value] of map?.values ?? []) expect(value).toBeCloseTo(Number(tableValue.get(code)) * 100, 9);
    expect(map?.unitOfMeasure).toBe('%');
    expect(map?.title).toBe('Bản đồ: Tỷ lệ giải quyết đơn thư thuộc thẩm quyền, Năm 2024 (%)');
    expect(map?.formatValue(75)).toBe('75,0%');
    expect(map?.names.get('441')).toBe('Huyện Vũ Quang');
    expect(map?.labels.get('441')).toBe('Vũ Quang');
  });

  it('colours with the theme maps’ own scale: same classes, same fills, same legend', () => {
    const data = complaintsSlideData(complaints, scope(year2024));
    const map = themeSlideMap(data, context('vi'));
    const onScreen = themeMapScale({ method: 'quantile', values: map.values.values(), direction: 'higher-is-better', unitOfMeasure: '%', locale: 'vi-VN', noDataLabel: 'Không có số liệu' });
    expect(map.scale.legend(map.values.values())).toEqual(onScreen.legend(map.values.values()));
    expect(map.scale.fill(100)).not.toBe(map.scale.fill(75));
    expect(map.scale.legend().at(-1)?.label).toBe('Không có số liệu');
  });

  it('names the year-end of a stock and the quarter of a month’s disclosure, in the UI language', () => {
    const models = [model('1', '443', 2016), model('2', '441', 2020)];
    const q1: Period = { kind: 'quarter', year: 2024, index: 1 };
    const emulation = themeSlideMap(emulationSlideData(models, scope(q1)), context('vi', 'Quý I/2024'));
    expect(emulation.title).toBe('Bản đồ: Mô hình “Dân vận khéo” lũy kế, cuối năm 2023 (mô hình)');
    expect([...emulation.values.values()]).toEqual([1, 1]);
    expect(emulation.formatValue(1234)).toBe('1.234');
    const rows = [disclosureQuarter('443', '2024-Q3', 'LUAT10_2022', 140, 112, 10, 10)];
    const july: Period = { kind: 'month', year: 2024, index: 7 };
    expect(themeSlideMap(disclosureSlideData(rows, scope(july)), context('vi', 'Tháng 7/2024')).title).toBe('Bản đồ: Tỷ lệ nội dung công khai đúng hạn, Quý III/2024 (%)');
    expect(themeSlideMap(disclosureSlideData(rows, scope(july)), context('en', 'Jul 2024')).title).toBe('Map: Contents disclosed on time, Q3 2024 (%)');
  });

  it('leaves a unit without a figure without a value (no data), never zero', () => {
    const only443 = new Map([[2024, complaintYear(2024, { '443': { received: 10, within: 8, resolved: 6, overLevel: 1, sessions: 2 } })]]);
    const map = themeSlideMap(complaintsSlideData(only443, scope(year2024)), context('vi'));
    expect(map.values.get('441')).toBeNull();
    expect(map.scale.classify(map.values.get('441')).kind).toBe('no-data');
  });

  it('shortens unit names the way Vietnamese maps do, keeping the two Kỳ Anh apart', () => {
    expect(shortUnitLabel('Huyện Kỳ Anh')).toBe('Kỳ Anh');
    expect(shortUnitLabel('Thị xã Kỳ Anh')).toBe('TX. Kỳ Anh');
    expect(shortUnitLabel('Thành phố Hà Tĩnh')).toBe('TP. Hà Tĩnh');
    expect(shortUnitLabel('Quận Ba Đình')).toBe('Q. Ba Đình');
    expect(shortUnitLabel('Khu kinh tế Vũng Áng')).toBe('Khu kinh tế Vũng Áng');
  });
});
