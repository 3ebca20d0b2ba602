import { useMemo, type ReactNode } from 'react';
import { LeftOutProvider } from '../../components/panel';
import { issuesWithin } from '../../domain/quality/summary';
import { monthsOf, periodKey, type Period } from '../../domain/period';
import { useCachedIssues } from '../../queries/cached-issues';
import { ROUTES } from '../../state/routes';

/** Gives every panel of the page the data-quality issues of the period in view, for its "records left out" note. */
export function LeftOutScope({ period, search, children }: { period: Period; search: string; children: ReactNode }) {
  const all = useCachedIssues();
  const key = periodKey(period);
  const value = useMemo(
    () => ({ issues: issuesWithin(all, monthsOf(period)), href: `${ROUTES.dataQuality}${search}` }),
    // `period` is rebuilt from the URL on every render; its key is the real input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all, key, search],
  );
  return <LeftOutProvider value={value}>{children}</LeftOutProvider>;
}
