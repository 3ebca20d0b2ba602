import { rankRows } from '../../components/chart/build-ranking-option';
import type { TableColumn, TableData, TableRow } from '../../lib/export/table-data';
import type { AttentionRow } from './attention';
import { cellStatus, type CommuneMatrixRow } from './commune-matrix';
import { cellOnTimeRate, type ContentColumn, type ContentMatrixRow } from './content-matrix';
import type { TrendPoint } from './disclosure-trend';
import { DISCLOSURE_MEASURES, shareOf, type DisclosureMeasure, type DisclosureTotals } from './measures';
import './messages';

/**
 * The numbers behind each panel as one TableData: what the table view shows and the CSV/XLSX downloads carry.
 * Built from the same domain results the charts draw, so a download is exactly what is on screen.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface TableMeta {
  readonly title: string;
  readonly context: readonly string[];
  readonly fileName: string;
}

const tk = (t: Translate, key: string, options?: Record<string, unknown>) => t(`disclosurePage.table.${key}`, options);

function totalsColumns(t: Translate): TableColumn[] {
  return [
    { key: 'publishedOnTime', header: tk(t, 'publishedOnTime'), kind: 'count', unit: tk(t, 'contentUnit') },
    { key: 'published', header: tk(t, 'published'), kind: 'count', unit: tk(t, 'contentUnit') },
    { key: 'postedLongEnough', header: tk(t, 'postedLongEnough'), kind: 'count', unit: tk(t, 'contentUnit') },
    { key: 'required', header: tk(t, 'required'), kind: 'count', unit: tk(t, 'contentUnit') },
    { key: 'listsPosted', header: tk(t, 'listsPosted'), kind: 'count', unit: tk(t, 'reportUnit') },
    { key: 'filed', header: tk(t, 'filed'), kind: 'count', unit: tk(t, 'reportUnit') },
    { key: 'reports', header: tk(t, 'reports'), kind: 'count', unit: tk(t, 'reportUnit') },
  ];
}

const totalsCells = (x: DisclosureTotals | null): TableRow => ({
  publishedOnTime: x?.publishedOnTime ?? null,
  published: x?.published ?? null,
  postedLongEnough: x?.postedLongEnough ?? null,
  required: x?.required ?? null,
  listsPosted: x?.listsPosted ?? null,
  filed: x?.filed ?? null,
  reports: x?.reports ?? null,
});

function rateColumns(t: Translate, measures: readonly DisclosureMeasure[]): TableColumn[] {
  return measures.map((m) => ({ key: rateKey(m), header: t(`disclosurePage.measure.${m}`), kind: 'percent' as const }));
}

/** Rate columns are keyed apart from the count columns of the same name ("published" share vs "published" count). */
export const rateKey = (m: DisclosureMeasure) => `rate_${m}`;

const rateCells = (x: DisclosureTotals | null, measures: readonly DisclosureMeasure[]): TableRow =>
  Object.fromEntries(measures.map((m) => [rateKey(m), shareOf(x, m)]));

export interface DistrictTotalsRow {
  readonly code: string;
  readonly name: string;
  readonly totals: DisclosureTotals | null;
}

const ALL_MEASURES = DISCLOSURE_MEASURES;

/** The map's and the ranking's numbers: districts best first by on-time share, with every rate and its counts. */
export function rankingTable(rows: readonly DistrictTotalsRow[], t: Translate, meta: TableMeta): TableData {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const ranked = rankRows(
    rows.map((r) => ({ code: r.code, name: r.name, value: shareOf(r.totals, 'onTime') })),
    'higher',
  );
  return {
    ...meta,
    rowKey: 'code',
    columns: [
      { key: 'rank', header: tk(t, 'rank'), kind: 'count' },
      { key: 'code', header: tk(t, 'code'), kind: 'text' },
      { key: 'unit', header: tk(t, 'unit'), kind: 'text' },
      ...rateColumns(t, ALL_MEASURES),
      ...totalsColumns(t),
    ],
    rows: ranked.map((r, i) => {
      const totals = byCode.get(r.code)?.totals ?? null;
      return { rank: r.value === null ? null : i + 1, code: r.code, unit: r.name, ...rateCells(totals, ALL_MEASURES), ...totalsCells(totals) };
    }),
  };
}

/** Posting time and quarterly lists by district, in the order given. */
export function postingTable(rows: readonly DistrictTotalsRow[], t: Translate, meta: TableMeta): TableData {
  const measures: DisclosureMeasure[] = ['postedLongEnough', 'listPosted'];
  return {
    ...meta,
    rowKey: 'code',
    columns: [
      { key: 'code', header: tk(t, 'code'), kind: 'text' },
      { key: 'unit', header: tk(t, 'unit'), kind: 'text' },
      ...rateColumns(t, measures),
      { key: 'postedLongEnough_n', header: tk(t, 'postedLongEnough'), kind: 'count', unit: tk(t, 'contentUnit') },
      { key: 'required', header: tk(t, 'required'), kind: 'count', unit: tk(t, 'contentUnit') },
      { key: 'listsPosted', header: tk(t, 'listsPosted'), kind: 'count', unit: tk(t, 'reportUnit') },
      { key: 'reports', header: tk(t, 'reports'), kind: 'count', unit: tk(t, 'reportUnit') },
    ],
    rows: rows.map((r) => ({
      code: r.code,
      unit: r.name,
      ...rateCells(r.totals, measures),
      postedLongEnough_n: r.totals?.postedLongEnough ?? null,
      required: r.totals?.required ?? null,
      listsPosted: r.totals?.listsPosted ?? null,
      reports: r.totals?.reports ?? null,
    })),
  };
}

