import { exportFileName } from '../../lib/export/file-name';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { ROUTES } from '../../state/routes';
import { useDashboardState, useViewSearch } from '../../state/url-state';
import { useDistricts } from '../../state/use-districts';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { Panel } from '../../components/panel';
import { Deferred } from '../../components/panel/Deferred';
import { comparableRankMove, scoreChange, shares, unitIn, unitLineage, whatItTakes } from '../../domain/ranking';
import type { TableData } from '../../lib/export/table-data';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildWaterfallOption } from './build-waterfall-option';
import { CommunesPanel } from './CommunesPanel';
import { FailedThemesNote } from './DataNotes';
import { formatScore } from './format';
import { RankMoveText, TierBadge } from './RankParts';
import { Scorecard } from './Scorecard';
import { scorecard } from './scorecard';
import { unitPageHref } from './unit-href';
import { RANKING_SOURCES, useRankings } from './use-rankings';
import { useScalableCharts } from './use-scalable-charts';
import { WhatItTakesView } from './WhatItTakesView';
import { formerDistrictsFor } from './peer-view';
import { catalogueRecordFor, unitForPeriod } from '../../state/ranked-units';
import './rankings.css';
import './messages';
import './messages-units';

/**
 * A unit's page: what a district leader opens on a phone before a meeting, and prints as a one-page A4 scorecard.
 * Every figure comes from the same ranking the league table shows (same inputs, same method).
 */
