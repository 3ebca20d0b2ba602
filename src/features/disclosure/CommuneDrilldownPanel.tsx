import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLevelWords } from '../../state/use-level-words';
import { Panel, type PanelStatus } from '../../components/panel';
import type { CommuneDisclosureQuarter } from '../../domain/disclosure';
import type { ContentsByBasis } from '../../domain/disclosure-contents';
import { formatPeriod, formatNumber, formatPercent } from '../../lib/format';
import { quartersOf, type Period, type QuarterKey } from '../../domain/period';
import { compareVietnamese } from '../../domain/units';
import type { Language } from '../../lib/i18n';
import { cellStatus, communeMatrix, type CellStatus, type CommuneCell } from './commune-matrix';
import { contentColumns, type ContentColumn } from './content-matrix';
import { dataPeriod } from './data-period';
import { DownloadButtons } from './DownloadButtons';
import { sumDisclosureCounts } from '../../domain/indicators';
import { shareOf, type DisclosureTotals } from './measures';
import { columnLabel, communeMatrixTable, type TableMeta } from './tables';

interface CommuneDrilldownPanelProps {
  readonly unitCode: string | null;
  readonly unitName: string;
  readonly reports: readonly CommuneDisclosureQuarter[] | null;
  readonly contentsByBasis: ContentsByBasis | null;
  readonly period: Period;
  readonly communeName: (code: string) => string;
  readonly meta: (title: string, fileBase: string, asOf: string | null | undefined) => TableMeta;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf?: string | null;
  /** Why this district is shown when the user chose none. */
  readonly note?: string;
}

export const STATUS_SYMBOL: Readonly<Record<CellStatus, string>> = {
  'on-time': '✓',
  late: '!',
  missing: '✗',
  'not-filed': '⊘',
  'not-required': '–',
};

const LEGEND_ORDER: readonly CellStatus[] = ['on-time', 'late', 'missing', 'not-filed', 'not-required'];

type QuarterChoice = 'all' | QuarterKey;

const quarterPeriod = (q: QuarterKey): Period => ({ kind: 'quarter', year: Number(q.slice(0, 4)), index: Number(q.slice(-1)) });

/**
 * The selected district's communes × contents: on time, late, not disclosed or no report, with symbols and
 * colours (never colour alone), the commune's shares, and a district total row that is the sum of its communes.
 */
