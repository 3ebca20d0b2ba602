import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/panel';
import { indicator } from '../../domain/indicators';
import type { Period } from '../../domain/period';
import { indicatorDef, notApplicableIndicators, THEME_SOURCE, type IndicatorId, type ThemeId } from '../../domain/ranking';
import './messages-units';
import { formatDate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
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

const MAX_NAMED = 3;

/** Rows with the same missing indicators together, in the order their first row comes. */
function groupByGaps(rows: readonly LeagueRow[], missingOf: (r: LeagueRow) => IndicatorId[]) {
  const groups = new Map<string, { rows: LeagueRow[]; missing: IndicatorId[] }>();
  for (const r of rows) {
    const missing = missingOf(r);
    const key = missing.join(',');
    const g = groups.get(key) ?? { rows: [], missing };
    g.rows.push(r);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Units not ranked on some indicator, named with the indicators, under the table; indicators not yet in force, once. */
export function MissingDataNotes({ rows, failedThemes, period }: { rows: readonly LeagueRow[]; failedThemes: readonly ThemeId[]; period: Period }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const notApplicable = notApplicableIndicators(period);
  // A failed source is said once above the table, an indicator not in force once below it: neither once per unit.
  const missingOf = (r: LeagueRow) => r.missing.filter((id) => !failedThemes.includes(indicatorDef(id).theme) && !notApplicable.includes(id));
  const withMissing = rows.filter((r) => missingOf(r).length > 0 && r.rank !== null);
  if (!withMissing.length && !notApplicable.length) return null;
  return (
    <ul className="missing-notes" data-testid="missing-notes">
      {notApplicable.map((id) => {
        const basis = indicator(id).legalBasis[0];
        return (
          <li key={id} data-testid="not-applicable-note">
            * {t('rankingsPage.league.notApplicable', { indicators: t(`rankingsPage.indicators.${id}`), basis: basis ? basis.document[lang] : '', from: basis ? formatDate(basis.from, lang) : '' })}
          </li>
        );
      })}
      {groupByGaps(withMissing, missingOf).map(({ rows: same, missing }) => {
        const indicators = missing.map((id) => t(`rankingsPage.indicators.${id}`)).join('; ');
        // Many units with the same gaps (a system not yet reporting by the new units) are said once, names folded.
        if (same.length > MAX_NAMED)
          return (
            <li key={same[0]?.code} data-testid="missing-many">
              * {t('rankingUnits.missingMany', { count: same.length, indicators })}
              <details>
                <summary>{t('rankingUnits.missingWhich')}</summary>
                {same.map((r) => r.name).join(', ')}
              </details>
            </li>
          );
        return same.map((r) => <li key={r.code}>* {t('rankingsPage.league.missingNote', { unit: r.name, indicators })}</li>);
      })}
    </ul>
  );
}
