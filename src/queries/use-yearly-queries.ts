import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PanelStatus } from '../components/panel';

export interface YearlyData<R> {
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly byYear: ReadonlyMap<number, readonly R[]>;
  /** The newest "as of" among the years loaded. */
  readonly asOf: string | null;
  readonly retry: () => void;
}

/** Runs one query per calendar year and folds them into one panel state. */
export function useYearlyQueries<T extends { readonly asOf: string }, R, K extends QueryKey>(
  years: readonly number[],
  optionsFor: (year: number) => UseQueryOptions<T, Error, T, K>,
  recordsOf: (data: T) => readonly R[],
): YearlyData<R> {
  const results = useQueries({ queries: years.map((y) => optionsFor(y)) });
  const dataKey = results.map((r) => r.dataUpdatedAt).join(',');
  const yearsKey = years.join(',');
  const errorResult = results.find((r) => r.isError);
  const status: PanelStatus = errorResult ? 'error' : results.some((r) => r.isPending) ? 'pending' : 'success';
  const byYear = useMemo(() => {
    const map = new Map<number, readonly R[]>();
    results.forEach((r, i) => {
      const year = years[i];
      if (r.data && year !== undefined) map.set(year, recordsOf(r.data));
    });
    return map;
    // `results` is a new array on every render; dataKey and yearsKey change exactly when the data do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataKey, yearsKey]);
  const asOf = results.reduce<string | null>((acc, r) => (r.data && (!acc || r.data.asOf > acc) ? r.data.asOf : acc), null);
  return {
    status,
    error: errorResult?.error ?? null,
    byYear,
    asOf,
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}
