import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/panel';
import { indicatorDef, THEME_SOURCE, type ThemeId } from '../../domain/ranking';
import type { LeagueRow } from './league-rows';
import type { RankingInputs } from './use-rankings';

/** A source that failed leaves its theme out of the ranking; the panel says which and offers a retry. */
export function FailedThemesNote({ themes, sources }: { themes: readonly ThemeId[]; sources: RankingInputs['sources'] }) {
  const { t } = useTranslation();
  if (!themes.length) return null;
  return (
    <div className="panel-error ranking-partial" role="alert" data-testid="ranking-failed-themes">
      <p>{t('rankingsPage.league.failedThemes', { themes: themes.map((th) => t(`rankingsPage.themes.${th}`)).join(', ') })}</p>
      {/* Why: a failed system reads differently from figures still on their way. */}
      <ul className="ranking-partial__reasons">
        {[...new Set(themes.map((th) => THEME_SOURCE[th]))].map((source) => (
          <li key={source}>{describeError(sources[source].error, t)}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => themes.forEach((th) => sources[THEME_SOURCE[th]].retry())}>
        {t('panel.retry')}
      </button>
    </div>
  );
}

/** Units not ranked on some indicator, named with the indicators, under the table. */
export function MissingDataNotes({ rows, failedThemes }: { rows: readonly LeagueRow[]; failedThemes: readonly ThemeId[] }) {
  const { t } = useTranslation();
  // A failed source is said once above the table, not once per unit.
  const missingOf = (r: LeagueRow) => r.missing.filter((id) => !failedThemes.includes(indicatorDef(id).theme));
  const withMissing = rows.filter((r) => missingOf(r).length > 0 && r.rank !== null);
  if (!withMissing.length) return null;
  return (
    <ul className="missing-notes" data-testid="missing-notes">
      {withMissing.map((r) => (
        <li key={r.code}>
          * {t('rankingsPage.league.missingNote', { unit: r.name, indicators: missingOf(r).map((id) => t(`rankingsPage.indicators.${id}`)).join('; ') })}
        </li>
      ))}
    </ul>
  );
}
