import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { leagueSentences, type LeagueRow } from './league';

const rows: LeagueRow[] = [
  { code: '436', name: 'Thành phố Hà Tĩnh', score: 82.44, rank: 1, rankChange: 0, tier: 'good' },
  { code: '443', name: 'Huyện Can Lộc', score: 71.2, rank: 2, rankChange: 3, tier: 'fair' },
  { code: '449', name: 'Thị xã Kỳ Anh', score: 60.05, rank: 3, rankChange: -2, tier: 'average' },
  { code: '441', name: 'Huyện Vũ Quang', score: 41.96, rank: 4, rankChange: -1, tier: 'weak' },
  { code: '448', name: 'Huyện Lộc Hà', score: null, rank: null, rankChange: null, tier: null },
];

describe('league table highlights', () => {
  it('names the leader, the last, the largest moves and the top and bottom tiers', () => {
    expect(leagueSentences(rows, 'vi')).toEqual([
      'Dẫn đầu bảng xếp hạng tổng hợp là Thành phố Hà Tĩnh (82,4 điểm); cuối bảng là Huyện Vũ Quang (42,0 điểm).',
      'So với kỳ trước, tăng nhiều bậc nhất là Huyện Can Lộc (3 bậc); giảm nhiều bậc nhất là Thị xã Kỳ Anh (2 bậc).',
      'Xếp loại tốt: Thành phố Hà Tĩnh; xếp loại yếu: Huyện Vũ Quang.',
    ]);
    expect(leagueSentences(rows, 'en')[1]).toBe('Since the previous period, the largest climb was Huyện Can Lộc (3 places); the largest drop Thị xã Kỳ Anh (2 places).');
  });

  it('states only figures of the table (scores to one decimal, places moved)', () => {
    const shown = new Set(rows.flatMap((r) => [r.score === null ? null : Math.round(r.score * 10) / 10, r.rankChange === null ? null : Math.abs(r.rankChange), r.rank]));
    for (const f of leagueSentences(rows, 'vi').flatMap((s) => extractFigures(s, 'vi'))) expect(shown).toContain(f);
  });

  it('says nothing without two ranked units, and leaves out moves without a previous ranking', () => {
    expect(leagueSentences(rows.slice(3), 'vi')).toEqual([]);
    const first = leagueSentences(rows.map((r) => ({ ...r, rankChange: null })), 'vi');
    expect(first).toHaveLength(2);
    expect(first[1]).toBe('Xếp loại tốt: Thành phố Hà Tĩnh; xếp loại yếu: Huyện Vũ Quang.');
  });
});
