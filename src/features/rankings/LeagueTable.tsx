import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { THEMES } from '../../domain/ranking';
import type { Language } from '../../lib/i18n';
import { formatScore } from './format';
import { FIRST_DIRECTION, sortRows, type LeagueRow, type SortColumn, type SortDirection } from './league-rows';
import { NotComparableMove, RankMoveText, RankSparkline, TierBadge } from './RankParts';
import './messages-units';

interface LeagueTableProps {
  readonly rows: readonly LeagueRow[];
  readonly selectedCode: string | null;
  readonly onSelect: (code: string) => void;
  /** Null for a row that has no unit page (a former-district group). */
  readonly unitHref: (code: string) => string | null;
  readonly historyLabels: readonly string[];
  readonly caption: string;
  /** The name of a row's peer group, shown under the unit; with it, the table has a "rank in group" column. */
  readonly groupName?: ((groupKey: string) => string) | null;
}

/**
 * The league table: every unit's overall and per-theme rank and score, its tier, its move since the previous
 * period and its rank line. Any column sorts (aria-sort tells which); a row click selects the unit page-wide.
 */
export function LeagueTable({ rows, selectedCode, onSelect, unitHref, historyLabels, caption, groupName = null }: LeagueTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({ column: 'rank', direction: 'asc' });
  const sorted = sortRows(rows, sort.column, sort.direction);
  const maxRank = Math.max(1, ...rows.flatMap((r) => r.history.filter((h): h is number => h !== null)));

  const toggle = (column: SortColumn) =>
    setSort((s) => (s.column === column ? { column, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: FIRST_DIRECTION[column] }));

  const header = (column: SortColumn, label: string, className = 'num') => {
    const active = sort.column === column;
    return (
      <th key={column} scope="col" className={className} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => toggle(column)} title={t('rankingsPage.league.sortBy', { column: label })}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll league-scroll">
      <table className="data league-table" data-testid="league-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header('rank', t('rankingsPage.col.rank'))}
            {header('unit', t('rankingsPage.col.unit'), 'unit-col')}
            {groupName && header('groupRank', t('rankingUnits.peers.groupRankShort'))}
            {header('score', t('rankingsPage.col.score'))}
            {header('tier', t('rankingsPage.col.tier'), '')}
            {header('change', t('rankingsPage.col.change'))}
            {THEMES.map((theme) => header(theme, t(`rankingsPage.themes.${theme}`)))}
            <th scope="col" className="history-col">
              {t('rankingsPage.col.history', { count: historyLabels.length })}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const selected = row.code === selectedCode;
            const historyText = row.history
              .map((r, i) => `${historyLabels[i] ?? ''}: ${row.historyComparable[i] === false ? t('rankingUnits.continuity.notComparableMark') : (r ?? t('rankingsPage.league.notRanked'))}`)
              .join('; ');
            const href = unitHref(row.code);
            return (
              <tr
                key={row.code}
                data-code={row.code}
                className={selected ? 'selected' : undefined}
                aria-selected={selected}
                tabIndex={0}
                onClick={() => onSelect(row.code)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) onSelect(row.code);
                }}
              >
                <td className="num rank-cell" data-testid={`league-rank-${row.code}`}>
                  {row.rank ?? '–'}
                </td>
                <th scope="row" className="unit-col">
                  {href ? (
                    <Link href={href} onClick={(e) => e.stopPropagation()} aria-label={t('rankingsPage.league.openUnit', { unit: row.name })}>
                      {row.name}
                    </Link>
                  ) : (
                    <span>{row.name}</span>
                  )}
                  {row.missing.length > 0 && (
                    <sup className="missing-mark" title={t('rankingsPage.league.missingMark')}>
                      *<span className="visually-hidden"> {t('rankingsPage.league.missingMark')}</span>
                    </sup>
                  )}
                  {groupName && row.group && <small className="unit-group">{groupName(row.group)}</small>}
                </th>
                {groupName && (
                  <td className="num group-rank-cell" data-testid={`league-group-rank-${row.code}`}>
                    {row.groupRank ?? '–'}
                  </td>
                )}
                <td className="num score-cell" data-testid={`league-score-${row.code}`}>
                  {formatScore(row.score, lang)}
                </td>
                <td>
                  <TierBadge tier={row.tier} />
                </td>
                <td className="num">
                  {row.changeNotComparable ? (
                    <NotComparableMove testId={`league-change-${row.code}`} />
                  ) : (
                    <RankMoveText change={row.change} isNew={row.isNew} testId={`league-change-${row.code}`} />
                  )}
                </td>
                {THEMES.map((theme) => (
                  <td key={theme} className="num theme-cell" data-testid={`league-${theme}-${row.code}`}>
                    {row.themes[theme].score === null ? (
                      '–'
                    ) : (
                      <>
                        <span className="theme-rank">
                          <span className="visually-hidden">{t('rankingsPage.col.themeRank')} </span>
                          {row.themes[theme].rank}
                        </span>
                        <span className="theme-score">
                          <span className="visually-hidden">, {t('rankingsPage.col.themeScore')} </span>
                          {formatScore(row.themes[theme].score, lang)}
                        </span>
                      </>
                    )}
                  </td>
                ))}
                <td className="history-col">
                  <RankSparkline ranks={row.history} maxRank={maxRank} label={t('rankingsPage.league.historyLabel', { unit: row.name, ranks: historyText })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
