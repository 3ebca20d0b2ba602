import { useTranslation } from 'react-i18next';
import type { Language } from '../../lib/i18n';
import { formatIndicator, formatScore } from './format';
import { RankMoveText } from './RankParts';
import type { ScorecardTheme } from './scorecard';

/** Units named beside a best value shared by several. */
const BEST_NAMED = 3;

/** Every theme's headline indicators: the unit's value, the province's, the best unit's, the unit's rank and move. */
export function Scorecard({ themes, names }: { themes: readonly ScorecardTheme[]; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  // Many of the 69 units can share the best value (100 % disclosed on time): name a few and count the rest, so the
  // scorecard keeps to its one printed page.
  const bestUnits = (all: readonly string[]) =>
    all.length <= BEST_NAMED ? all.join(', ') : t('rankingsPage.unit.bestMore', { names: all.slice(0, BEST_NAMED).join(', '), count: all.length - BEST_NAMED });
  return (
    <div className="scorecard">
      {themes.map((theme) => (
        <section key={theme.id} className="sc-theme" data-testid={`scorecard-${theme.id}`} aria-labelledby={`sc-${theme.id}`}>
          <h3 id={`sc-${theme.id}`} className="sc-theme-title">
            <span>{t(`rankingsPage.themes.${theme.id}`)}</span>
            <span className="sc-theme-figures" data-testid={`scorecard-${theme.id}-summary`}>
              {theme.score === null ? (
                t('rankingsPage.unit.themeMissing')
              ) : (
                <>
                  {t('rankingsPage.unit.themeLine', { rank: theme.rank, score: formatScore(theme.score, lang) })} <RankMoveText change={theme.rankChange} />
                </>
              )}
            </span>
          </h3>
          <ul className="sc-indicators">
            {theme.indicators.map((ind) => (
              <li key={ind.id} className="sc-indicator" data-testid={`scorecard-${ind.id}`}>
                <p className="sc-label">{t(`rankingsPage.indicators.${ind.id}`)}</p>
                {ind.value === null ? (
                  <p className="sc-nodata">{t('rankingsPage.unit.noData')}</p>
                ) : (
                  <dl className="sc-grid">
                    <div className="sc-own">
                      <dt>{t('rankingsPage.unit.value')}</dt>
                      <dd data-testid={`unit-value-${ind.id}`}>{formatIndicator(ind.id, ind.value, lang)}</dd>
                    </div>
                    <div>
                      <dt>{t('rankingsPage.unit.province')}</dt>
                      <dd data-testid={`province-value-${ind.id}`}>{formatIndicator(ind.id, ind.province, lang)}</dd>
                    </div>
                    <div>
                      <dt>{t('rankingsPage.unit.best')}</dt>
                      <dd>
                        {ind.best ? formatIndicator(ind.id, ind.best.value, lang) : '–'}
                        {ind.best && <small className="sc-best-unit">{bestUnits(ind.best.codes.map((c) => names.get(c) ?? c))}</small>}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('rankingsPage.unit.rank')}</dt>
                      <dd data-testid={`unit-rank-${ind.id}`}>
                        {ind.rank ?? '–'}/{ind.rankedCount} <RankMoveText change={ind.rankChange} />
                      </dd>
                    </div>
                  </dl>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
