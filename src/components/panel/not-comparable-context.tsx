import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableData } from '../../lib/export/table-data';
import { markNotComparable } from '../../lib/export/not-comparable';

const NotComparableContext = createContext<ReadonlySet<string>>(new Set());

/** The units of the page that have no comparable figure for the period (see `useUnitsInForce().rebase`). */
export function NotComparableProvider({ codes, children }: { codes: ReadonlySet<string> | null; children: ReactNode }) {
  const none = useMemo(() => new Set<string>(), []);
  return <NotComparableContext.Provider value={codes ?? none}>{children}</NotComparableContext.Provider>;
}

/** The panel's table with "not comparable" written in the empty figure cells of those units (screen and downloads). */
export function useNotComparableTable(table: TableData | null): TableData | null {
  const { t } = useTranslation();
  const codes = useContext(NotComparableContext);
  const label = t('unitSet.notComparableShort');
  return useMemo(() => (table ? markNotComparable(table, codes, label) : null), [table, codes, label]);
}
