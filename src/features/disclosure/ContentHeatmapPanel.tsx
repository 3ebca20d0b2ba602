import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLevelWords } from '../../state/use-level-words';
import { ChartPanel } from '../../components/chart/ChartPanel';
import type { PanelStatus } from '../../components/panel';
import type { CommuneDisclosureQuarter, DisclosureContent, LegalBasis } from '../../domain/disclosure';
import { postingRuleOf, type ContentsByBasis } from '../../domain/disclosure-contents';
import { quartersOf, type Period } from '../../domain/period';
import { formatNumber, formatPercent } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { buildContentHeatmapOption, HEATMAP_THRESHOLDS } from './build-content-heatmap-option';
import { basesInForce, cellOnTimeRate, contentColumns, districtContentMatrix, type ListChoice } from './content-matrix';
import { columnLabel, heatmapTable, type TableMeta } from './tables';
import { useWideScreen } from './use-wide-screen';

interface ContentHeatmapPanelProps {
  readonly reports: readonly CommuneDisclosureQuarter[] | null;
  readonly contentsByBasis: ContentsByBasis | null;
  readonly period: Period;
  readonly districts: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly selectedCode: string | null;
  readonly onSelect: (code: string) => void;
  readonly meta: (title: string, fileBase: string, asOf: string | null | undefined) => TableMeta;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly asOf?: string | null;
}

/** More columns than this and the cells are too narrow to print their value; colour and tooltip still tell it. */
const MAX_LABELLED_COLUMNS = 14;

/**
 * District × content: which contents each district's communes disclose on time. Columns are the list in force; for a
 * period spanning 1 Jul 2023 both lists side by side (each counting only its own quarters), or one of them.
 */
