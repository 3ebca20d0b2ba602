import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { useNotComparableTable } from '../panel/not-comparable-context';
import { useTranslation } from 'react-i18next';
import type { UpstreamSourceId } from '../../lib/http';
import { downloadCsv as saveCsv } from '../../lib/export/download-csv';
import { downloadBlob } from '../../lib/export/download';
import { svgToPngBlob } from '../../lib/export/svg-to-png';
import type { TableData } from '../../lib/export/table-data';
import { DownloadFailure, useDownload } from '../download/use-download';
import { Panel, type PanelStatus } from '../panel';
import { DataTable } from '../table/DataTable';
import type { EChartHandle } from './EChart';
import type { EChartsOption } from './echarts-core';
import { MountWhenVisible } from './MountWhenVisible';

// ECharts is a chunk of its own: the page, its filters and its tables work before the chart library arrives.
const EChart = lazy(() => import('./EChart'));

export interface ChartPanelProps {
  readonly title: ReactNode;
  readonly sources: readonly UpstreamSourceId[];
  readonly asOf?: string | null;
  readonly definition?: ReactNode;
  readonly status: PanelStatus;
  readonly error?: unknown;
  readonly onRetry?: () => void;
  /** The numbers behind the chart: the table view and the downloads use exactly these. */
  readonly table: TableData | null;
  readonly option: EChartsOption | null;
  readonly height?: number;
  readonly ariaLabel: string;
  readonly onItemClick?: (params: { name: string; seriesName?: string; data?: unknown }) => void;
  readonly selectedKey?: string | null;
  readonly onSelectRow?: (key: string) => void;
  readonly testId?: string;
  readonly className?: string;
  /** Extra content under the chart (notes, legends). */
  readonly footnote?: ReactNode;
  /** Page-local view controls (e.g. a switch between unit kinds), shown above the chart and its table. */
  readonly controls?: ReactNode;
}

export function ChartPanel(props: ChartPanelProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const chart = useRef<EChartHandle>(null);
  const download = useDownload();
  const { option } = props;
  const table = useNotComparableTable(props.table);

  const downloadPng = async () => {
    const svg = chart.current?.toSvg();
    const size = chart.current?.size();
    if (!svg || !size || !table) return;
    downloadBlob(await svgToPngBlob(svg, size.width, size.height), `${table.fileName}.png`);
  };
  const downloadCsv = async () => {
    if (table) await saveCsv(table);
  };
  const downloadXlsx = async () => {
    if (!table) return;
    const { toXlsxBlob } = await import('../../lib/export/xlsx');
    downloadBlob(await toXlsxBlob(table), `${table.fileName}.xlsx`);
  };

  const actions =
    props.status === 'success' && table ? (
      <>
        <button type="button" className="button secondary small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('table.viewChart') : t('table.viewTable')}
        </button>
        <button type="button" className="button secondary small" onClick={() => void download.run('PNG', downloadPng)} disabled={asTable || !option}>
          PNG
        </button>
        <button type="button" className="button secondary small" onClick={() => void download.run('CSV', downloadCsv)} aria-label={t('table.downloadCsv')}>
          CSV
        </button>
        <button type="button" className="button secondary small" onClick={() => void download.run('XLSX', downloadXlsx)} aria-label={t('table.downloadXlsx')}>
          XLSX
        </button>
        <DownloadFailure failure={download.failure} />
      </>
    ) : null;

  return (
    <Panel
      reserveHeight={(props.height ?? 320) + 40}
      title={props.title}
      sources={props.sources}
      asOf={props.asOf}
      definition={props.definition}
      status={props.status}
      error={props.error}
      onRetry={props.onRetry}
      actions={actions}
      testId={props.testId}
      className={props.className}
    >
      {props.controls}
      {table && (asTable || !option) ? (
        <DataTable table={table} selectedKey={props.selectedKey} onSelect={props.onSelectRow} caption={typeof props.title === 'string' ? props.title : undefined} />
      ) : option ? (
        <MountWhenVisible height={props.height ?? 320}>
          <Suspense fallback={<div className="chart-placeholder" style={{ height: props.height ?? 320 }} />}>
            <EChart ref={chart} option={option} height={props.height} ariaLabel={props.ariaLabel} onItemClick={props.onItemClick} testId={props.testId ? `${props.testId}-chart` : undefined} />
          </Suspense>
        </MountWhenVisible>
      ) : null}
      {props.footnote}
    </Panel>
  );
}
