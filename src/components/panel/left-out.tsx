import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
// Only the summaries: the rules themselves load with the pages that check records.
import { recordLabel, summariseIssues } from '../../domain/quality/summary';
import type { QualityIssue, QualitySystem } from '../../domain/quality/types';
import type { UpstreamSourceId } from '../../lib/http';

export interface LeftOutScope {
  /** The issues of the period in view. */
  readonly issues: readonly QualityIssue[];
  /** The data-quality page, with the view's query string. */
  readonly href: string;
}

const LeftOutContext = createContext<LeftOutScope | null>(null);

/** `null` turns the notes off (the data-quality page lists the records itself). */
export function LeftOutProvider({ value, children }: { value: LeftOutScope | null; children: ReactNode }) {
  return <LeftOutContext.Provider value={value}>{children}</LeftOutContext.Provider>;
}

/** How many records to name in a panel; the data-quality page lists them all. */
const NAMED = 3;

/**
 * "N records left out": a panel whose systems sent records the figures leave out says so, names the first few
 * (system, unit code, period) and links to the data-quality page, so a figure is never read as complete when it is not.
 */
export function LeftOutNote({ sources }: { sources: readonly UpstreamSourceId[] }) {
  const { t } = useTranslation();
  const scope = useContext(LeftOutContext);
  if (!scope) return null;
  const systems = sources.filter((s): s is QualitySystem => s === 'disclosure' || s === 'complaints' || s === 'procedures' || s === 'emulation');
  const summaries = summariseIssues(scope.issues, systems);
  if (summaries.length === 0) return null;
  return (
    <div className="panel-left-out" role="note" data-testid="panel-left-out">
      {summaries.map((s) => {
        const names = [...new Set(s.issues.map(recordLabel))];
        const shown = names.slice(0, NAMED).join('; ');
        return (
          <p key={s.system}>
            {t('panel.leftOut', { count: s.records, system: t(`sources.${s.system}`), records: names.length > NAMED ? `${shown}; …` : shown })}
          </p>
        );
      })}
      <Link href={scope.href}>{t('panel.leftOutLink')}</Link>
    </div>
  );
}
