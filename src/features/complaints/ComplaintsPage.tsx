import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotComparableNote } from '../../components/panel/NotComparableNote';
import { Deferred } from '../../components/panel/Deferred';
import { NotComparableProvider } from '../../components/panel/not-comparable-context';
import { useDashboardState } from '../../state/url-state';
import { formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { HEADLINES, type Headline } from './complaint-view';
import { ComparisonPanel } from './ComparisonPanel';
import { HandlingPanel, QualityPanel } from './HandlingPanels';
import { HeadlinePanels } from './HeadlinePanels';
import { ReceptionPanel } from './ReceptionPanel';
import { SummaryPanel } from './SummaryPanel';
import { SurgeNotice } from './SurgeNotice';
import { ToggleGroup } from './ToggleGroup';
import { TypeTrendPanel } from './TypeTrendPanel';
import { useComplaintsModel } from './use-complaints-model';
import './complaints.css';
import './messages';

/**
 * Khiếu nại, tố cáo: petitions received, resolved and overdue, repeat and over-level petitions, and the chairs'
 * citizen-reception sessions, by district, for the period and unit in the URL. Every panel reads the same
 * monthly reports through the same domain functions; clicking a unit anywhere selects it page-wide.
 */
export default function ComplaintsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { period, unitCode, toggleUnit } = useDashboardState();
  const [headline, setHeadline] = useState<Headline>('per10k');
  const model = useComplaintsModel(period);

  const selected = unitCode ? model.figures.find((f) => f.code === unitCode) : undefined;
  const scope = selected ?? model.province;
  const lastYearScope = selected ? (model.lastYearFigures.find((f) => f.code === selected.code) ?? null) : model.lastYearProvince;
  const scopeName = scope.name;
  const { districtCodes } = model;

  // Only units of the page can be selected; clicking the selected one clears the selection.
  const select = useCallback(
    (code: string) => {
      if (districtCodes.has(code)) toggleUnit(code);
    },
    [districtCodes, toggleUnit],
  );
  const panelProps = { model, period, unitCode, scopeName, onSelect: select };

  return (
    <NotComparableProvider codes={model.data.notComparable}>
      <div className="page complaints-page">
        <header className="page-header">
          <h1>{t('complaintsPage.title')}</h1>
          <p data-testid="complaints-subtitle">{t('complaintsPage.subtitle', { unit: scopeName, period: formatPeriod(period, lang) })}</p>
          <NotComparableNote codes={model.data.notComparable} nameOf={(code) => model.districts.find((d) => d.code === code)?.name ?? code} />
        </header>
        <div className="page-grid">
          <SummaryPanel model={model} scope={scope} lastYear={lastYearScope} />
          <SurgeNotice surges={model.surgesInPeriod} units={model.districts} selectedCode={unitCode} onSelect={select} />
          <div className="span-12 complaints-headline">
            <ToggleGroup
              label={t('complaintsPage.headline.label')}
              options={HEADLINES.map((h) => ({ value: h, label: t(`complaintsPage.headline.${h}`) }))}
              value={headline}
              onChange={setHeadline}
              testId="headline-switch"
            />
          </div>
          {/* Below the summary and the switch: rendered in the background once the figures are in (see Deferred). */}
          <Deferred>
            <HeadlinePanels {...panelProps} headline={headline} />
            <TypeTrendPanel {...panelProps} />
            <HandlingPanel {...panelProps} />
            <QualityPanel {...panelProps} />
            <ReceptionPanel {...panelProps} />
            <ComparisonPanel {...panelProps} />
          </Deferred>
        </div>
      </div>
    </NotComparableProvider>
  );
}
