import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import {
  levelSentence,
  movesSentence,
  overviewSentences,
  shortfallSentence,
  summarySentence,
  unitRateSentence,
} from './sentences';
import { displayedChange, shortfalls, type IndicatorSnapshot } from './snapshot';

const online: IndicatorSnapshot = {
  indicator: 'onlineShare',
  measure: 'rate',
  better: 'higher',
  comparisonBasis: 'samePeriodLastYear',
  province: { value: 0.697, comparison: 0.61 },
  units: [
    { code: '436', name: 'Thành phố Hà Tĩnh', value: 0.831, comparison: 0.76 },
    { code: '441', name: 'Huyện Vũ Quang', value: 0.509, comparison: 0.52 },
    { code: '443', name: 'Huyện Can Lộc', value: 0.723, comparison: 0.6 },
    { code: '439', name: 'Huyện Hương Sơn', value: null, comparison: null },
  ],
};

const models: IndicatorSnapshot = {
  indicator: 'models',
  measure: 'count',
  better: 'higher',
  comparisonBasis: 'previousYearEnd',
  province: { value: 3750, comparison: 3450 },
  units: [
    { code: '436', name: 'Thành phố Hà Tĩnh', value: 500, comparison: 455 },
    { code: '441', name: 'Huyện Vũ Quang', value: 80, comparison: 80 },
    { code: '443', name: 'Huyện Can Lộc', value: 320, comparison: 300 },
  ],
};

/** Every number a table of this snapshot shows: values and comparisons as displayed, and the absolute changes. */
function figuresShown(s: IndicatorSnapshot): Set<number> {
  const shown = new Set<number>();
  const add = (v: number | null) => v !== null && shown.add(s.measure === 'rate' ? Math.round(v * 1000) / 10 : Math.round(v));
  for (const f of [s.province, ...s.units]) {
    add(f.value);
    add(f.comparison);
    const change = displayedChange(f, s.measure);
    if (change !== null) shown.add(Math.abs(change));
  }
  return shown;
}

describe('level sentence', () => {
  it('writes the province figure, its change and the highest and lowest units, as a provincial report does', () => {
    expect(levelSentence(online, 'vi')).toBe(
      'Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt 69,7%, tăng 8,7 điểm % so với cùng kỳ năm trước; cao nhất là Thành phố Hà Tĩnh (83,1%), thấp nhất là Huyện Vũ Quang (50,9%).',
    );
  });

  it('uses the same generator with English templates', () => {
    expect(levelSentence(online, 'en')).toBe(
      'The share of case files submitted online province-wide was 69.7%, up 8.7 percentage points on the same period last year; highest in Thành phố Hà Tĩnh (83.1%), lowest in Huyện Vũ Quang (50.9%).',
    );
  });

  it('names tied units together and says when there is nothing to compare with', () => {
    const tied: IndicatorSnapshot = {
      ...online,
      province: { value: 0.7, comparison: null },
      units: [
        { code: '436', name: 'Thành phố Hà Tĩnh', value: 0.8312, comparison: null },
        { code: '437', name: 'Thị xã Hồng Lĩnh', value: 0.8308, comparison: null },
        { code: '441', name: 'Huyện Vũ Quang', value: 0.5, comparison: null },
      ],
    };
    expect(levelSentence(tied, 'vi')).toBe(
      'Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt 70,0%, chưa có số liệu cùng kỳ năm trước để so sánh; cao nhất là Thành phố Hà Tĩnh và Thị xã Hồng Lĩnh (83,1%), thấp nhất là Huyện Vũ Quang (50,0%).',
    );
    expect(movesSentence(tied, 'vi')).toBeNull();
  });

  it('writes counts with their unit of measure and Vietnamese digit grouping', () => {
    expect(levelSentence(models, 'vi')).toBe(
      'Toàn tỉnh lũy kế có 3.750 mô hình “Dân vận khéo”, tăng 300 mô hình so với cuối năm trước; nhiều nhất là Thành phố Hà Tĩnh (500 mô hình), ít nhất là Huyện Vũ Quang (80 mô hình).',
    );
    expect(levelSentence(models, 'en')).toContain('The province has 3,750 "Dân vận khéo" models in total, up 300 models on the end of the previous year');
  });

  it('says so when the province has no figure', () => {
    expect(levelSentence({ ...online, province: { value: null, comparison: 0.6 } }, 'vi')).toBe('Tỷ lệ hồ sơ nộp trực tuyến: chưa có số liệu của kỳ này.');
  });
});

describe('moves sentence', () => {
  it('names the largest rise and the largest fall in points', () => {
    expect(movesSentence(online, 'vi')).toBe(
      'So với cùng kỳ năm trước, tăng nhiều nhất là Huyện Can Lộc (12,3 điểm %); giảm nhiều nhất là Huyện Vũ Quang (1,1 điểm %).',
    );
  });

  it('does not look for falls in a cumulative stock, and a change displayed as zero is no move', () => {
    expect(movesSentence(models, 'vi')).toBe('So với cuối năm trước, tăng nhiều nhất là Thành phố Hà Tĩnh (45 mô hình).');
    const flat: IndicatorSnapshot = { ...online, units: [{ code: '436', name: 'A', value: 0.8001, comparison: 0.8004 }] };
    expect(movesSentence(flat, 'vi')).toBe('So với cùng kỳ năm trước, không có đơn vị nào tăng; không có đơn vị nào giảm.');
  });
});

