import { exportFileName } from '../../lib/export/file-name';
import { usePopulation } from '../../state/use-population';
import { levelWords } from '../../lib/i18n/level-words';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { useDashboardState, useViewSearch } from '../../state/url-state';
import { useDistricts } from '../../state/use-districts';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { Panel } from '../../components/panel';
import { downloadCsv as saveCsv } from '../../lib/export/download-csv';
import { DownloadFailure, useDownload } from '../../components/download/use-download';
import { Deferred } from '../../components/panel/Deferred';
import type { TableData } from '../../lib/export/table-data';
import { formatPeriod, formatPeriodShort } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildBumpOption } from './build-bump-option';
import { bumpData } from './bump-series';
import { ContinuityNotes, FormerDistrictNote, PopulationNote, unitsWithoutPopulation, withoutPopulationGaps } from './ContinuityNotes';
import { FailedThemesNote, MissingDataNotes } from './DataNotes';
import { LeagueTable } from './LeagueTable';
import { leagueRows, rowsOfGroup } from './league-rows';
import { MethodPanel } from './MethodPanel';
import { PeerControls } from './PeerControls';
import { usePeerParams } from './peer-params';
import { formerDistrictsFor, peerGroupsFor } from './peer-view';
import { unitPageHref } from './unit-href';
import { formerDistrictSetId, RANKING_SOURCES, useRankings } from './use-rankings';
import './rankings.css';
import './messages';
import './messages-units';

