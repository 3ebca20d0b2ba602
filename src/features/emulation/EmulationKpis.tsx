import { useTranslation } from 'react-i18next';
import type { ModelCounts } from '../../domain/emulation-metrics';
import { change } from '../../domain/ratio';
import { formatNumber, formatPercent, formatPointChange, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { valueIn, type EmulationFigures } from './emulation-view';
import { agreesWithPublished, type PublishedFigures } from './published';

interface KpiSpec {
  readonly id: string;
  readonly label: string;
  readonly current: number | null;
  readonly previous: number | null;
  readonly kind: 'count' | 'percent';
}

interface EmulationKpisProps {
  readonly year: number;
  /** The scope's catalogue figures at the year end, and at the one before (null when the registry does not reach back). */
  readonly current: EmulationFigures;
  readonly previous: EmulationFigures | null;
  /** The registrations of the year (a flow the catalogue does not define), now and the year before. */
  readonly registered: { readonly current: ModelCounts; readonly previous: ModelCounts | null };
  readonly province: EmulationFigures;
  readonly published: PublishedFigures | null;
}

const arrow = (d: number | null) => (d === null || d === 0 ? '' : d > 0 ? '▲ ' : '▼ ');

/** Headline counts of the selected scope, each against the year before; the province's published figures when there are some. */
export function EmulationKpis({ year, current, previous, registered, province, published }: EmulationKpisProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const kpis: KpiSpec[] = [
    { id: 'models', label: t('emulationPage.kpiModels'), current: valueIn(current, 'emulation.models'), previous: valueIn(previous, 'emulation.models'), kind: 'count' },
    {
      id: 'recognised',
      label: t('emulationPage.kpiRecognised'),
      current: current['emulation.recognisedShare'].numerator,
      previous: previous?.['emulation.recognisedShare'].numerator ?? null,
      kind: 'count',
    },
    { id: 'exemplary', label: t('emulationPage.kpiExemplary'), current: valueIn(current, 'emulation.exemplary'), previous: valueIn(previous, 'emulation.exemplary'), kind: 'count' },
    {
      id: 'exemplary-share',
      label: t('emulationPage.kpiExemplaryShare'),
      current: valueIn(current, 'emulation.exemplaryShare'),
      previous: valueIn(previous, 'emulation.exemplaryShare'),
      kind: 'percent',
    },
    {
      id: 'replicated-share',
      label: t('emulationPage.kpiReplicatedShare'),
      current: valueIn(current, 'emulation.replicatedShare'),
      previous: valueIn(previous, 'emulation.replicatedShare'),
      kind: 'percent',
    },
    {
      id: 'registered',
      label: t('emulationPage.kpiRegisteredInYear', { year }),
      current: registered.current.registeredInYear,
      previous: registered.previous?.registeredInYear ?? null,
      kind: 'count',
    },
  ];
  const provinceCounts = { models: valueIn(province, 'emulation.models'), exemplary: valueIn(province, 'emulation.exemplary') };
  const format = (k: KpiSpec, v: number | null) => (k.kind === 'percent' ? formatPercent(v, lang) : formatNumber(v, lang));
  const formatChange = (k: KpiSpec, d: number | null) =>
    k.kind === 'percent' ? t('emulationPage.points', { value: formatPointChange(d, lang) }) : formatSignedNumber(d, lang);

  return (
    <>
      <ul className="kpis emulation-kpis">
        {kpis.map((k) => {
          const delta = change(k.current, k.previous);
          return (
            <li key={k.id} className="kpi" data-testid={`emu-kpi-${k.id}`}>
              <p className="kpi-label">{k.label}</p>
              <p className="kpi-value" data-testid={`emu-kpi-${k.id}-value`}>
                {format(k, k.current)}
              </p>
              <p className="kpi-changes">
                {k.previous === null
                  ? t('emulationPage.noComparison', { year: year - 1 })
                  : `${arrow(delta)}${formatChange(k, delta)} ${t('emulationPage.vsYear', { year: year - 1 })}`}
              </p>
            </li>
          );
        })}
      </ul>
      {published && (
        <p className="emulation-published" data-testid="emulation-published">
          {t('emulationPage.published', { year: published.year, models: formatNumber(published.models, lang), exemplary: formatNumber(published.exemplary, lang) })}{' '}
          {agreesWithPublished(provinceCounts, published)
            ? t('emulationPage.publishedMatch')
            : t('emulationPage.publishedMismatch', { models: formatNumber(provinceCounts.models, lang), exemplary: formatNumber(provinceCounts.exemplary, lang) })}
        </p>
      )}
    </>
  );
}