describe('summary, shortfall and unit sentences', () => {
  it('names the weakest unit of a secondary rate and the unit with most of a count', () => {
    expect(summarySentence({ ...online, indicator: 'onTimeHandling' }, 'vi')).toBe(
      'Tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt 69,7%; thấp nhất là Huyện Vũ Quang (50,9%).',
    );
    const overLevel: IndicatorSnapshot = { ...models, indicator: 'overLevel', comparisonBasis: 'samePeriodLastYear', province: { value: 234, comparison: null } };
    expect(summarySentence(overLevel, 'vi')).toBe('Toàn tỉnh có 234 đơn vượt cấp; nhiều nhất là Thành phố Hà Tĩnh (500 đơn).');
  });

  it('lists the units below the legal minimum of reception sessions, or says all meet it', () => {
    const check = shortfalls('receptionSessions', [
      { code: '441', name: 'Huyện Vũ Quang', actual: 14, required: 24 },
      { code: '443', name: 'Huyện Can Lộc', actual: 24, required: 24 },
    ]);
    expect(check.failing.map((f) => f.code)).toEqual(['441']);
    expect(shortfallSentence(check, 'vi')).toBe(
      'Chưa bảo đảm số buổi tiếp công dân định kỳ tối thiểu hằng tháng của Chủ tịch UBND theo Luật Tiếp công dân: Huyện Vũ Quang (14/24 buổi).',
    );
    expect(shortfallSentence(shortfalls('receptionSessions', [{ code: '443', name: 'Huyện Can Lộc', actual: 24, required: 24 }]), 'vi')).toMatch(/^Chủ tịch UBND các đơn vị đều/);
    expect(shortfallSentence(shortfalls('disclosureReports', []), 'vi')).toBeNull();
  });

  it('names the worst units first and refers the rest to the table', () => {
    const rows = [21, 12, 23, 20, 22, 23].map((actual, i) => ({ code: String(440 + i), name: `Đơn vị ${String.fromCharCode(65 + i)}`, actual, required: 24 }));
    expect(shortfallSentence(shortfalls('receptionSessions', rows), 'vi')).toBe(
      'Chưa bảo đảm số buổi tiếp công dân định kỳ tối thiểu hằng tháng của Chủ tịch UBND theo Luật Tiếp công dân: Đơn vị B (12/24 buổi), Đơn vị D (20/24 buổi), Đơn vị A (21/24 buổi), Đơn vị E (22/24 buổi) và các đơn vị khác có trong bảng.',
    );
  });

  it('places a unit against the province with its rank', () => {
    expect(unitRateSentence(online, '443', 'vi')).toBe('Tỷ lệ hồ sơ nộp trực tuyến đạt 72,3%, cao hơn mức chung toàn tỉnh (69,7%), xếp thứ 2/3 đơn vị.');
    expect(unitRateSentence(online, '441', 'en')).toBe(
      'The share of case files submitted online was 50.9%, below the province-wide figure (69.7%); ranked 3 of 3 units.',
    );
    expect(unitRateSentence(online, '439', 'vi')).toBeNull();
  });
});

describe('overview sentences', () => {
  it('writes one sentence per theme from the headline figures', () => {
    const sentences = overviewSentences(
      {
        disclosureOnTime: { value: 0.801, comparison: 0.789 },
        received: { value: 4567, comparison: 4723 },
        complaintResolution: { value: 0.85, comparison: 0.855 },
        onlineShare: { value: 0.697, comparison: 0.61 },
        onTimeHandling: { value: 0.972, comparison: 0.972 },
        models: { value: 3750, comparison: 3450 },
        exemplary: { value: 800, comparison: 760 },
      },
      'vi',
    );
    expect(sentences).toEqual([
      'Tỷ lệ nội dung công khai đúng hạn đạt 80,1%, tăng 1,2 điểm % so với cùng kỳ năm trước.',
      'Toàn tỉnh tiếp nhận 4.567 đơn thư, giảm 156 đơn so với cùng kỳ năm trước; tỷ lệ giải quyết đơn thư thuộc thẩm quyền đạt 85,0%, giảm 0,5 điểm % so với cùng kỳ năm trước.',
      'Tỷ lệ hồ sơ nộp trực tuyến đạt 69,7%, tăng 8,7 điểm % so với cùng kỳ năm trước; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%, không thay đổi so với cùng kỳ năm trước.',
      'Toàn tỉnh lũy kế có 3.750 mô hình “Dân vận khéo”, tăng 300 mô hình so với cuối năm trước; trong đó 800 mô hình tiêu biểu.',
    ]);
  });

  it('leaves out a theme whose source gave nothing, without inventing a figure', () => {
    const none = { value: null, comparison: null };
    const sentences = overviewSentences(
      { disclosureOnTime: none, received: none, complaintResolution: none, onlineShare: { value: 0.5, comparison: null }, onTimeHandling: none, models: none, exemplary: none },
      'en',
    );
    expect(sentences).toEqual(['The share of case files submitted online was 50.0%, with no figure for the same period last year to compare.']);
  });
});

describe('every number in a sentence is a number the table shows', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`holds for the level, moves and summary sentences (${lang})`, () => {
      for (const s of [online, models]) {
        const shown = figuresShown(s);
        const text = [levelSentence(s, lang), movesSentence(s, lang), summarySentence(s, lang)].join(' ');
        const figures = extractFigures(text, lang);
        expect(figures.length).toBeGreaterThan(3);
        for (const f of figures) expect(shown, `${f} in "${text}"`).toContain(f);
      }
    });
  }

  it('would catch a sentence quoting a figure the table does not show', () => {
    const shown = figuresShown(online);
    const wrong = levelSentence({ ...online, province: { value: 0.698, comparison: 0.61 } }, 'vi');
    expect(extractFigures(wrong, 'vi').every((f) => shown.has(f))).toBe(false);
  });
});
