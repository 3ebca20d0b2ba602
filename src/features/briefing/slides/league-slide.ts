import { buildRankingOption, rankRows } from '../../../components/chart/build-ranking-option';
import { leagueSentences, type LeagueRow } from '../../../domain/highlights';
import { previousPeriod, type Period } from '../../../domain/period';
import {
  byRank,
  comparableRankMove,
  groupRanks,
  peerGroupsByType,
  periodInputs,
  rankPeriod,
  THEMES,
  unitsInForce,
  type PeerGroups,
  type RankingMethod,
  type RankingSourceData,
  type SameTerritory,
  type ThemeId,
} from '../../../domain/ranking';
import type { RankedUnitSet } from '../../../state/ranked-units';
import type { AdminUnit } from '../../../domain/units';
import type { TableData } from '../../../lib/export/table-data';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { withReferenceLabelsOnTop } from './chart-text';
import type { ContentContext, SlideContent } from './slide-content';
import '../messages';

/**
 * The league table slide, from the ranking module: the composite score of every unit in force, its tier, its move
 * since the period before and its theme scores. The chart, the table and the sentences read the same rows.
 */
export interface LeagueSlideData {
  readonly rows: readonly LeagueRow[];
  readonly themeScores: ReadonlyMap<string, Readonly<Record<ThemeId, number | null>>>;
  readonly level: 'district' | 'commune';
  /** Communes: the phường / xã groups, and each unit's rank within its group. */
  readonly groups: PeerGroups | null;
  readonly groupRanks: ReadonlyMap<string, number | null>;
  /** The previous period ranked another unit set: no move is stated. */
  readonly acrossChange: boolean;
}

/** More bars than this cannot be read on a slide: the chart then shows the top and bottom ten, the table all. */
export const MAX_SLIDE_BARS = 20;
const EDGE = 10;

/**
 * The league slide's rows, ranked as on the rankings page: the units a period is ranked on (the 69 communes and
 * wards from 1 Jul 2025), moves compared only on the same territory. `units` may be a plain district list.
 */
export function leagueSlideData(
  period: Period,
  isAvailable: (p: Period) => boolean,
  units: readonly AdminUnit[] | ((p: Period) => RankedUnitSet),
  sources: RankingSourceData,
  method: RankingMethod,
  same: SameTerritory = (_code, a, b) => a === b,
): LeagueSlideData {
  const setOf = (p: Period): RankedUnitSet =>
    typeof units === 'function' ? units(p) : { setId: 'districts', level: 'district', units: units.filter((u) => unitsInForce(units, p).includes(u.code)) };
  const rank = (p: Period) => {
    const set = setOf(p);
    return { setId: set.setId, set, ranking: rankPeriod(periodInputs(p, set.units.map((u) => u.code), sources), method) };
  };
  const now = rank(period);
  const before = isAvailable(previousPeriod(period)) ? rank(previousPeriod(period)) : null;
  const names = new Map(now.set.units.map((d) => [d.code, d.fullName]));
  const ordered = byRank(now.ranking);
  const moves = new Map(ordered.map((u) => [u.code, comparableRankMove(now, before, u.code, same)]));
  const groups = now.set.level === 'commune' ? peerGroupsByType(now.set.units) : null;
  return {
    rows: ordered.map((u) => {
      const move = moves.get(u.code);
      return { code: u.code, name: names.get(u.code) ?? u.code, score: u.score, rank: u.rank, rankChange: move?.kind === 'moved' ? move.places : null, tier: u.tier };
    }),
    themeScores: new Map(ordered.map((u) => [u.code, Object.fromEntries(THEMES.map((t) => [t, u.themes[t].score])) as Record<ThemeId, number | null>])),
    level: now.set.level,
    groups,
    groupRanks: groups ? groupRanks(now.ranking, groups) : new Map(),
    acrossChange: [...moves.values()].some((m) => m.kind === 'not-comparable'),
  };
}

