import { describe, expect, it } from 'vitest';
import { levelWords } from '../../lib/i18n/level-words';
import type { Period } from '../../domain/period';
import { initI18n, type Language } from '../../lib/i18n';
import type { Boundaries } from '../../sources/boundaries';
import { packInput, type PackContext } from './pack-input';
import type { SlideModel } from './slides/build-slides';
import { complaintsSlideData, overviewSlideData } from './slides/slide-data';
import { overviewSlideContent, themeSlideContent } from './slides/slide-content';
import { complaintYear, scope } from './slides/test-fixtures';

const i18n = initI18n('vi');
const year2024: Period = { kind: 'year', year: 2024 };
const complaints = new Map([[2024, complaintYear(2024, { '443': { received: 10, within: 8, resolved: 6, overLevel: 1, sessions: 2 }, '441': { received: 5, within: 4, resolved: 4, overLevel: 0, sessions: 1 } })]]);

const BOUNDARIES: Boundaries = {
  version: 'test#2',
  collection: {
    type: 'FeatureCollection',
    features: ['443', '441'].map((code, i) => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'Polygon', coordinates: [[[105 + i, 18], [106 + i, 18], [106 + i, 19], [105 + i, 18]]] },
    })),
  },
  codes: ['443', '441'],
  bbox: [105, 18, 107, 19],
};

function slides(lang: Language): SlideModel[] {
  const t = i18n.getFixedT(lang);
  const ctx = { lang, t, selectedCode: null, exportContext: [], fileName: () => 'x', periodLabel: 'Năm 2024', words: levelWords(t, 'district') };
  const base = { scope: 'Toàn tỉnh', status: 'success' as const, errors: [], retry: () => undefined, sources: [{ source: 'complaints' as const, asOf: '2025-01-15T09:45:00Z' }] };
  return [
    { ...base, id: 'overview', title: 'Tổng quan', content: overviewSlideContent(overviewSlideData({ complaints, caseFiles: null, disclosure: null, models: null }, scope(year2024)), ctx, { current: 'Năm 2024', lastYear: 'Năm 2023' }) },
    { ...base, id: 'complaints', title: 'Khiếu nại, tố cáo', content: themeSlideContent(complaintsSlideData(complaints, scope(year2024)), ctx) },
  ];
}

const context = (lang: Language, maps?: PackContext['maps']): PackContext => ({
  t: i18n.getFixedT(lang),
  lang,
  periodLabel: 'Năm 2024',
  provinceName: 'Hà Tĩnh',
  issuedAt: new Date('2025-01-20T00:00:00Z'),
  demo: true,
  selectedUnitName: null,
  formatCell: (v) => String(v),
  maps,
});

describe('the briefing pack’s maps', () => {
  it('gives each theme slide its map on the loaded boundaries, with the slide’s own figures and scale', () => {
    const input = packInput(slides('vi'), context('vi', { boundaries: BOUNDARIES, illustrative: true }));
    const [overview, theme] = input.slides;
    expect(overview?.map ?? null).toBeNull();
    const content = slides('vi')[1]?.content;
    expect(theme?.map?.title).toBe(content?.map?.title);
    expect(theme?.map?.drawing?.features).toBe(BOUNDARIES.collection.features);
    expect([...(theme?.map?.drawing?.values ?? [])]).toEqual([...(content?.map?.values ?? [])]);
    expect(theme?.map?.note).toBe('Ranh giới minh họa, không phải ranh giới chính thức');
  });

  it('writes the boundary file’s data credit on each printed map', () => {
    const credited = packInput(slides('vi'), context('vi', { boundaries: BOUNDARIES, illustrative: true, credits: ['© OpenStreetMap contributors'] }));
    expect(credited.slides[1]?.map?.drawing?.credits).toEqual(['© OpenStreetMap contributors']);
    expect(packInput(slides('vi'), context('vi', { boundaries: BOUNDARIES, illustrative: false })).slides[1]?.map?.drawing?.credits ?? []).toEqual([]);
  });

  it('says so in the UI language, and says nothing when the boundaries are official', () => {
    expect(packInput(slides('en'), context('en', { boundaries: BOUNDARIES, illustrative: true })).slides[1]?.map?.note).toBe('Illustrative boundaries, not official boundaries');
    expect(packInput(slides('vi'), context('vi', { boundaries: BOUNDARIES, illustrative: false })).slides[1]?.map?.note).toBeNull();
  });

  it('prints a one-line note instead of the map when the boundaries failed to load', () => {
    const map = packInput(slides('vi'), context('vi', { boundaries: null, illustrative: true })).slides[1]?.map;
    expect(map?.drawing).toBeNull();
    expect(map?.note).toMatch(/^Không in được bản đồ do không tải được tệp ranh giới hành chính/);
  });

  it('has no maps when the caller gives no boundaries at all', () => {
    expect(packInput(slides('vi'), context('vi')).slides.map((s) => s.map ?? null)).toEqual([null, null]);
  });
});
