import { exportFileName } from '../../lib/export/file-name';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../state/config-context';
import { useDashboardState, useViewSearch } from '../../state/url-state';
import { useDistricts } from '../../state/use-districts';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { Panel } from '../../components/panel';
import { toCsv } from '../../lib/export/csv';
import { DownloadFailure, useDownload } from '../../components/download/use-download';
import { downloadBlob } from '../../lib/export/download';
import type { TableData } from '../../lib/export/table-data';
import { formatPeriod, formatPeriodShort } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildBumpOption } from './build-bump-option';
import { FailedThemesNote, MissingDataNotes } from './DataNotes';
import { LeagueTable } from './LeagueTable';
import { leagueRows } from './league-rows';
import { MethodPanel } from './MethodPanel';
import { unitPageHref } from './unit-href';
import { RANKING_SOURCES, useRankings } from './use-rankings';
import './rankings.css';
import './messages';

export default function RankingsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const search = useViewSearch();
  const { period, unitCode, toggleUnit } = useDashboardState();
  const { all } = useDistricts(period);
  const r = useRankings(period, 8);

  const names = useMemo(() => new Map(all.map((u) => [u.code, u.fullName])), [all]);
  const rows = useMemo(() => leagueRows(r.rankings, names), [r.rankings, names]);
  const periodLabels = useMemo(() => r.periods.map((p) => formatPeriodShort(p, lang)), [r.periods, lang]);
  const periodLabel = formatPeriod(period, lang);
  const ranked = r.current?.rankedCount ?? 0;
  const select = toggleUnit;

  const leagueTable = useMemo<TableData>(
    () => ({
      title: t('rankingsPage.league.title'),
      context: [periodLabel],
      fileName: exportFileName('xep-hang', period),
      rowKey: 'code',
      columns: [
        { key: 'rank', header: t('rankingsPage.col.rank'), kind: 'count' },
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
        code: row.code,
        unit: row.name,
        score: row.score,
        tier: row.tier ? t(`rankingsPage.tiers.${row.tier}`) : null,
        change: row.change,
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
    [rows, t, periodLabel, period],
  );

  const bumpTable = useMemo<TableData>(
    () => ({
      title: t('rankingsPage.bump.title'),
      context: [periodLabel],
      fileName: exportFileName('dien-bien-thu-hang', period),
      rowKey: 'code',
      columns: [
        { key: 'code', header: 'Mã', kind: 'text' },
        { key: 'unit', header: t('rankingsPage.col.unit'), kind: 'text' },
        ...periodLabels.map((label, i) => ({ key: `p${i}`, header: label, kind: 'count' as const })),
      ],
      rows: rows.map((row) => ({ code: row.code, unit: row.name, ...Object.fromEntries(row.history.map((h, i) => [`p${i}`, h])) })),
    }),
    [rows, periodLabels, t, periodLabel, period],
  );

  const bumpOption = useMemo(
    () =>
      rows.length
        ? buildBumpOption({
            categories: periodLabels,
            series: rows.toSorted((a, b) => (a.rank ?? 99) - (b.rank ?? 99)).map((row) => ({ code: row.code, name: row.name, ranks: row.history })),
            unitCount: ranked,
            selectedCode: unitCode,
            rankLabel: t('rankingsPage.bump.rankAxis'),
          })
        : null,
    [rows, periodLabels, ranked, unitCode, t],
  );

  const download = useDownload();
  const downloadCsv = () => downloadBlob(new Blob([toCsv(leagueTable)], { type: 'text/csv;charset=utf-8' }), `${leagueTable.fileName}.csv`);

  return (
    <div className="page rankings-page">
      <header className="page-header">
        <h1>{t('rankingsPage.title')}</h1>
        <p data-testid="rankings-subtitle">{t('rankingsPage.subtitle', { period: periodLabel, count: ranked })}</p>
      </header>
      <div className="page-grid">
        <Panel
          title={t('rankingsPage.league.title')}
          sources={RANKING_SOURCES}
          asOf={r.asOf}
          definition={t('rankingsPage.league.definition')}
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
          <FailedThemesNote themes={r.failedThemes} sources={r.sources} />
          {rows.length === 0 ? (
            <p>{t('rankingsPage.league.noUnits')}</p>
          ) : (
            <LeagueTable
              rows={rows}
              selectedCode={unitCode}
              onSelect={select}
              unitHref={(code) => unitPageHref(code, search)}
              historyLabels={periodLabels}
              caption={t('rankingsPage.league.caption', { count: ranked, period: periodLabel })}
            />
          )}
          <MissingDataNotes rows={rows} failedThemes={r.failedThemes} period={period} />
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
          table={rows.length ? bumpTable : null}
          option={bumpOption}
          height={Math.max(400, ranked * 34 + 40)}
          ariaLabel={t('rankingsPage.bump.ariaLabel', { count: periodLabels.length })}
          onItemClick={(p) => {
            const code = rows.find((row) => row.code === p.name || row.name === p.seriesName)?.code;
            if (code) select(code);
          }}
          selectedKey={unitCode}
          onSelectRow={select}
          testId="panel-bump"
        />

        <MethodPanel className="span-6" method={r.method} fromConfig={config.ranking !== undefined} unitNames={names} />
      </div>
    </div>
  );
}