export function CommuneDrilldownPanel(props: CommuneDrilldownPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { unitCode, unitName, reports, contentsByBasis, period, communeName, meta, asOf } = props;
  const words = useLevelWords(period);
  const periodQuarters = quartersOf(period);
  const [choice, setChoice] = useState<QuarterChoice>('all');
  const effective: QuarterChoice = choice !== 'all' && periodQuarters.includes(choice) ? choice : 'all';
  const quarters = effective === 'all' ? periodQuarters : [effective];
  const single = quarters.length === 1;
  const title = unitCode ? t('disclosurePage.drill.title', { unit: unitName }) : t('disclosurePage.drill.titleNone');

  const model = useMemo(() => {
    if (!reports || !contentsByBasis || !unitCode) return null;
    const rows = communeMatrix(
      reports.filter((r) => r.districtCode === unitCode),
      contentsByBasis,
      quarters,
    ).toSorted((a, b) => compareVietnamese(communeName(a.communeCode), communeName(b.communeCode)));
    const columns = contentColumns(contentsByBasis, quarters);
    const total = sumDisclosureCounts(rows.map((r) => r.totals));
    const columnTotals = new Map(
      columns.map((c) => {
        let onTime = 0;
        let required = 0;
        for (const r of rows) {
          onTime += r.cells.get(c.code)?.onTime ?? 0;
          required += r.cells.get(c.code)?.required ?? 0;
        }
        return [c.code, { onTime, required }];
      }),
    );
    return { rows, columns, total, columnTotals };
    // quarters derive from period and the choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reports, contentsByBasis, unitCode, period, effective, communeName]);

  const totalName = t('disclosurePage.drill.total', { unit: unitName });
  const table = useMemo(
    () =>
      model &&
      communeMatrixTable(
        model.rows,
        { name: totalName, totals: model.total },
        model.columns,
        communeName,
        single,
        t,
        meta(title, `xa-${unitCode ?? ''}-${effective}`, asOf),
      ),
    [model, totalName, communeName, single, t, meta, title, unitCode, effective, asOf],
  );

  const pct = (x: DisclosureTotals, m: 'onTime' | 'postedLongEnough') => formatPercent(shareOf(x, m), lang);
  const fraction = (a: number, b: number) => `${formatNumber(a, lang)}/${formatNumber(b, lang)}`;
  const statusText = (s: CellStatus) => t(`disclosurePage.drill.status.${s}`);

  const cell = (column: ContentColumn, c: CommuneCell | undefined) => {
    const status = cellStatus(c);
    const count = !single && c && c.required > 0 ? t('disclosurePage.drill.cellCount', { onTime: c.onTime, required: c.required }) : null;
    const text = count ? `${statusText(status)}; ${count}` : statusText(status);
    return (
      <td key={column.code} className={`status-cell status-${status}`} title={`${columnLabel(t, column)} ${column.name}: ${text}`}>
        <span aria-hidden="true" className="status-symbol">
          {STATUS_SYMBOL[status]}
        </span>
        {!single && c && c.required > 0 && (
          <span aria-hidden="true" className="status-count">
            {c.onTime}/{c.required}
          </span>
        )}
        <span className="visually-hidden">{text}</span>
      </td>
    );
  };

  return (
    <Panel
      title={title}
      sources={['disclosure']}
      asOf={unitCode ? asOf : undefined}
      definition={t('disclosurePage.drill.definition')}
      status={unitCode ? props.status : 'success'}
      error={props.error}
      onRetry={props.onRetry}
      actions={table ? <DownloadButtons table={table} /> : null}
      testId="panel-drilldown"
      className="span-12"
    >
      {!unitCode && <p className="disclosure-prompt">{t('disclosurePage.drill.prompt', words)}</p>}
      {unitCode && props.note && <p className="disclosure-prompt" data-testid="drilldown-default-note">{props.note}</p>}
      {unitCode && model && (
        <>
          <div className="disclosure-toolbar">
            {periodQuarters.length > 1 && (
              <label className="disclosure-control">
                <span>{t('disclosurePage.drill.quarter')}</span>
                <select value={effective} onChange={(e) => setChoice(e.target.value)}>
                  <option value="all">{t('disclosurePage.drill.wholePeriod')}</option>
                  {periodQuarters.map((q) => (
                    <option key={q} value={q}>
                      {formatPeriod(quarterPeriod(q), lang)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <ul className="status-legend" aria-label={t('disclosurePage.drill.legend')}>
              {LEGEND_ORDER.map((s) => (
                <li key={s}>
                  <span className={`status-swatch status-${s}`} aria-hidden="true">
                    {STATUS_SYMBOL[s]}
                  </span>
                  {statusText(s)}
                </li>
              ))}
            </ul>
          </div>
          <div className="table-scroll commune-matrix-scroll">
            <table className="data commune-matrix" data-testid="commune-matrix">
              <caption className="visually-hidden">
                {t('disclosurePage.drill.caption', { unit: unitName, period: formatPeriod(effective === 'all' ? dataPeriod(period) : quarterPeriod(effective), lang) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="commune-name">
                    {t('disclosurePage.drill.commune')}
                  </th>
                  {model.columns.map((c) => (
                    <th scope="col" key={c.code} className="status-head">
                      <abbr title={c.name}>{columnLabel(t, c)}</abbr>
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('disclosurePage.drill.onTimeShare')}
                  </th>
                  <th scope="col" className="num">
                    {t('disclosurePage.drill.postedShare')}
                  </th>
                  <th scope="col" className="num">
                    {t('disclosurePage.drill.listsPosted')}
                  </th>
                  <th scope="col" className="num">
                    {t('disclosurePage.drill.filed')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {model.rows.map((r) => (
                  <tr key={r.communeCode} data-code={r.communeCode}>
                    <th scope="row" className="commune-name">
                      {communeName(r.communeCode)}
                    </th>
                    {model.columns.map((c) => cell(c, r.cells.get(c.code)))}
                    <td className="num">{pct(r.totals, 'onTime')}</td>
                    <td className="num">{pct(r.totals, 'postedLongEnough')}</td>
                    <td className="num">{fraction(r.totals.listsPosted, r.totals.reports)}</td>
                    <td className="num">{fraction(r.totals.filed, r.totals.reports)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-testid="commune-matrix-total">
                  <th scope="row" className="commune-name">
                    {totalName}
                  </th>
                  {model.columns.map((c) => {
                    const x = model.columnTotals.get(c.code);
                    return (
                      <td key={c.code} className="num status-total">
                        {x && x.required > 0 ? fraction(x.onTime, x.required) : '–'}
                      </td>
                    );
                  })}
                  <td className="num" data-testid="commune-matrix-total-ontime">
                    {pct(model.total, 'onTime')}
                  </td>
                  <td className="num">{pct(model.total, 'postedLongEnough')}</td>
                  <td className="num">{fraction(model.total.listsPosted, model.total.reports)}</td>
                  <td className="num">{fraction(model.total.filed, model.total.reports)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </Panel>
  );
}
