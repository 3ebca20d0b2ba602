import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import { formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildSharesOption } from './build-shares-option';
import { sharesTable } from './emulation-tables';
import { valueIn } from './emulation-view';
import type { EmulationPageModel } from './use-emulation-model';

interface SharesPanelProps {
  readonly model: EmulationPageModel;
  readonly unitCode: string | null;
  readonly onSelect: (code: string) => void;
}

/** Exemplary and replicated shares by unit, against the province's. */
export function SharesPanel({ model, unitCode, onSelect }: SharesPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { summary, figures, unitName, labels, stockYear } = model;
  const title = t('emulationPage.sharesTitle', { year: stockYear });
  const provinceExemplary = valueIn(figures?.province, 'emulation.exemplaryShare');
  const provinceReplicated = valueIn(figures?.province, 'emulation.replicatedShare');
  const option = useMemo(
    () =>
      summary && figures
        ? buildSharesOption(
            summary.districts.map((d) => ({
              code: d.unitCode,
              name: unitName(d.unitCode),
              exemplaryShare: valueIn(figures.units.get(d.unitCode), 'emulation.exemplaryShare'),
              replicatedShare: valueIn(figures.units.get(d.unitCode), 'emulation.replicatedShare'),
            })),
            {
              format: (v) => formatPercent(v, lang, 0),
              selectedCode: unitCode,
              labels: { exemplary: labels.exemplaryShare, replicated: labels.replicatedShare },
              province: { exemplaryShare: provinceExemplary, replicatedShare: provinceReplicated },
              provinceLabels: {
                exemplary: t('emulationPage.provinceExemplary', { value: formatPercent(provinceExemplary, lang) }),
                replicated: t('emulationPage.provinceReplicated', { value: formatPercent(provinceReplicated, lang) }),
              },
            },
          )
        : null,
    [summary, figures, unitName, unitCode, labels, provinceExemplary, provinceReplicated, lang, t],
  );
  const knownUnit = (code: string) => summary?.districts.some((d) => d.unitCode === code) ?? false;

  return (
    <ChartPanel
      {...model.panelState}
      title={title}
      definition={t('emulationPage.sharesDef')}
      table={summary && figures ? sharesTable(summary, figures.units, unitName, labels, model.frame(title, 'ty-le')) : null}
      option={option}
      height={Math.max(400, (summary?.districts.length ?? 13) * 36 + 60)}
      ariaLabel={t('emulationPage.sharesAria')}
      onItemClick={({ name }) => knownUnit(name) && onSelect(name)}
      selectedKey={unitCode}
      onSelectRow={onSelect}
      testId="emulation-shares"
      className="span-6"
    />
  );
}
