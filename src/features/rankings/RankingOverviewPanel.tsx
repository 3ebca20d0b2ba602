import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ROUTES } from '../../state/routes';
import { useDashboardState, useViewSearch } from '../../state/url-state';
import { useDistricts } from '../../state/use-districts';
import { Panel } from '../../components/panel';
import type { Language } from '../../lib/i18n';
import { FailedThemesNote } from './DataNotes';
import { formatScore } from './format';
import { leagueRows, topAndBottom, type LeagueRow } from './league-rows';
import { NotComparableMove, RankMoveText, TierBadge } from './RankParts';
import { unitPageHref } from './unit-href';
import { RANKING_SOURCES, useRankings } from './use-rankings';
import './rankings.css';
import './messages';
import './messages-units';

/** For the Overview: the three units ranked best and the three ranked last, each with its move since the previous period. */
export function RankingOverviewPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const search = useViewSearch();
  const { period, unitCode } = useDashboardState();
  const { all } = useDistricts(period);
  // Two periods are enough for the move; the queries are the Overview's own, already cached.
  const r = useRankings(period, 2);
  const names = useMemo(() => {
    const m = new Map(all.map((u) => [u.code, u.fullName]));
    for (const u of r.currentSet?.units ?? []) m.set(u.code, u.fullName);
    return m;
  }, [all, r.currentSet]);
  // Moves follow the rankings page's rule: none across a change of units (e.g. districts before 1 Jul 2025).
  const setIds = useMemo(() => r.series.map((s) => s.setId), [r.series]);
  const { top, bottom } = useMemo(() => topAndBottom(leagueRows(r.rankings, names, { setIds, sameTerritory: r.sameTerritory }), 3), [r.rankings, names, setIds, r.sameTerritory]);

  const list = (rows: readonly LeagueRow[], testId: string) => (
    <ol data-testid={testId}>
      {rows.map((row) => (
        <li key={row.code} className={row.code === unitCode ? 'selected' : undefined} data-code={row.code}>
          <span className="ov-rank">{row.rank}</span>
          <Link href={unitPageHref(row.code, search)}>{row.name}</Link>
          <span className="ov-score">
            {formatScore(row.score, lang)} <TierBadge tier={row.tier} />
          </span>
          {row.changeNotComparable ? (
            <NotComparableMove testId={`${testId}-change-${row.code}`} />
          ) : (
            <RankMoveText change={row.change} isNew={row.isNew} testId={`${testId}-change-${row.code}`} />
          )}
        </li>
      ))}
    </ol>
  );

  return (
    <Panel
      title={t('rankingsPage.overviewPanel.title')}
      sources={RANKING_SOURCES}
      asOf={r.asOf}
      definition={t('rankingsPage.overviewPanel.definition')}
      status={r.status}
      error={r.error}
      onRetry={r.retry}
      testId="panel-ranking"
    >
      <FailedThemesNote themes={r.failedThemes} sources={r.sources} />
      <div className="ranking-overview-lists">
        <div>
          <h3>{t('rankingsPage.overviewPanel.top')}</h3>
          {list(top, 'ranking-top')}
        </div>
        <div>
          <h3>{t('rankingsPage.overviewPanel.bottom')}</h3>
          {list(bottom, 'ranking-bottom')}
        </div>
      </div>
      <Link className="theme-link" href={`${ROUTES.rankings}${search}`}>
        {t('rankingsPage.overviewPanel.more')}
      </Link>
    </Panel>
  );
}