/** "Phường (9): dẫn đầu A (80,1 điểm), cuối bảng B (50,2 điểm)." for each peer group, from the slide's own rows. */
export function peerGroupSentences(data: LeagueSlideData, t: TFunction, lang: Language): string[] {
  if (!data.groups) return [];
  return data.groups.groups.flatMap((g) => {
    const members = new Set(g.codes);
    const ranked = data.rows.filter((r) => members.has(r.code) && r.score !== null && r.rank !== null);
    const first = ranked[0];
    const last = ranked.at(-1);
    if (!first || !last || ranked.length < 2) return [];
    return [
      t('briefingPage.peers.sentence', {
        group: t(`briefingPage.peers.types.${g.value}`),
        count: g.codes.length,
        top: first.name,
        topScore: formatNumber(first.score ?? 0, lang, 1),
        bottom: last.name,
        bottomScore: formatNumber(last.score ?? 0, lang, 1),
      }),
    ];
  });
}

export function leagueSlideContent(data: LeagueSlideData, ctx: ContentContext): SlideContent {
  const { t, lang } = ctx;
  const ranked = data.rows.filter((r) => r.rank !== null);
  const cut = ranked.length > MAX_SLIDE_BARS;
  const chartRows = cut ? [...ranked.slice(0, EDGE), ...ranked.slice(-EDGE)] : data.rows;
  const chartTitle = cut ? t('briefingPage.peers.chartEdges', { edge: EDGE, count: ranked.length }) : t('briefingPage.chart.league');
  const score = (v: number) => formatNumber(v, lang, 1);
  const option = withReferenceLabelsOnTop(
    buildRankingOption(
      chartRows.map((r) => ({ code: r.code, name: r.name, value: r.score })),
      { format: score, selectedCode: ctx.selectedCode, better: 'higher', noDataLabel: t('units.noData') },
    ),
  );
  const groupOf = (code: string) => {
    const key = data.groups?.groupOf.get(code);
    const value = key ? data.groups?.groups.find((g) => g.key === key)?.value : undefined;
    return value ? t(`briefingPage.peers.types.${value}`) : null;
  };
  const points = t('briefingPage.col.scorePoints');
  const table: TableData = {
    title: chartTitle,
    context: ctx.exportContext,
    columns: [
      { key: 'rank', header: t('briefingPage.col.rank'), kind: 'count' },
      { key: 'name', header: t('briefingPage.col.unit'), kind: 'text' },
      ...(data.groups
        ? [
            { key: 'group', header: t('briefingPage.peers.group'), kind: 'text' as const },
            { key: 'groupRank', header: t('briefingPage.peers.groupRank'), kind: 'count' as const },
          ]
        : []),
      { key: 'score', header: t('briefingPage.col.score'), kind: 'decimal', unit: points },
      { key: 'tier', header: t('briefingPage.col.tier'), kind: 'text' },
      { key: 'rankChange', header: t('briefingPage.col.rankChange'), kind: 'count', unit: t('briefingPage.col.places') },
      ...THEMES.map((theme) => ({ key: theme, header: t(`briefingPage.leagueTheme.${theme}`), kind: 'decimal' as const, unit: points })),
    ],
    rows: rankRows(
      data.rows.map((r) => ({ code: r.code, name: r.name, value: r.score })),
      'higher',
    ).map((r) => {
      const row = data.rows.find((x) => x.code === r.code);
      return {
        code: r.code,
        rank: row?.rank ?? null,
        name: r.name,
        ...(data.groups ? { group: groupOf(r.code), groupRank: data.groupRanks.get(r.code) ?? null } : {}),
        score: row?.score ?? null,
        tier: row?.tier ? t(`briefingPage.tier.${row.tier}`) : null,
        rankChange: row?.rankChange ?? null,
        ...data.themeScores.get(r.code),
      };
    }),
    rowKey: 'code',
    fileName: ctx.fileName('league'),
  };
  const notes = [
    t('briefingPage.noteLeague'),
    ...(data.acrossChange ? [t('briefingPage.peers.acrossChange')] : []),
    ...(cut ? [t('briefingPage.peers.chartNote', { edge: EDGE, count: ranked.length })] : []),
  ];
  return { chartTitle, option, table, highlights: [...leagueSentences(data.rows, lang), ...peerGroupSentences(data, t, lang)], notes, kpis: [] };
}
