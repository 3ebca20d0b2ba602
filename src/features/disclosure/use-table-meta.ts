import { exportFileName } from '../../lib/export/file-name';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../domain/period';
import { formatDate, formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { TableMeta } from './tables';
import './messages';

/** Title, context lines (period, scope, source, as-of) and file name every table and download of the page carries. */
export function useTableMeta(period: Period, scope: string) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return useCallback(
    (title: string, fileBase: string, asOf: string | null | undefined, extra: readonly string[] = []): TableMeta => ({
      title,
      context: [
        t('disclosurePage.table.contextPeriod', { period: formatPeriod(period, lang) }),
        t('disclosurePage.table.contextScope', { scope }),
        ...extra,
        t('disclosurePage.table.contextSource', { source: t('sources.disclosure') }),
        ...(asOf ? [t('disclosurePage.table.contextAsOf', { date: formatDate(asOf, lang, true) })] : []),
      ],
      fileName: exportFileName('cong-khai', period, fileBase),
    }),
    [t, lang, period, scope],
  );
}
