import { useTranslation } from 'react-i18next';
import { downloadCsv as saveCsv } from '../../lib/export/download-csv';
import { DownloadFailure, useDownload } from '../../components/download/use-download';
import { downloadBlob } from '../../lib/export/download';
import type { TableData } from '../../lib/export/table-data';

/** CSV and XLSX of a panel that is a table already (no chart to export as PNG), as ChartPanel offers them. */
export function DownloadButtons({ table }: { table: TableData }) {
  const { t } = useTranslation();
  const download = useDownload();
  const csv = () => saveCsv(table);
  const xlsx = async () => {
    const { toXlsxBlob } = await import('../../lib/export/xlsx');
    downloadBlob(await toXlsxBlob(table), `${table.fileName}.xlsx`);
  };
  return (
    <>
      <button type="button" className="button secondary small" onClick={() => void download.run('CSV', csv)} aria-label={t('table.downloadCsv')}>
        CSV
      </button>
      <button type="button" className="button secondary small" onClick={() => void download.run('XLSX', xlsx)} aria-label={t('table.downloadXlsx')}>
        XLSX
      </button>
      <DownloadFailure failure={download.failure} />
    </>
  );
}
