import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_METRICS, type UnitMetric } from './emulation-view';

/** Radio buttons choosing the indicator of the map and the ranking: a page-local view choice. */
export function MetricSwitch({ value, onChange }: { readonly value: UnitMetric; readonly onChange: (m: UnitMetric) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="metric-switch span-12" data-testid="metric-switch">
      <legend>{t('emulationPage.metricLabel')}</legend>
      {UNIT_METRICS.map((m) => (
        <label key={m} className={m === value ? 'checked' : undefined}>
          <input type="radio" name={name} value={m} checked={m === value} onChange={() => onChange(m)} />
          <span>{t(`emulationPage.metric_${m}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
