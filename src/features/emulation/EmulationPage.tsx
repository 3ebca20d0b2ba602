import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboardState } from '../../state/url-state';
import { Panel } from '../../components/panel';
import { Deferred } from '../../components/panel/Deferred';
import type { ModelLevel } from '../../domain/emulation';
import { formatNumber, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { EmulationKpis } from './EmulationKpis';
import type { RegistryNames } from './emulation-tables';
import type { UnitMetric } from './emulation-view';
import { FieldsPanel } from './FieldsPanel';
import { GrowthPanel } from './GrowthPanel';
import { MetricSwitch } from './MetricSwitch';
import { MODEL_LEVELS } from './registry-filter';
import { RegistryPanel } from './RegistryPanel';
import { SharesPanel } from './SharesPanel';
import { UnitMetricPanels } from './UnitMetricPanels';
import { useEmulationModel } from './use-emulation-model';
import './emulation.css';

/**
 * "Dân vận khéo": models registered, recognised, exemplary and replicated, by unit and field, their growth since the
 * registry began, and the registry itself, at the year end the period shows. The model hook gives every figure from
 * the catalogue; the panels draw them; clicking a unit anywhere selects it page-wide.
 */
export default function EmulationPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { period, unitCode, setUnit, toggleUnit } = useDashboardState();
  const model = useEmulationModel(period, unitCode);
  const [metric, setMetric] = useState<UnitMetric>('exemplaryShare');
  const { stockYear, figures, unitName, fields, communesByCode } = model;

  // Four level names, asked for once per registry row: looked up once per language, not translated per row.
  const levelName = useMemo(() => {
    const byLevel = new Map(MODEL_LEVELS.map((level) => [level, t(`emulationPage.level_${level}`)]));
    return (level: ModelLevel) => byLevel.get(level) ?? t(`emulationPage.level_${level}`);
  }, [t]);
  const names = useMemo<RegistryNames>(() => {
    const fieldNames = new Map(fields.map((f) => [f.code, f.name]));
    return {
      unit: unitName,
      commune: (code) => (code === null ? null : (communesByCode.get(code)?.fullName ?? code)),
      field: (code) => fieldNames.get(code) ?? code,
      level: levelName,
    };
  }, [fields, unitName, communesByCode, levelName]);

  const stockNote =
    period.kind === 'year'
      ? t('emulationPage.stockNote', { year: stockYear })
      : t('emulationPage.stockNoteSubYear', { period: formatPeriod(period, lang), year: stockYear });
  const panelProps = { model, unitCode, onSelect: toggleUnit };

  return (
    <div className="page emulation-page">
      <header className="page-header">
        <h1>{t('emulationPage.title')}</h1>
        <p data-testid="emulation-subtitle">{t('emulationPage.subtitle', { unit: model.unitLabel, period: formatPeriod(period, lang) })}</p>
        <p className="stock-note" data-testid="emulation-stock-note">
          {stockNote}
        </p>
      </header>
      <div className="page-grid">
        <Panel
          {...model.panelState}
          title={t('emulationPage.kpiTitle', { year: stockYear })}
          definition={t('emulationPage.kpiDef')}
          testId="emulation-kpis"
          className="span-12 kpi-reserve kpi-reserve-emulation"
        >
          {figures?.focus && model.focusCounts && (
            <EmulationKpis
              year={stockYear}
              current={figures.focus}
              previous={figures.focusPrevious}
              registered={{ current: model.focusCounts, previous: model.focusCountsPrevious }}
              province={figures.province}
              published={model.published}
            />
          )}
          {model.unlisted > 0 && <p className="kpi-note">{t('emulationPage.unlisted', { n: formatNumber(model.unlisted, lang) })}</p>}
        </Panel>

        <MetricSwitch value={metric} onChange={setMetric} />
        {/* Below the headline and the switch: rendered in the background once the figures are in (see Deferred). */}
        <Deferred>
          <UnitMetricPanels {...panelProps} metric={metric} />
          <FieldsPanel {...panelProps} />
          <SharesPanel {...panelProps} />
          <GrowthPanel model={model} />

          <RegistryPanel
            models={model.models}
            fields={fields}
            asOf={model.asOf}
            status={model.registry.status}
            error={model.registry.error}
            onRetry={() => void model.registry.refetch()}
            firstYear={model.years?.first ?? stockYear}
            lastYear={model.years?.last ?? stockYear}
            stockYear={stockYear}
            unitCode={unitCode}
            units={model.districts}
            names={names}
            labels={model.labels}
            frame={(filters) => model.frame(t('emulationPage.registryTitle'), 'so-theo-doi', [t('emulationPage.context.filters', { filters })], false)}
            onSelectUnit={(code) => code !== unitCode && setUnit(code)}
          />
        </Deferred>
      </div>
    </div>
  );
}
