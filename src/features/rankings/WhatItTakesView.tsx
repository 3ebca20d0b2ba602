import { useTranslation } from 'react-i18next';
import { indicatorDef, type UnitRanking, type WhatItTakes } from '../../domain/ranking';
import { formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { formatIndicator, formatIndicatorChange, formatScore } from './format';

/** "What it takes": the gap to the unit above and every single-indicator way of closing it, soonest first. */
export function WhatItTakesView({ takes, unit, names }: { takes: WhatItTakes | null; unit: UnitRanking; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  if (unit.rank === null) return <p>{t('rankingsPage.unit.unranked')}</p>;
  if (!takes) return <p data-testid="takes-first">{t('rankingsPage.unit.takesFirst')}</p>;
  const soonest = takes.paths[0];
  const valueOf = (id: Parameters<typeof indicatorDef>[0]) => unit.indicators[id].value?.value ?? null;
  return (
    <div className="takes" data-testid="takes">
      <p className="takes-gap" data-testid="takes-gap">
        {t('rankingsPage.unit.takesGap', { points: formatScore(takes.pointsNeeded, lang), unit: names.get(takes.aboveCode) ?? takes.aboveCode, score: formatScore(takes.aboveScore, lang) })}
      </p>
      {soonest ? (
        <p className="takes-soonest" data-testid="takes-soonest" data-indicator={soonest.id}>
          {t(soonest.change >= 0 ? 'rankingsPage.unit.takesSoonest' : 'rankingsPage.unit.takesSoonestDown', {
            indicator: t(`rankingsPage.indicators.${soonest.id}`),
            from: formatIndicator(soonest.id, valueOf(soonest.id), lang),
            to: formatIndicator(soonest.id, soonest.valueNeeded, lang),
            change: formatIndicatorChange(soonest.id, soonest.change, lang),
            share: formatPercent(soonest.effort, lang, 0),
          })}
        </p>
      ) : (
        <p>{t('rankingsPage.unit.takesNone')}</p>
      )}
      {takes.paths.length > 1 && (
        <div className="table-scroll">
          <table className="data takes-table">
            <thead>
              <tr>
                <th scope="col">{t('rankingsPage.unit.takesIndicator')}</th>
                <th scope="col" className="num">{t('rankingsPage.unit.takesNow')}</th>
                <th scope="col" className="num">{t('rankingsPage.unit.takesNeeded')}</th>
                <th scope="col" className="num">{t('rankingsPage.unit.takesShare')}</th>
              </tr>
            </thead>
            <tbody>
              {takes.paths.map((p) => (
                <tr key={p.id} className={p === soonest ? 'selected' : undefined}>
                  <th scope="row">{t(`rankingsPage.short.${p.id}`)}</th>
                  <td className="num">{formatIndicator(p.id, valueOf(p.id), lang)}</td>
                  <td className="num">
                    {formatIndicator(p.id, p.valueNeeded, lang)}
                    <small className="takes-change">{formatIndicatorChange(p.id, p.change, lang)}</small>
                  </td>
                  <td className="num">{formatPercent(p.effort, lang, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {takes.outOfReach.filter((id) => unit.indicators[id].score !== null).length > 0 && (
        <p className="takes-out">
          {t('rankingsPage.unit.takesOutOfReach', {
            indicators: takes.outOfReach
              .filter((id) => unit.indicators[id].score !== null)
              .map((id) => t(`rankingsPage.indicators.${id}`))
              .join('; '),
          })}
        </p>
      )}
    </div>
  );
}
