import { exportFileName } from '../../lib/export/file-name';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../domain/period';
import { formatDate, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { TableMeta } from './tables';
import './messages';

/** Title, context lines (period, scope, source, as-of) and file name for a panel's table and downloads. */
export function useTableMeta(period: Period, scopeName: string, asOf: string | null) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (title: string, fileStem: string, extra: readonly string[] = []): TableMeta => ({
    title,
    context: [
      t('complaintsPage.context.period', { period: formatPeriod(period, lang) }),
      t('complaintsPage.context.scope', { scope: scopeName }),
      t('complaintsPage.context.source', { source: t('sources.complaints') }),
      ...(asOf ? [t('complaintsPage.context.asOf', { asOf: formatDate(asOf, lang, true) })] : []),
      ...extra,
    ],
    fileName: exportFileName('khieu-nai-to-cao', period, fileStem),
  });
}
