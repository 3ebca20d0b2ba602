import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { change } from '../../domain/ratio';
import { formatDate, formatNumber, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildGrowthOption } from './build-growth-option';
import { growthTable } from './emulation-tables';
import { growthByYear } from './emulation-view';
import type { EmulationPageModel } from './use-emulation-model';

/** Year-end stocks and each year's registrations since the registry began, for the unit or the province. */
export function GrowthPanel({ model }: { readonly model: EmulationPageModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { models, years, labels, stockYear, unitLabel, focusUnit, foundedYear, focusCodes } = model;
  // Counted here rather than with the page's model: one count per registry year is this panel's own work, done in the
  // background pass after the headline figures (see Deferred) instead of in the page's first render.
  const growth = useMemo(
    () => (models && years ? growthByYear(models, years.first, years.last, focusCodes, foundedYear) : null),
    [models, years, focusCodes, foundedYear],
  );
  const title = years ? t('emulationPage.growthTitle', { first: years.first, last: years.last, unit: unitLabel }) : t('emulationPage.growthTitleNoYears', { unit: unitLabel });
  const option = useMemo(
    () =>
      growth
        ? buildGrowthOption(growth, {
            format: (v) => formatNumber(v, lang),
            labels: { models: labels.models, recognised: labels.recognised, exemplary: labels.exemplary, registeredInYear: labels.registeredInYear },
            selectedYear: stockYear,
            selectedLabel: t('emulationPage.growthSelected', { year: stockYear }),
            comparedLabel: t('emulationPage.growthCompared', { year: stockYear - 1 }),
            axisNames: { cumulative: t('emulationPage.growthAxisCumulative'), inYear: t('emulationPage.growthAxisInYear') },
          })
        : null,
    [growth, labels, stockYear, lang, t],
  );
  const now = growth?.find((r) => r.year === stockYear);
  const before = growth?.find((r) => r.year === stockYear - 1);

  return (
    <ChartPanel
      {...model.panelState}
      title={title}
      definition={t('emulationPage.growthDef')}
      table={growth ? growthTable(growth, labels, model.frame(title, 'tang-truong')) : null}
      option={option}
      height={360}
      ariaLabel={t('emulationPage.growthAria')}
      selectedKey={String(stockYear)}
      testId="emulation-growth"
      className="span-12"
      footnote={
        <>
          {now && now.models !== null && (
            <p className="kpi-note" data-testid="growth-summary">
              {t('emulationPage.growthSummary', {
                year: stockYear,
                models: formatNumber(now.models, lang),
                change: before ? formatSignedNumber(change(now.models, before.models), lang) : '–',
                previous: stockYear - 1,
                exemplary: formatNumber(now.exemplary, lang),
                exemplaryChange: before ? formatSignedNumber(change(now.exemplary, before.exemplary), lang) : '–',
              })}
            </p>
          )}
          {focusUnit && foundedYear !== null && (
            <p className="kpi-note" data-testid="growth-founded">
              {t('emulationPage.foundedNote', { unit: focusUnit.fullName, date: formatDate(focusUnit.validFrom, lang) })}
            </p>
          )}
        </>
      }
    />
  );
}