export default function UnitPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { code = '' } = useParams<{ code: string }>();
  const { period, unitCode } = useDashboardState();
  const search = useViewSearch();
  const [, navigate] = useLocation();
  const { all, byCode, communesByCode, query: catalogue } = useDistricts(period);
  const r = useRankings(period, 2);
  const pageRef = useRef<HTMLDivElement>(null);
  useScalableCharts(pageRef);

  // The shell's unit filter picks the unit: choosing another one opens that unit's page.
  useEffect(() => {
    if (unitCode && unitCode !== code) navigate(unitPageHref(unitCode, search), { replace: true });
  }, [unitCode, code, search, navigate]);

  // A code reused across unit sets (18073: Phường Nam Hà to 30 Jun 2025, Phường Thành Sen after) is the unit of the period.
  const ranked = useMemo(() => (catalogue.data ? unitForPeriod(catalogue.data, period, code, r.history) : null), [catalogue.data, period, code, r.history]);
  // A commune code of another period (e.g. a 2024 commune) still names a unit: the page says it is not ranked then.
  const unit = ranked ?? (catalogue.data ? catalogueRecordFor(catalogue.data, period, code) : byCode.get(code));
  const isCommune = r.currentSet?.level === 'commune' || (ranked !== null && ['phuong', 'xa', 'thi-tran'].includes(ranked.type));
  const names = useMemo(() => {
    const m = new Map(all.map((u) => [u.code, u.fullName]));
    for (const u of r.currentSet?.units ?? []) m.set(u.code, u.fullName);
    return m;
  }, [all, r.currentSet]);
  const communeNames = useMemo(() => new Map([...communesByCode].map(([c, u]) => [c, u.fullName])), [communesByCode]);
  const periodLabel = formatPeriod(period, lang);
  const { current, previous: previousRanking, inputs: allInputs } = r;
  // The previous period counts only if it ranked this unit on the same territory (domain/ranking/continuity).
  const nowSet = r.series.at(-1);
  const beforeSet = r.series.length > 1 ? (r.series.at(-2) ?? null) : null;
  const acrossChange = nowSet && beforeSet ? comparableRankMove(nowSet, beforeSet, code, r.sameTerritory).kind === 'not-comparable' : false;
  const previous = acrossChange ? null : previousRanking;
  const now = unitIn(current, code);
  const before = unitIn(previous, code);
  const lineage = useMemo(() => (r.history && r.currentSet && isCommune ? unitLineage(r.history, r.currentSet.setId, code) : null), [r.history, r.currentSet, isCommune, code]);
  const formerGroup = useMemo(() => {
    const former = formerDistrictsFor(r.history, r.currentSet);
    const district = former?.grouping.groupOf.get(code);
    return district ? (byCode.get(district)?.fullName ?? district) : null;
  }, [r.history, r.currentSet, code, byCode]);
  const inputs = allInputs.at(-1);
  const card = useMemo(() => (current && inputs && now ? scorecard(current, previous, inputs, code) : null), [current, previous, inputs, now, code]);
  const change = useMemo(() => (now && before ? scoreChange(now, before) : null), [now, before]);
  const takes = useMemo(() => (current && now ? whatItTakes(current, code) : null), [current, now, code]);
  const rankMove = now?.rank != null && before?.rank != null ? before.rank - now.rank : null;

  const waterfall = useMemo(() => {
    if (!change) return null;
    const steps = change.contributions.map((c) => ({ key: c.id, label: t(`rankingsPage.short.${c.id}`), value: c.points }));
    const option = buildWaterfallOption({
      start: { label: t('rankingsPage.unit.before'), value: change.before },
      end: { label: t('rankingsPage.unit.now'), value: change.now },
      steps,
      format: (v) => formatNumber(v, lang, 1),
      formatSigned: (v) => formatSignedNumber(v, lang, 1),
    });
    const table: TableData = {
      title: t('rankingsPage.unit.whyTitle'),
      context: [names.get(code) ?? code, periodLabel],
      fileName: exportFileName('vi-sao-thu-hang', period, code),
      rowKey: 'id',
      columns: [
        { key: 'indicator', header: t('rankingsPage.unit.takesIndicator'), kind: 'text' },
        { key: 'before', header: t('rankingsPage.unit.scoreBefore'), kind: 'decimal' },
        { key: 'now', header: t('rankingsPage.unit.scoreNow'), kind: 'decimal' },
        { key: 'points', header: t('rankingsPage.unit.contribution'), kind: 'decimal' },
      ],
      rows: change.contributions.map((c) => ({ id: c.id, indicator: t(`rankingsPage.indicators.${c.id}`), before: c.scoreBefore, now: c.scoreNow, points: c.points })),
    };
    return { option, table };
  }, [change, t, lang, names, code, periodLabel, period]);

  if (catalogue.isSuccess && !unit && r.status !== 'pending') {
    return (
      <div className="page">
        <h1>{t('rankingsPage.unit.notFound', { code })}</h1>
        <Link href={`${ROUTES.rankings}${search}`}>{t('rankingsPage.unit.backToLeague')}</Link>
      </div>
    );
  }

  const unitName = unit?.fullName ?? code;
  const inForce = r.status !== 'success' || r.current?.units.some((u) => u.code === code);
  const themeWeights = shares(r.method.themes.map((th) => [th.id, th.weight] as const));
  const asOfList = (['disclosure', 'complaints', 'procedures', 'emulation'] as const)
    .map((s) => (r.sources[s].asOf ? `${t(`sources.${s}`)} ${formatDate(r.sources[s].asOf as string, lang)}` : null))
    .filter((x): x is string => x !== null);

  return (
    <div className="page unit-page" ref={pageRef}>
      <header className="page-header unit-header">
        <div className="unit-header-main">
          <p className="unit-back">
            <Link href={`${ROUTES.rankings}${search}`}>{t('rankingsPage.unit.backToLeague')}</Link>
          </p>
          <h1>{unitName}</h1>
          <p data-testid="unit-period">{periodLabel}</p>
          {now && (
            <p className="unit-summary" data-testid="unit-summary">
              {now.rank !== null ? (
                <>
                  <span data-testid="unit-rank">{t('rankingsPage.unit.summary', { rank: now.rank, count: r.current?.rankedCount ?? 0, score: formatScore(now.score, lang) })}</span>{' '}
                  <TierBadge tier={now.tier} /> <RankMoveText change={rankMove} isNew={previous !== null && before?.rank == null} testId="unit-rank-change" />
                </>
              ) : (
                t('rankingsPage.unit.unranked')
              )}
            </p>
          )}
          {/* Holds the summary line's place while the rankings load, so the page below does not jump. */}
          {!now && <p className="unit-summary" aria-hidden="true">&nbsp;</p>}
          {isCommune && (
            <div className="unit-lineage" data-testid="unit-lineage">
              <p>{t('rankingUnits.unit.commune')}</p>
              {lineage && lineage.whole.length > 0 && <p>{t('rankingUnits.unit.formedFrom', { list: lineage.whole.map((u) => u.name).join(', ') })}</p>}
              {lineage && lineage.part.length > 0 && <p data-testid="unit-partly">{t('rankingUnits.unit.partlyFrom', { list: lineage.part.map((u) => u.name).join(', ') })}</p>}
              {formerGroup && <p>{t('rankingUnits.unit.formerGroup', { name: formerGroup })}</p>}
            </div>
          )}
        </div>
        <button type="button" className="button print-button" onClick={() => window.print()} title={t('rankingsPage.unit.printHint')}>
          {t('rankingsPage.unit.print')}
        </button>
      </header>

      <div className="print-meta" data-testid="print-meta">
        <p>
          <strong>{t('rankingsPage.unit.printedHeader', { period: periodLabel })}</strong> · {unitName}
        </p>
        {asOfList.length > 0 && <p>{t('rankingsPage.unit.printedAsOf', { asOf: asOfList.join('; ') })}</p>}
        <p>{t('rankingsPage.unit.printedSources', { sources: t('rankingsPage.sourceList') })}</p>
        <p>
          {t('rankingsPage.unit.printedMethod', {
            weights: r.method.themes.map((th) => `${t(`rankingsPage.themes.${th.id}`)} ${formatPercent(themeWeights.get(th.id) ?? 0, lang, 0)}`).join(', '),
          })}
        </p>
      </div>

      {!inForce ? (
        <p className="panel-error" role="status" data-testid="unit-not-in-force">
          {t('rankingsPage.unit.notInForce', { unit: unitName, period: periodLabel })}
        </p>
      ) : (
        <div className="unit-columns">
          <div className="unit-column">
            <Panel
              className="scorecard-panel"
              title={t('rankingsPage.unit.scorecardTitle')}
              sources={RANKING_SOURCES}
              asOf={r.asOf}
              definition={t('rankingsPage.unit.scorecardDef')}
              status={r.status}
              error={r.error}
              onRetry={r.retry}
              testId="panel-scorecard"
              reserveHeight={900}
            >
              <FailedThemesNote themes={r.failedThemes} sources={r.sources} />
              {card && <Scorecard themes={card} names={names} />}
            </Panel>
          </div>
          {/* The scorecard first; the chart and the steps to climb render in the background (see Deferred). */}
          <Deferred>
            <div className="unit-column">
              <ChartPanel
                className="why-panel"
                title={t('rankingsPage.unit.whyTitle')}
                sources={RANKING_SOURCES}
                asOf={r.asOf}
                definition={t('rankingsPage.unit.whyDef')}
                status={r.status}
                error={r.error}
                onRetry={r.retry}
                table={waterfall?.table ?? null}
                option={waterfall?.option ?? null}
                height={400}
                ariaLabel={t('rankingsPage.unit.whyAria')}
                testId="panel-why"
                footnote={
                  change ? (
                    <p className="kpi-note" data-testid="why-summary">
                      {t('rankingsPage.unit.whySummary', {
                        before: formatScore(change.before, lang),
                        now: formatScore(change.now, lang),
                        change: formatSignedNumber(change.now - change.before, lang, 1),
                        rankBefore: before?.rank ?? '–',
                        rankNow: now?.rank ?? '–',
                      })}
                    </p>
                  ) : r.status === 'success' ? (
                    <p className="kpi-note" data-testid="why-none">{acrossChange ? t('rankingUnits.unit.whyOtherSet') : t('rankingsPage.unit.whyNoPrevious')}</p>
                  ) : null
                }
              />

              <Panel
                className="takes-panel"
                title={t('rankingsPage.unit.takesTitle')}
                sources={RANKING_SOURCES}
                asOf={r.asOf}
                definition={t('rankingsPage.unit.takesDef')}
                status={r.status}
                error={r.error}
                onRetry={r.retry}
                testId="panel-takes"
                reserveHeight={360}
              >
                {now && <WhatItTakesView takes={takes} unit={now} names={names} />}
              </Panel>

              {/* A commune's own figures are the scorecard: the best and worst communes of a district apply to districts only.
                  Shown once the unit set is known, so a commune's page never flashes a district's panel while it loads. */}
              {r.currentSet && !isCommune && <CommunesPanel code={code} period={period} communeNames={communeNames} />}
            </div>
          </Deferred>
        </div>
      )}
    </div>
  );
}