export function ContentHeatmapPanel(props: ContentHeatmapPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { reports, contentsByBasis, period, districts, selectedCode, meta, asOf } = props;
  const words = useLevelWords(period);
  const [choice, setChoice] = useState<ListChoice>('both');
  const wide = useWideScreen();
  const quarters = quartersOf(period);
  const bases = basesInForce(quarters);
  const spans = bases.length > 1;
  const effectiveChoice: ListChoice = spans ? choice : 'both';
  const title = t('disclosurePage.heatmap.title', words);

  const model = useMemo(() => {
    if (!reports || !contentsByBasis) return null;
    const columns = contentColumns(contentsByBasis, quarters, effectiveChoice);
    const rows = districtContentMatrix(reports, contentsByBasis, quarters, districts.map((d) => d.code));
    return { columns, rows };
    // quarters derive from period.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reports, contentsByBasis, period, effectiveChoice, districts]);

  const nameOf = useMemo(() => {
    const names = new Map(districts.map((d) => [d.code, d.name]));
    return (code: string | null) => (code === null ? t('disclosurePage.heatmap.province') : (names.get(code) ?? code));
  }, [districts, t]);

  const option = useMemo(() => {
    if (!model) return null;
    const { columns, rows } = model;
    const pct = (v: number) => formatPercent(v, lang, 0);
    const bounds = [0, ...HEATMAP_THRESHOLDS, 1];
    return buildContentHeatmapOption({
      rows: rows.map((r) => ({ key: r.code ?? '', label: nameOf(r.code), values: columns.map((c) => cellOnTimeRate(r.cells.get(c.code))) })),
      columnLabels: columns.map((c) => columnLabel(t, c)),
      selectedKey: selectedCode,
      formatLabel: (v) => formatNumber(v * 100, lang),
      tooltip: (r, c) => {
        const row = rows[r];
        const column = columns[c];
        const cell = column ? row?.cells.get(column.code) : undefined;
        if (!row || !column || !cell) return [];
        return [
          nameOf(row.code),
          `${columnLabel(t, column)}: ${column.name}`,
          t('disclosurePage.heatmap.cellOnTime', { onTime: formatNumber(cell.publishedOnTime, lang), required: formatNumber(cell.required, lang), share: formatPercent(cellOnTimeRate(cell), lang) }),
          t('disclosurePage.heatmap.cellPublished', { published: formatNumber(cell.published, lang), required: formatNumber(cell.required, lang) }),
        ];
      },
      // Short class labels: five of them fit a phone's width on one line.
      classLabels: bounds.slice(0, -1).map((lower, i) => {
        const upper = bounds[i + 1] ?? 1;
        return i === 0 ? `<${pct(upper)}` : i === bounds.length - 2 ? `≥${pct(lower)}` : `${formatNumber(lower * 100, lang)}–${pct(upper)}`;
      }),
      showLabels: wide && columns.length <= MAX_LABELLED_COLUMNS,
      narrow: !wide,
    });
  }, [model, nameOf, selectedCode, lang, t, wide]);

  const table = useMemo(() => model && heatmapTable(model.rows, model.columns, nameOf, t, meta(title, 'noi-dung', asOf)), [model, nameOf, t, meta, title, asOf]);

  const controls = spans ? (
    <fieldset className="disclosure-choice">
      <legend>{t('disclosurePage.heatmap.list')}</legend>
      {(['both', ...bases] as ListChoice[]).map((c) => (
        <label key={c}>
          <input type="radio" name="heatmap-list" value={c} checked={effectiveChoice === c} onChange={() => setChoice(c)} />
          {c === 'both' ? t('disclosurePage.heatmap.listBoth') : t(`disclosurePage.heatmap.listOnly_${c}`)}
        </label>
      ))}
    </fieldset>
  ) : null;

  return (
    <ChartPanel
      title={title}
      sources={['disclosure']}
      asOf={asOf}
      definition={t('disclosurePage.heatmap.definition')}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      option={option}
      table={table}
      height={Math.max(320, (districts.length + 1) * 28 + 90)}
      ariaLabel={t('disclosurePage.heatmap.aria', words)}
      onItemClick={({ name }) => name && props.onSelect(name)}
      selectedKey={selectedCode}
      onSelectRow={(code) => code && props.onSelect(code)}
      testId="panel-heatmap"
      className="span-12"
      controls={controls}
      footnote={
        <div className="disclosure-notes">
          {spans && <p className="kpi-note" data-testid="heatmap-span-note">{t('disclosurePage.heatmap.spanNote')}</p>}
          <p className="kpi-note">{t('disclosurePage.heatmap.emptyNote')}</p>
          {model && contentsByBasis && <ContentsList bases={bases} contentsByBasis={contentsByBasis} />}
        </div>
      }
    />
  );
}

/** The contents behind the column codes, with their minimum posting time, as the reporting system lists them. */
function ContentsList({ bases, contentsByBasis }: { bases: readonly LegalBasis[]; contentsByBasis: ContentsByBasis }) {
  const { t } = useTranslation();
  return (
    <details className="disclosure-contents">
      <summary>{t('disclosurePage.heatmap.contentsTitle')}</summary>
      {bases.map((basis) => (
        <section key={basis}>
          <h3>{t(`disclosurePage.heatmap.basis_${basis}`)}</h3>
          <ol>
            {contentsByBasis[basis].map((c, i) => (
              <li key={c.code}>
                <strong>{columnLabel(t, { code: c.code, basis, number: i + 1, name: c.name, minDaysPosted: c.minDaysPosted })}</strong>{' '}
                {contentLine(t, c)}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </details>
  );
}

/** "… (niêm yết tối thiểu 30 ngày)", "… (niêm yết thường xuyên)" or "… (không quy định …)": the law's rule for the content. */
function contentLine(t: (key: string, options?: Record<string, unknown>) => string, c: DisclosureContent): string {
  const rule = postingRuleOf(c);
  if (rule.kind === 'permanent') return t('disclosurePage.heatmap.contentLinePermanent', { name: c.name });
  if (rule.kind === 'none') return t('disclosurePage.heatmap.contentLineNone', { name: c.name });
  return t('disclosurePage.heatmap.contentLine', { name: c.name, days: rule.days });
}
