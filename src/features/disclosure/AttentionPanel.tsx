import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLevelWords } from '../../state/use-level-words';
import { Panel, type PanelStatus } from '../../components/panel';
import type { CommuneDisclosureQuarter } from '../../domain/disclosure';
import type { ContentsByBasis } from '../../domain/disclosure-contents';
import { quartersOf, type Period } from '../../domain/period';
import { dataPeriod } from './data-period';
import { formatPercent, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { communesNeedingAttention, LOW_ON_TIME_THRESHOLD, type AttentionRow } from './attention';
import { communeMatrix } from './commune-matrix';
import { DownloadButtons } from './DownloadButtons';
import { attentionTable, type TableMeta } from './tables';

interface AttentionPanelProps {
  readonly reports: readonly CommuneDisclosureQuarter[] | null;
  readonly contentsByBasis: ContentsByBasis | null;
  readonly period: Period;
  readonly communeName: (code: string) => string;
  readonly districtName: (code: string) => string;
  readonly selectedCode: string | null;
  readonly onSelect: (districtCode: string) => void;
  readonly meta: (title: string, fileBase: string, asOf: string | null | undefined) => TableMeta;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf?: string | null;
}

/** The worst few first; the rest one click away (and all of them in the downloads). */
const SHOWN_FIRST = 8;

/**
 * Communes that stopped filing or disclosing, or disclose far too little on time: whom the committee should call.
 * A list rather than a table, so that it reads on a phone; the downloads carry the same rows as a table.
 */
export function AttentionPanel(props: AttentionPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { reports, contentsByBasis, period, communeName, districtName, meta, asOf } = props;
  const words = useLevelWords(period);
  const threshold = formatPercent(LOW_ON_TIME_THRESHOLD, lang, 0);
  const title = t('disclosurePage.attention.title');
  const [showAll, setShowAll] = useState(false);

  const rows = useMemo(
    () => (reports && contentsByBasis ? communesNeedingAttention(communeMatrix(reports, contentsByBasis, quartersOf(period))) : null),
    [reports, contentsByBasis, period],
  );
  const reasonTexts = useMemo(
    () => (r: AttentionRow) =>
      r.reasons.map((reason) =>
        t(`disclosurePage.attention.reason.${reason}`, {
          threshold,
          total: r.quarters,
          count: reason === 'not-filed' ? r.quartersNotFiled : r.quartersNothingPublished,
        }),
      ),
    [t, threshold],
  );
  const table = useMemo(
    () =>
      rows &&
      attentionTable(rows, { commune: communeName, district: districtName, reasons: (r) => reasonTexts(r).join('; ') }, (key, options) => t(key, { ...words, ...options }), meta(title, 'xa-can-chu-y', asOf)),
    [rows, communeName, districtName, reasonTexts, t, meta, title, asOf, words],
  );
  const shown = rows ? (showAll ? rows : rows.slice(0, SHOWN_FIRST)) : [];

  return (
    <Panel
      title={title}
      sources={['disclosure']}
      asOf={asOf}
      definition={t('disclosurePage.attention.definition', { threshold })}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      actions={table && table.rows.length > 0 ? <DownloadButtons table={table} /> : null}
      testId="panel-attention"
      className="span-6"
    >
      {rows && table && (
        <>
          <p className="kpi-note" data-testid="attention-count">
            {rows.length === 0 ? t('disclosurePage.attention.none') : t('disclosurePage.attention.count', { count: rows.length, period: formatPeriod(dataPeriod(period), lang) })}
          </p>
          {rows.length > 0 && (
            <ol className="attention-list" data-testid="attention-list">
              {shown.map((r) => {
                const selected = r.districtCode === props.selectedCode;
                return (
                  <li key={r.communeCode} data-code={r.communeCode}>
                    <button type="button" className={`attention-item${selected ? ' selected' : ''}`} aria-pressed={selected} onClick={() => props.onSelect(r.districtCode)}>
                      <span className="attention-head">
                        <strong>{communeName(r.communeCode)}</strong>
                        <span className="attention-district">{districtName(r.districtCode)}</span>
                        <span className="attention-rate">
                          {t('disclosurePage.attention.onTime', { value: formatPercent(r.onTimeRate, lang) })}
                        </span>
                      </span>
                      <span className="attention-reasons">
                        {reasonTexts(r).map((text, i) => (
                          <span key={r.reasons[i]} className={`attention-reason reason-${r.reasons[i] ?? ''}`}>
                            {text}
                          </span>
                        ))}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
          {rows.length > SHOWN_FIRST && (
            <button type="button" className="button secondary small" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
              {showAll ? t('disclosurePage.attention.showFewer') : t('disclosurePage.attention.showAll', { count: rows.length })}
            </button>
          )}
        </>
      )}
    </Panel>
  );
}
