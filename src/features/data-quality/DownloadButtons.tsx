import { useTranslation } from 'react-i18next';
import { downloadCsv as saveCsv } from '../../lib/export/download-csv';
import { downloadBlob } from '../../lib/export/download';
import type { TableData } from '../../lib/export/table-data';

/** CSV (UTF-8 with BOM, formulas neutralised) and XLSX of an issue list, as every other table offers them. */
export function DownloadButtons({ table }: { table: TableData }) {
  const { t } = useTranslation();
  const csv = () => void saveCsv(table);
  const xlsx = async () => {
    const { toXlsxBlob } = await import('../../lib/export/xlsx');
    downloadBlob(await toXlsxBlob(table), `${table.fileName}.xlsx`);
  };
  return (
    <>
      <button type="button" className="button secondary small" onClick={csv} aria-label={t('table.downloadCsv')}>
        CSV
      </button>
      <button type="button" className="button secondary small" onClick={() => void xlsx()} aria-label={t('table.downloadXlsx')}>
        XLSX
      </button>
    </>
  );
}