export default function RankingsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const search = useViewSearch();
  const { period, unitCode, toggleUnit } = useDashboardState();
  const peers = usePeerParams();
  const { all } = useDistricts(period);
  const r = useRankings(period, 8, peers.view);

  const suffix = formerDistrictSetId('');
  const currentSet = r.currentSet;
  // In the former-district view the period's rows are groups: the unit set underneath is the one without the suffix.
  const formerView = currentSet?.setId.endsWith(suffix) ?? false;
  const baseSet = useMemo(() => (currentSet && formerView ? { ...currentSet, setId: currentSet.setId.slice(0, -suffix.length) } : currentSet), [currentSet, formerView, suffix]);
  const former = useMemo(() => formerDistrictsFor(r.history, baseSet), [r.history, baseSet]);
  const level = baseSet?.level ?? 'district';

  const districtNames = useMemo(() => new Map(all.map((u) => [u.code, u.fullName])), [all]);
  const names = useMemo(() => {
    const m = new Map(districtNames);
    if (formerView) for (const [code, name] of districtNames) m.set(code, t('rankingUnits.peers.formerDistrictName', { name }));
    else for (const u of baseSet?.units ?? []) m.set(u.code, u.fullName);
    return m;
  }, [districtNames, baseSet, formerView, t]);
  const groups = useMemo(() => (formerView ? null : peerGroupsFor(peers.grouping, baseSet, former)), [formerView, peers.grouping, baseSet, former]);
  const groupName = useMemo(
    () => (key: string) => {
      const [kind, value = ''] = key.split(':');
      return kind === 'type' ? t(`rankingUnits.types.${value}`) : t('rankingUnits.peers.formerDistrictName', { name: districtNames.get(value) ?? value });
    },
    [t, districtNames],
  );

  const setIds = useMemo(() => r.series.map((s) => s.setId), [r.series]);
  const allRows = useMemo(() => leagueRows(r.rankings, names, { setIds, sameTerritory: r.sameTerritory, groups }), [r.rankings, names, setIds, r.sameTerritory, groups]);
  const group = groups && peers.group && groups.groups.some((g) => g.key === peers.group) ? peers.group : null;
  const rows = useMemo(() => rowsOfGroup(allRows, group), [allRows, group]);
  const population = usePopulation();
  const noPopulation = useMemo(() => (level === 'commune' && !formerView ? unitsWithoutPopulation(baseSet?.units ?? [], population) : []), [level, formerView, baseSet, population]);
  const noteRows = useMemo(() => withoutPopulationGaps(rows, noPopulation), [rows, noPopulation]);
  const periodLabels = useMemo(() => r.periods.map((p) => formatPeriodShort(p, lang)), [r.periods, lang]);
  const periodLabel = formatPeriod(period, lang);
  const ranked = r.current?.rankedCount ?? 0;
  const select = toggleUnit;
  const hasPages = !formerView;

  const leagueTable = useMemo<TableData>(
    () => ({
      title: formerView ? t('rankingUnits.view.formerTitle') : t('rankingsPage.league.title'),
      context: [periodLabel, ...(group ? [groupName(group)] : [])],
      fileName: exportFileName(formerView ? 'xep-hang-nhom-huyen-cu' : 'xep-hang', period),
      rowKey: 'code',
      columns: [
        { key: 'rank', header: t('rankingsPage.col.rank'), kind: 'count' },
        ...(groups ? [{ key: 'group', header: t('rankingUnits.peers.groupLabel'), kind: 'text' as const }, { key: 'groupRank', header: t('rankingUnits.peers.groupRank'), kind: 'count' as const }] : []),
        { key: 'code', header: 'Mã', kind: 'text' },
        { key: 'unit', header: t('rankingsPage.col.unit'), kind: 'text' },
        { key: 'score', header: t('rankingsPage.col.score'), kind: 'decimal' },
        { key: 'tier', header: t('rankingsPage.col.tier'), kind: 'text' },
        { key: 'change', header: t('rankingsPage.col.change'), kind: 'count' },
        ...(['disclosure', 'complaints', 'services', 'emulation'] as const).flatMap((th) => [
          { key: `${th}Rank`, header: `${t(`rankingsPage.themes.${th}`)} – ${t('rankingsPage.col.themeRank')}`, kind: 'count' as const },
          { key: `${th}Score`, header: `${t(`rankingsPage.themes.${th}`)} – ${t('rankingsPage.col.themeScore')}`, kind: 'decimal' as const },
        ]),
      ],
      rows: rows.map((row) => ({
        rank: row.rank,
        group: row.group ? groupName(row.group) : null,
        groupRank: row.groupRank,
        code: row.code,
        unit: row.name,
        score: row.score,
        tier: row.tier ? t(`rankingsPage.tiers.${row.tier}`) : null,
        change: row.changeNotComparable ? t('rankingUnits.continuity.changeNotComparable') : row.change,
        disclosureRank: row.themes.disclosure.rank,
        disclosureScore: row.themes.disclosure.score,
        complaintsRank: row.themes.complaints.rank,
        complaintsScore: row.themes.complaints.score,
        servicesRank: row.themes.services.rank,
        servicesScore: row.themes.services.score,
        emulationRank: row.themes.emulation.rank,
        emulationScore: row.themes.emulation.score,
      })),
    }),
    [rows, t, periodLabel, period, groups, group, groupName, formerView],
  );

  const bump = useMemo(
    () => bumpData({ rows, series: r.series, labels: periodLabels, same: r.sameTerritory, groups, group, selectedCode: unitCode }),
    [rows, r.series, periodLabels, r.sameTerritory, groups, group, unitCode],
  );

  const bumpTable = useMemo<TableData>(
    () => ({
      title: t('rankingsPage.bump.title'),
      context: [periodLabel, ...(group ? [groupName(group)] : [])],
      fileName: exportFileName('dien-bien-thu-hang', period),
      rowKey: 'code',
      columns: [
        { key: 'code', header: 'Mã', kind: 'text' },
        { key: 'unit', header: t('rankingsPage.col.unit'), kind: 'text' },
        ...bump.categories.map((label, i) => ({ key: `p${i}`, header: label, kind: 'count' as const })),
      ],
      rows: bump.series.map((s) => ({ code: s.code, unit: s.name, ...Object.fromEntries(s.ranks.map((h, i) => [`p${i}`, h])) })),
    }),
    [bump, t, periodLabel, period, group, groupName],
  );

  const bumpOption = useMemo(
    () =>
      bump.series.length
        ? buildBumpOption({ categories: bump.categories, series: bump.series, unitCount: bump.unitCount, selectedCode: unitCode, rankLabel: t('rankingsPage.bump.rankAxis') })
        : null,
    [bump, unitCode, t],
  );
  const bumpNotes = [
    ...(bump.hiddenPeriods > 0 ? [t('rankingUnits.continuity.bumpSince', { hidden: bump.hiddenPeriods })] : []),
    ...(bump.mode === 'top' ? [t('rankingUnits.continuity.bumpTop', { selected: bump.series.some((s) => s.code === unitCode) && unitCode ? t('rankingUnits.continuity.bumpTopSelected') : '' })] : []),
    ...(bump.mode === 'group' && group ? [t('rankingUnits.continuity.bumpGroup', { group: groupName(group) })] : []),
  ];

  const download = useDownload();
  const downloadCsv = () => saveCsv(leagueTable);
  // The count and the level's name are known once the ranking is: while it loads (or failed) the period alone, not
  // "0 district-level units ranked".
  const subtitle = formerView
    ? `${periodLabel} · ${t('rankingUnits.view.formerTitle')}`
    : r.current
      ? t('rankingsPage.subtitle', { period: periodLabel, count: ranked, ...levelWords(t, level) })
      : periodLabel;

  return (
    <div className="page rankings-page">
      <header className="page-header">
        <h1>{t('rankingsPage.title')}</h1>
        <p data-testid="rankings-subtitle">{subtitle}</p>
      </header>
      <div className="page-grid">
        {/* The league table of every unit and the charts render in the background once the rankings are in (see Deferred). */}
        <Deferred>
          <Panel
            title={formerView ? t('rankingUnits.view.formerTitle') : t('rankingsPage.league.title')}
            sources={RANKING_SOURCES}
            asOf={r.asOf}
            definition={formerView ? t('rankingUnits.view.formerDefinition') : t('rankingsPage.league.definition')}
            status={r.status}
            error={r.error}
            onRetry={r.retry}
            testId="panel-league"
            reserveHeight={640}
            actions={
              rows.length ? (
                <>
                  <button type="button" className="button secondary small" onClick={() => void download.run('CSV', downloadCsv)} aria-label={t('rankingsPage.league.downloadCsv')}>
                    CSV
                  </button>
                  <DownloadFailure failure={download.failure} />
                </>
              ) : null
            }
          >
            <PeerControls
              level={level}
              view={formerView ? 'former-district' : 'units'}
              canViewFormer={level === 'commune'}
              onView={peers.setView}
              grouping={peers.grouping}
              onGrouping={peers.setGrouping}
              groups={groups}
              group={group}
              onGroup={peers.setGroup}
              groupName={groupName}
            />
            <FailedThemesNote themes={r.failedThemes} sources={r.sources} />
            <ContinuityNotes series={r.series} unitSets={r.unitSets} rows={allRows} periods={r.periods} />
            {(peers.view === 'former-district' || peers.grouping === 'former-district') && level === 'commune' && <FormerDistrictNote former={former} />}
            {peers.view === 'former-district' && level !== 'commune' && <p className="kpi-note">{t('rankingUnits.view.noGrouping')}</p>}
            {group && (
              <p className="kpi-note" data-testid="peer-filtered">
                {t('rankingUnits.peers.filtered', { shown: rows.length, total: allRows.length, group: groupName(group) })}
              </p>
            )}
            {rows.length === 0 ? (
              <p>{t('rankingsPage.league.noUnits')}</p>
            ) : (
              <LeagueTable
                rows={rows}
                selectedCode={unitCode}
                onSelect={select}
                unitHref={(code) => (hasPages ? unitPageHref(code, search) : null)}
                historyLabels={periodLabels}
                caption={`${t('rankingsPage.league.caption', { count: ranked, period: periodLabel })}${groups ? `. ${t('rankingUnits.peers.caption')}` : ''}`}
                groupName={groups ? groupName : null}
              />
            )}
            <PopulationNote units={noPopulation} />
            <MissingDataNotes rows={noteRows} failedThemes={r.failedThemes} period={period} />
          </Panel>

          <ChartPanel
            className="span-6"
            title={t('rankingsPage.bump.title')}
            sources={RANKING_SOURCES}
            asOf={r.asOf}
            definition={t('rankingsPage.bump.definition')}
            status={r.status}
            error={r.error}
            onRetry={r.retry}
            table={bump.series.length ? bumpTable : null}
            option={bumpOption}
            height={bump.unitCount > 20 ? bump.unitCount * 18 + 80 : Math.max(400, bump.unitCount * 34 + 40)}
            ariaLabel={t('rankingsPage.bump.ariaLabel', { count: bump.categories.length })}
            onItemClick={(p) => {
              const code = rows.find((row) => row.code === p.name || row.name === p.seriesName)?.code;
              if (code && hasPages) select(code);
            }}
            selectedKey={unitCode}
            onSelectRow={select}
            testId="panel-bump"
            footnote={
              bumpNotes.length ? (
                <div className="kpi-note" data-testid="bump-notes">
                  {bumpNotes.map((n) => (
                    <p key={n}>{n}</p>
                  ))}
                </div>
              ) : null
            }
          />

          <MethodPanel className="span-6" method={r.method} fromConfig={config.ranking !== undefined} unitNames={districtNames} />
        </Deferred>
      </div>
    </div>
  );
}