/** The trend's quarters, with the list in force, the same quarter last year and the change in points. */
export function trendTable(
  points: readonly TrendPoint[],
  labels: { readonly quarter: (q: string) => string; readonly value: string; readonly province?: string },
  t: Translate,
  meta: TableMeta,
): TableData {
  return {
    ...meta,
    columns: [
      { key: 'quarter', header: tk(t, 'quarter'), kind: 'text' },
      { key: 'basis', header: tk(t, 'basis'), kind: 'text' },
      { key: 'value', header: labels.value, kind: 'percent' },
      { key: 'lastYear', header: t('disclosurePage.trend.lastYear'), kind: 'percent' },
      { key: 'change', header: tk(t, 'change'), kind: 'decimal', unit: tk(t, 'pointsUnit') },
      ...(labels.province ? [{ key: 'province', header: labels.province, kind: 'percent' as const }] : []),
    ],
    rows: points.map((p) => ({
      quarter: labels.quarter(p.quarter),
      basis: tk(t, `basisName_${p.basis}`),
      value: p.value,
      lastYear: p.lastYear,
      change: p.change === null ? null : Math.round(p.change * 1000) / 10,
      ...(labels.province ? { province: p.province } : {}),
    })),
  };
}

export const columnLabel = (t: Translate, c: ContentColumn) => t(`disclosurePage.heatmap.column_${c.basis}`, { n: c.number });

/** The heatmap's cells: one row per unit (province first), one percent column per content. */
export function heatmapTable(
  rows: readonly ContentMatrixRow[],
  columns: readonly ContentColumn[],
  nameOf: (code: string | null) => string,
  t: Translate,
  meta: TableMeta,
): TableData {
  return {
    ...meta,
    rowKey: 'code',
    columns: [
      { key: 'code', header: tk(t, 'code'), kind: 'text' },
      { key: 'unit', header: tk(t, 'unit'), kind: 'text' },
      ...columns.map((c) => ({ key: c.code, header: columnLabel(t, c), kind: 'percent' as const })),
    ],
    rows: rows.map((r) => ({
      code: r.code ?? '',
      unit: nameOf(r.code),
      ...Object.fromEntries(columns.map((c) => [c.code, cellOnTimeRate(r.cells.get(c.code))])),
    })),
  };
}

/** The attention list: commune, its district, what is wrong, and the figures that say so. */
export function attentionTable(
  rows: readonly AttentionRow[],
  names: { readonly commune: (code: string) => string; readonly district: (code: string) => string; readonly reasons: (r: AttentionRow) => string },
  t: Translate,
  meta: TableMeta,
): TableData {
  return {
    ...meta,
    rowKey: 'districtCode',
    columns: [
      { key: 'commune', header: tk(t, 'commune'), kind: 'text' },
      { key: 'district', header: tk(t, 'district'), kind: 'text' },
      { key: 'reasons', header: tk(t, 'reasons'), kind: 'text' },
      { key: 'onTime', header: t('disclosurePage.measure.onTime'), kind: 'percent' },
      { key: 'communeCode', header: tk(t, 'communeCode'), kind: 'text' },
      { key: 'districtCode', header: tk(t, 'districtCode'), kind: 'text' },
    ],
    rows: rows.map((r) => ({
      commune: names.commune(r.communeCode),
      district: names.district(r.districtCode),
      reasons: names.reasons(r),
      onTime: r.onTimeRate,
      communeCode: r.communeCode,
      districtCode: r.districtCode,
    })),
  };
}

/**
 * The drill-down as a spreadsheet: one row per commune (and the district total), each content as its status in one
 * quarter or "on time / required" over several, then the commune's shares and counts.
 */
export function communeMatrixTable(
  rows: readonly CommuneMatrixRow[],
  total: { readonly name: string; readonly totals: DisclosureTotals },
  columns: readonly ContentColumn[],
  nameOf: (code: string) => string,
  singleQuarter: boolean,
  t: Translate,
  meta: TableMeta,
): TableData {
  const measures: DisclosureMeasure[] = ['onTime', 'postedLongEnough'];
  return {
    ...meta,
    columns: [
      { key: 'code', header: tk(t, 'communeCode'), kind: 'text' },
      { key: 'unit', header: tk(t, 'commune'), kind: 'text' },
      ...columns.map((c) => ({ key: c.code, header: columnLabel(t, c), kind: 'text' as const })),
      ...rateColumns(t, measures),
      ...totalsColumns(t),
    ],
    rows: [
      ...rows.map((r) => ({
        code: r.communeCode,
        unit: nameOf(r.communeCode),
        ...Object.fromEntries(
          columns.map((c) => {
            const cell = r.cells.get(c.code);
            const status = t(`disclosurePage.drill.status.${cellStatus(cell)}`);
            return [c.code, singleQuarter || !cell || cell.required === 0 ? status : `${status} (${cell.onTime}/${cell.required})`];
          }),
        ),
        ...rateCells(r.totals, measures),
        ...totalsCells(r.totals),
      })),
      { code: '', unit: total.name, ...rateCells(total.totals, measures), ...totalsCells(total.totals) },
    ],
  };
}
