import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../lib/i18n';
import { mapNotes } from './map-notes';
import './messages';

const file = { url: '/a', format: 'geojson' as const, codeProperty: 'c', illustrative: false };

describe('mapNotes', () => {
  beforeAll(() => initI18n('vi'));

  it('says that 2017–2019 are shown on the 2020 units, in both languages', async () => {
    const early = { file, spansChange: false, drawnOnLaterUnitsFrom: '2020-01-01' };
    expect(mapNotes(early, '2017-01', i18next.t, 'Năm 2018')).toEqual([
      'Giai đoạn 2017–2019 được thể hiện trên các đơn vị hành chính năm 2020 (không có ranh giới của các đơn vị trước đó).',
    ]);
    await i18next.changeLanguage('en');
    expect(mapNotes(early, '2017-01', i18next.t, '2018')).toEqual(['2017–2019 shown on the 2020 administrative units (no boundaries of the earlier units).']);
    await i18next.changeLanguage('vi');
  });

  it('says a period spanning a change is drawn on the units at its end; says nothing otherwise', () => {
    expect(mapNotes({ file, spansChange: true, drawnOnLaterUnitsFrom: null }, '2017-01', i18next.t, 'Năm 2025')).toEqual([
      'Kỳ này có thay đổi đơn vị hành chính: bản đồ thể hiện các đơn vị tại cuối kỳ.',
    ]);
    expect(mapNotes({ file, spansChange: false, drawnOnLaterUnitsFrom: null }, '2017-01', i18next.t, 'Năm 2024')).toEqual([]);
  });

  it('names the period when no file covers it', () => {
    expect(mapNotes(null, '2017-01', i18next.t, 'Năm 2030')[0]).toMatch(/^Chưa cấu hình tệp ranh giới cho kỳ Năm 2030/);
  });
});
