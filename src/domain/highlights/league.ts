import { formatNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';

/**
 * Highlights of the league table: who leads and who trails on the composite score, who moved most since the period
 * before, and which units sit in the top and bottom tiers. Scores are stated to one decimal, as the table shows them.
 */
export type LeagueTier = 'good' | 'fair' | 'average' | 'weak';

export interface LeagueRow {
  readonly code: string;
  readonly name: string;
  /** Composite score 0–100; null when the unit is not ranked. */
  readonly score: number | null;
  readonly rank: number | null;
  /** Places gained since the period before (positive = up); null when either rank is missing. */
  readonly rankChange: number | null;
  readonly tier: LeagueTier | null;
}

interface LeagueWords {
  readonly score: (v: number) => string;
  readonly places: (n: number) => string;
  readonly names: (names: readonly string[]) => string;
  readonly leaders: (top: string, bottom: string) => string;
  readonly moves: (up: string | null, down: string | null) => string;
  readonly tiers: (good: string | null, weak: string | null) => string;
}

const list = (names: readonly string[], and: string) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`);

const WORDS: Readonly<Record<Language, LeagueWords>> = {
  vi: {
    score: (v) => `${formatNumber(v, 'vi', 1)} điểm`,
    places: (n) => `${formatNumber(n, 'vi')} bậc`,
    names: (n) => list(n, 'và'),
    leaders: (top, bottom) => `Dẫn đầu bảng xếp hạng tổng hợp là ${top}; cuối bảng là ${bottom}.`,
    moves: (up, down) => `So với kỳ trước, ${[up ? `tăng nhiều bậc nhất là ${up}` : 'không có đơn vị nào tăng bậc', down ? `giảm nhiều bậc nhất là ${down}` : 'không có đơn vị nào giảm bậc'].join('; ')}.`,
    tiers: (good, weak) => `${good ? `Xếp loại tốt: ${good}` : 'Chưa có đơn vị xếp loại tốt'}; ${weak ? `xếp loại yếu: ${weak}` : 'không có đơn vị xếp loại yếu'}.`,
  },
  en: {
    score: (v) => `${formatNumber(v, 'en', 1)} points`,
    places: (n) => `${formatNumber(n, 'en')} ${n === 1 ? 'place' : 'places'}`,
    names: (n) => list(n, 'and'),
    leaders: (top, bottom) => `The composite league table is led by ${top}; last is ${bottom}.`,
    moves: (up, down) => `Since the previous period, ${[up ? `the largest climb was ${up}` : 'no unit climbed', down ? `the largest drop ${down}` : 'no unit dropped'].join('; ')}.`,
    tiers: (good, weak) => `${good ? `Rated good: ${good}` : 'No unit rated good'}; ${weak ? `rated weak: ${weak}` : 'no unit rated weak'}.`,
  },
};

/** Scores compared as shown, to one decimal. */
const shown = (score: number) => Math.round(score * 10);

export function leagueSentences(rows: readonly LeagueRow[], lang: Language): string[] {
  const W = WORDS[lang];
  const ranked = rows.filter((r): r is LeagueRow & { score: number } => r.score !== null);
  if (ranked.length < 2) return [];
  const named = (units: readonly LeagueRow[], text: string) => `${W.names(units.map((u) => u.name))} (${text})`;
  const best = Math.max(...ranked.map((r) => shown(r.score)));
  const worst = Math.min(...ranked.map((r) => shown(r.score)));
  const top = ranked.filter((r) => shown(r.score) === best);
  const bottom = ranked.filter((r) => shown(r.score) === worst);
  const sentences = [W.leaders(named(top, W.score(top[0]?.score ?? 0)), named(bottom, W.score(bottom[0]?.score ?? 0)))];

  const moved = rows.filter((r): r is LeagueRow & { rankChange: number } => r.rankChange !== null);
  if (moved.length) {
    const up = Math.max(...moved.map((r) => r.rankChange));
    const down = Math.min(...moved.map((r) => r.rankChange));
    sentences.push(
      W.moves(
        up > 0 ? named(moved.filter((r) => r.rankChange === up), W.places(up)) : null,
        down < 0 ? named(moved.filter((r) => r.rankChange === down), W.places(-down)) : null,
      ),
    );
  }
  const inTier = (tier: LeagueTier) => ranked.filter((r) => r.tier === tier).map((r) => r.name);
  const good = inTier('good');
  const weak = inTier('weak');
  sentences.push(W.tiers(good.length ? W.names(good) : null, weak.length ? W.names(weak) : null));
  return sentences;
}
