import { useTranslation } from 'react-i18next';
import type { PopulationLookup } from '../../domain/population';
import type { PopulationProblem } from '../../domain/units';
import { formatNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { UnitLabel } from './complaint-view';
import { populationSourceText } from './population-source';
import { populationSummary } from './population-summary';

/** Where the residents behind every "per 10,000" figure come from: a line, and a table per unit on request. */
export function PopulationNote({ districts, population, problems }: { districts: readonly UnitLabel[]; population: PopulationLookup; problems: readonly PopulationProblem[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <div className="population-note" data-testid="population-note">
      <p>{populationSummary(t, districts, population)}</p>
      {problems.length > 0 && (
        <p className="chart-note" role="note" data-testid="population-invalid">
          {t('complaintsPage.population.invalid', { units: problems.map((p) => `${p.fullName} (${p.path} = ${p.value})`).join('; ') })}
        </p>
      )}
      <details>
        <summary>{t('complaintsPage.population.details')}</summary>
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('complaintsPage.columns.unit')}</th>
                <th scope="col" className="num">
                  {t('complaintsPage.columns.population')}
                </th>
                <th scope="col">{t('complaintsPage.columns.populationYear')}</th>
                <th scope="col">{t('complaintsPage.columns.populationSource')}</th>
              </tr>
            </thead>
            <tbody>
              {districts.map((d) => {
                const p = population(d.code);
                const caveats = p?.estimate ? [] : [p ? populationSourceText(t, p.source) : '–', ...(p?.year === null ? [t('complaintsPage.population.noYear')] : [])];
                return (
                  <tr key={d.code}>
                    <th scope="row">{d.name}</th>
                    <td className="num">{formatNumber(p?.population ?? null, lang)}</td>
                    <td>{p?.year ?? '–'}</td>
                    <td>{p ? (p.estimate ? <strong>{t('complaintsPage.population.estimate')}</strong> : caveats.join('; ')) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
