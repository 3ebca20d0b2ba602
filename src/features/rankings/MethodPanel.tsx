import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DISTRICT_POPULATION } from '../../domain/population';
import { indicatorDef, roundedShares, shares, type RankingMethod } from '../../domain/ranking';
import { formatNumber, formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { formatIndicator } from './format';

/**
 * "How rankings are computed": the weights, targets and thresholds actually in use (the config's or the defaults),
 * read from the same method object the ranking ran with, so what is shown is what was applied.
 */
export function MethodPanel({ method, fromConfig, unitNames, className }: { method: RankingMethod; fromConfig: boolean; unitNames: ReadonlyMap<string, string>; className?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const headingId = useId();
  const exactThemeShares = shares(method.themes.map((th) => [th.id, th.weight] as const));
  // Shown rounded by largest remainder, so each column adds up to exactly 100 % as printed.
  const themeShares = roundedShares(exactThemeShares, 0.01);
  const overallShares = roundedShares(
    new Map(
      method.themes.flatMap((th) => {
        const inTheme = shares(th.indicators.map((i) => [i.id, i.weight] as const));
        return th.indicators.map((i) => [i.id, (exactThemeShares.get(th.id) ?? 0) * (inTheme.get(i.id) ?? 0)] as const);
      }),
    ),
    0.001,
  );
  const pct = (v: number | undefined) => formatPercent(v ?? 0, lang, 0);
  const { good, fair, average } = method.tiers;

  return (
    <section className={`panel method-panel ${className ?? ''}`} aria-labelledby={headingId} data-testid="method-panel">
      <header className="panel-header">
        <h2 id={headingId} className="panel-title">
          {t('rankingsPage.method.title')}
        </h2>
      </header>
      <div className="panel-body">
        <p className="method-source">{fromConfig ? t('rankingsPage.method.fromConfig') : t('rankingsPage.method.fromDefaults')}</p>
        <div className="table-scroll">
          <table className="data method-table">
            <thead>
              <tr>
                <th scope="col">{t('rankingsPage.method.indicator')}</th>
                <th scope="col">{t('rankingsPage.method.direction')}</th>
                <th scope="col">{t('rankingsPage.method.normalisation')}</th>
                <th scope="col" className="num">{t('rankingsPage.method.weightInTheme')}</th>
                <th scope="col" className="num">{t('rankingsPage.method.weightOverall')}</th>
              </tr>
            </thead>
            {method.themes.map((theme) => {
              const inTheme = roundedShares(shares(theme.indicators.map((i) => [i.id, i.weight] as const)), 0.01);
              const themeShare = themeShares.get(theme.id) ?? 0;
              return (
                <tbody key={theme.id} data-testid={`method-theme-${theme.id}`}>
                  <tr className="method-theme-row">
                    <th scope="colgroup" colSpan={4}>
                      {t(`rankingsPage.themes.${theme.id}`)}
                    </th>
                    <td className="num" data-testid={`method-weight-${theme.id}`}>
                      {pct(themeShare)}
                    </td>
                  </tr>
                  {theme.indicators.map((ind) => {
                    const def = indicatorDef(ind.id);
                    const n = ind.normalisation;
                    return (
                      <tr key={ind.id} data-testid={`method-${ind.id}`}>
                        <th scope="row">{t(`rankingsPage.indicators.${ind.id}`)}</th>
                        <td className="direction-cell" data-label={t('rankingsPage.method.direction')}>
                          <span aria-hidden="true" title={def.better === 'higher' ? t('rankingsPage.method.higher') : t('rankingsPage.method.lower')}>
                            {def.better === 'higher' ? '↑' : '↓'}
                          </span>
                          <span className="visually-hidden">{def.better === 'higher' ? t('rankingsPage.method.higher') : t('rankingsPage.method.lower')}</span>
                        </td>
                        <td data-label={t('rankingsPage.method.normalisation')}>
                          {n.kind === 'target'
                            ? t('rankingsPage.method.target', { floor: formatIndicator(ind.id, n.floor, lang), target: formatIndicator(ind.id, n.target, lang) })
                            : t('rankingsPage.method.range')}
                        </td>
                        <td className="num" data-label={t('rankingsPage.method.weightInTheme')}>{pct(inTheme.get(ind.id))}</td>
                        <td className="num" data-label={t('rankingsPage.method.weightOverall')}>{formatPercent(overallShares.get(ind.id) ?? 0, lang, 1)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
          </table>
        </div>
        <h3 className="method-subtitle">{t('rankingsPage.method.tiersTitle')}</h3>
        <ul className="tier-legend" data-testid="tier-legend">
          <li>
            <span className="tier-badge tier-good">{t('rankingsPage.tiers.good')}</span> {t('rankingsPage.method.tierRange', { from: formatNumber(good, lang) })}
          </li>
          <li>
            <span className="tier-badge tier-fair">{t('rankingsPage.tiers.fair')}</span> {t('rankingsPage.method.tierRange', { from: formatNumber(fair, lang) })}
          </li>
          <li>
            <span className="tier-badge tier-average">{t('rankingsPage.tiers.average')}</span> {t('rankingsPage.method.tierRange', { from: formatNumber(average, lang) })}
          </li>
          <li>
            <span className="tier-badge tier-weak">{t('rankingsPage.tiers.weak')}</span> {t('rankingsPage.method.tierBelow', { to: formatNumber(average, lang) })}
          </li>
        </ul>
        <p className="method-rules">{t('rankingsPage.method.rules')}</p>
        <p className="method-rules">{t('rankingsPage.method.stockNote')}</p>
        <details className="method-population">
          <summary>{t('rankingsPage.method.populationTitle')}</summary>
          <ul>
            {DISTRICT_POPULATION.map((p) => (
              <li key={p.code}>
                {unitNames.get(p.code) ?? p.code}: {formatNumber(p.population, lang)}
                {p.year ? ` (${p.year})` : ''}
                {p.estimate ? ` — ${t('rankingsPage.method.populationEstimate')}` : ''}
              </li>
            ))}
          </ul>
        </details>
      </div>
    </section>
  );
}
