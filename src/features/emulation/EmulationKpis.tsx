import { useTranslation } from 'react-i18next';
import type { ModelCounts } from '../../domain/emulation-metrics';
import { change, rateOf } from '../../domain/ratio';
import { formatNumber, formatPercent, formatPointChange, formatSignedNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { exemplaryShare } from './emulation-view';
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
  readonly current: ModelCounts;
  /** The same scope at the end of the year before; null when the registry does not reach back that far. */
  readonly previous: ModelCounts | null;
  readonly province: ModelCounts;
  readonly published: PublishedFigures | null;
}

const arrow = (d: number | null) => (d === null || d === 0 ? '' : d > 0 ? '▲ ' : '▼ ');

/** Headline counts of the selected scope, each against the year before; the province's published figures when there are some. */
export function EmulationKpis({ year, current, previous, province, published }: EmulationKpisProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const kpis: KpiSpec[] = [
    { id: 'models', label: t('emulationPage.kpiModels'), current: current.models, previous: previous?.models ?? null, kind: 'count' },
    { id: 'recognised', label: t('emulationPage.kpiRecognised'), current: current.recognised, previous: previous?.recognised ?? null, kind: 'count' },
    { id: 'exemplary', label: t('emulationPage.kpiExemplary'), current: current.exemplary, previous: previous?.exemplary ?? null, kind: 'count' },
    {
      id: 'exemplary-share',
      label: t('emulationPage.kpiExemplaryShare'),
      current: rateOf(exemplaryShare(current)),
      previous: previous ? rateOf(exemplaryShare(previous)) : null,
      kind: 'percent',
    },
    {
      id: 'replicated-share',
      label: t('emulationPage.kpiReplicatedShare'),
      current: rateOf(current.replicatedShare),
      previous: previous ? rateOf(previous.replicatedShare) : null,
      kind: 'percent',
    },
    {
      id: 'registered',
      label: t('emulationPage.kpiRegisteredInYear', { year }),
      current: current.registeredInYear,
      previous: previous?.registeredInYear ?? null,
      kind: 'count',
    },
  ];
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
          {agreesWithPublished(province, published)
            ? t('emulationPage.publishedMatch')
            : t('emulationPage.publishedMismatch', { models: formatNumber(province.models, lang), exemplary: formatNumber(province.exemplary, lang) })}
        </p>
      )}
    </>
  );
}
