import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import { parsePeriod, quartersOf, type Period, type QuarterKey } from '../../domain/period';
import { formatPercent, formatPeriodShort } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildDisclosureTrendOption, trendPoints } from './disclosure-trend';
import type { DistrictDisclosureQuarter } from '../../domain/disclosure';
import { DISCLOSURE_MEASURES, type DisclosureMeasure } from './measures';
import { trendTable, type TableMeta } from './tables';

interface TrendPanelProps {
  readonly rows: readonly DistrictDisclosureQuarter[] | null;
  /** Every quarter the system holds, oldest first. */
  readonly quarters: readonly QuarterKey[];
  readonly period: Period;
  readonly unitCodes?: ReadonlySet<string>;
  readonly scopeName: string;
  readonly meta: (title: string, fileBase: string, asOf: string | null | undefined) => TableMeta;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf?: string | null;
}

const quarterPeriod = (q: QuarterKey): Period => parsePeriod(q) ?? { kind: 'quarter', year: Number(q.slice(0, 4)), index: 1 };

/** Quarter by quarter since the first report, with the same quarter last year and the 2023-07 switch marked. */
export function TrendPanel(props: TrendPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [measure, setMeasure] = useState<DisclosureMeasure>('onTime');
  const { rows, quarters, period, unitCodes, scopeName, meta, asOf } = props;
  const title = t('disclosurePage.trend.title', { scope: scopeName });
  const labelOf = (q: QuarterKey) => formatPeriodShort(quarterPeriod(q), lang);
  const points = useMemo(() => (rows ? trendPoints(rows, quarters, measure, unitCodes) : null), [rows, quarters, measure, unitCodes]);
  const names = {
    value: `${t(`disclosurePage.measureShort.${measure}`)} · ${scopeName}`,
    lastYear: t('disclosurePage.trend.lastYear'),
    province: unitCodes ? t('disclosurePage.trend.province') : undefined,
  };

  const option = useMemo(
    () =>
      points &&
      buildDisclosureTrendOption({
        points,
        labelOf,
        names,
        format: (v) => formatPercent(v, lang, 0),
        switchLabel: t('disclosurePage.trend.switchLabel'),
        selected: quartersOf(period),
      }),
    // labelOf and names derive from lang, measure, scope and t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [points, period, lang, t, scopeName, measure, unitCodes],
  );
  const table = useMemo(
    () => points && trendTable(points, { quarter: labelOf, value: names.value, province: names.province }, t, meta(`${title} – ${t(`disclosurePage.measure.${measure}`)}`, `xu-huong-${measure}`, asOf)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [points, lang, t, meta, title, measure, asOf, scopeName, unitCodes],
  );

  return (
    <ChartPanel
      title={title}
      sources={['disclosure']}
      asOf={asOf}
      definition={t('disclosurePage.trend.definition')}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      option={option}
      table={table}
      height={340}
      ariaLabel={`${t('disclosurePage.trend.aria')}: ${t(`disclosurePage.measure.${measure}`)}, ${scopeName}`}
      testId="panel-trend"
      className="span-12"
      controls={
        <label className="disclosure-control">
          <span>{t('disclosurePage.trend.measure')}</span>
          <select value={measure} onChange={(e) => setMeasure(e.target.value as DisclosureMeasure)}>
            {DISCLOSURE_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`disclosurePage.measure.${m}`)}
              </option>
            ))}
          </select>
        </label>
      }
      footnote={<p className="kpi-note">{t('disclosurePage.trend.note')}</p>}
    />
  );
}
