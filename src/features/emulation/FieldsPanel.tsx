import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { formatNumber, formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildFieldBarsOption } from './build-field-bars-option';
import { fieldTable } from './emulation-tables';
import { fieldMatrix } from './field-matrix';
import type { EmulationPageModel } from './use-emulation-model';

interface FieldsPanelProps {
  readonly model: EmulationPageModel;
  readonly unitCode: string | null;
  readonly onSelect: (code: string) => void;
}

/** Models by field and unit, as counts or as each unit's mix of fields. */
export function FieldsPanel({ model, unitCode, onSelect }: FieldsPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [fieldMode, setFieldMode] = useState<'count' | 'share'>('count');
  const { summary, fields, unitName, stockYear } = model;
  const matrix = useMemo(() => (summary ? fieldMatrix(summary, fields, unitName, t('emulationPage.provinceName')) : null), [summary, fields, unitName, t]);
  const title = t('emulationPage.fieldsTitle', { year: stockYear });
  const option = useMemo(
    () => (matrix ? buildFieldBarsOption(matrix, { mode: fieldMode, format: (v) => (fieldMode === 'count' ? formatNumber(v, lang) : formatPercent(v, lang, 0)), selectedCode: unitCode }) : null),
    [matrix, fieldMode, unitCode, lang],
  );
  const knownUnit = (code: string) => summary?.districts.some((d) => d.unitCode === code) ?? false;

  return (
    <ChartPanel
      {...model.panelState}
      title={title}
      definition={t('emulationPage.fieldsDef')}
      table={matrix ? fieldTable(matrix, fieldMode, model.labels, model.frame(title, fieldMode === 'count' ? 'linh-vuc' : 'co-cau-linh-vuc')) : null}
      option={option}
      height={Math.max(360, (summary?.districts.length ?? 13) * 30 + 40)}
      ariaLabel={t('emulationPage.fieldsAria')}
      onItemClick={({ name }) => knownUnit(name) && onSelect(name)}
      selectedKey={unitCode}
      onSelectRow={onSelect}
      testId="emulation-fields"
      className="span-6"
      footnote={
        <fieldset className="mode-switch">
          <legend className="visually-hidden">{t('emulationPage.fieldsMode')}</legend>
          {(['count', 'share'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="emulation-field-mode" value={m} checked={fieldMode === m} onChange={() => setFieldMode(m)} />
              <span>{m === 'count' ? t('emulationPage.fieldsCount') : t('emulationPage.fieldsShare')}</span>
            </label>
          ))}
        </fieldset>
      }
    />
  );
}
