import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLevelWords } from '../../state/use-level-words';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import type { ContentsByBasis } from '../../domain/disclosure-contents';
import { quartersOf, type Period } from '../../domain/period';
import { formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildComplianceBarsOption } from './build-compliance-bars-option';
import { basesInForce } from './content-matrix';
import { shareOf } from './measures';
import { numberRanges, postingThresholds } from './posting-thresholds';
import { postingTable, type DistrictTotalsRow, type TableMeta } from './tables';

interface PostingPanelProps {
  readonly rows: readonly DistrictTotalsRow[];
  readonly contentsByBasis: ContentsByBasis | null;
  readonly period: Period;
  readonly selectedCode: string | null;
  readonly onSelect: (code: string) => void;
  readonly meta: (title: string, fileBase: string, asOf: string | null | undefined) => TableMeta;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf?: string | null;
}

/**
 * Posting duration (share of contents posted at least their legal minimum, the minimum read from the contents list)
 * and the quarterly list of disclosures (Law 10/2022 Art. 13), by district.
 */
export function PostingPanel(props: PostingPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { rows, contentsByBasis, period, selectedCode, meta, asOf } = props;
  const words = useLevelWords(period);
  const title = t('disclosurePage.posting.title');

  const ordered = useMemo(
    () =>
      rows.toSorted((a, b) => (shareOf(b.totals, 'postedLongEnough') ?? -1) - (shareOf(a.totals, 'postedLongEnough') ?? -1)),
    [rows],
  );
  const option = useMemo(
    () =>
      ordered.length === 0
        ? null
        : buildComplianceBarsOption({
            rows: ordered.map((r) => ({ code: r.code, name: r.name, values: [shareOf(r.totals, 'postedLongEnough'), shareOf(r.totals, 'listPosted')] })),
            seriesNames: [t('disclosurePage.measure.postedLongEnough'), t('disclosurePage.measure.listPosted')],
            selectedCode,
            format: (v) => formatPercent(v, lang, 0),
            noDataLabel: t('units.noData'),
          }),
    [ordered, selectedCode, lang, t],
  );
  const table = useMemo(() => (ordered.length === 0 ? null : postingTable(ordered, t, meta(title, 'niem-yet', asOf))), [ordered, t, meta, title, asOf]);
  const thresholds = contentsByBasis ? postingThresholds(contentsByBasis, basesInForce(quartersOf(period))) : [];

  return (
    <ChartPanel
      title={title}
      sources={['disclosure']}
      asOf={asOf}
      definition={t('disclosurePage.posting.definition')}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      option={option}
      table={table}
      height={Math.max(300, ordered.length * 34 + 60)}
      ariaLabel={t('disclosurePage.posting.aria', words)}
      onItemClick={({ name }) => props.onSelect(name)}
      selectedKey={selectedCode}
      onSelectRow={props.onSelect}
      testId="panel-posting"
      className="span-6"
      footnote={
        thresholds.length > 0 && (
          <div className="disclosure-thresholds" data-testid="posting-thresholds">
            <p className="kpi-note">
              <strong>{t('disclosurePage.posting.thresholdsTitle')}</strong>
            </p>
            <ul>
              {thresholds.map((x) => (
                <li key={`${x.basis}-${x.days}`}>
                  {t(x.permanent ? 'disclosurePage.posting.thresholdPermanent' : x.days === null ? 'disclosurePage.posting.thresholdNone' : 'disclosurePage.posting.threshold', {
                    basis: t(`disclosurePage.posting.basis_${x.basis}`),
                    days: x.days,
                    items: numberRanges(x.items),
                  })}
                </li>
              ))}
            </ul>
          </div>
        )
      }
    />
  );
}
