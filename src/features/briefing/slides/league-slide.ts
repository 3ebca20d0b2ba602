import { buildRankingOption, rankRows } from '../../../components/chart/build-ranking-option';
import { leagueSentences, type LeagueRow } from '../../../domain/highlights';
import { previousPeriod, type Period } from '../../../domain/period';
import { byRank, overallRankChange, periodInputs, rankPeriod, THEMES, unitsInForce, type RankingMethod, type RankingSourceData, type ThemeId } from '../../../domain/ranking';
import type { AdminUnit } from '../../../domain/units';
import type { TableData } from '../../../lib/export/table-data';
import { formatNumber } from '../../../lib/format';
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
}

export function leagueSlideData(
  period: Period,
  isAvailable: (p: Period) => boolean,
  districts: readonly AdminUnit[],
  sources: RankingSourceData,
  method: RankingMethod,
): LeagueSlideData {
  const rank = (p: Period) => rankPeriod(periodInputs(p, unitsInForce(districts, p), sources), method);
  const now = rank(period);
  const before = isAvailable(previousPeriod(period)) ? rank(previousPeriod(period)) : null;
  const names = new Map(districts.map((d) => [d.code, d.fullName]));
  const ordered = byRank(now);
  return {
    rows: ordered.map((u) => ({
      code: u.code,
      name: names.get(u.code) ?? u.code,
      score: u.score,
      rank: u.rank,
      rankChange: overallRankChange(now, before, u.code),
      tier: u.tier,
    })),
    themeScores: new Map(ordered.map((u) => [u.code, Object.fromEntries(THEMES.map((t) => [t, u.themes[t].score])) as Record<ThemeId, number | null>])),
  };
}

export function leagueSlideContent(data: LeagueSlideData, ctx: ContentContext): SlideContent {
  const { t, lang } = ctx;
  const chartTitle = t('briefingPage.chart.league');
  const score = (v: number) => formatNumber(v, lang, 1);
  const option = withReferenceLabelsOnTop(
    buildRankingOption(
      data.rows.map((r) => ({ code: r.code, name: r.name, value: r.score })),
      { format: score, selectedCode: ctx.selectedCode, better: 'higher', noDataLabel: t('units.noData') },
    ),
  );
  const points = t('briefingPage.col.scorePoints');
  const table: TableData = {
    title: chartTitle,
    context: ctx.exportContext,
    columns: [
      { key: 'rank', header: t('briefingPage.col.rank'), kind: 'count' },
      { key: 'name', header: t('briefingPage.col.unit'), kind: 'text' },
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
        score: row?.score ?? null,
        tier: row?.tier ? t(`briefingPage.tier.${row.tier}`) : null,
        rankChange: row?.rankChange ?? null,
        ...data.themeScores.get(r.code),
      };
    }),
    rowKey: 'code',
    fileName: ctx.fileName('league'),
  };
  return { chartTitle, option, table, highlights: leagueSentences(data.rows, lang), notes: [t('briefingPage.noteLeague')], kpis: [] };
}
