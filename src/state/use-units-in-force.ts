import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { periodEndDate, periodStartDate, type Period } from '../domain/period';
import { periodUnitSet, rebaseForPeriod, type Crosswalk, type MappedLevel, type PeriodRebase, type RecordKeying, type UnitHistory, type UnitSet } from '../domain/unit-history';
import type { AdminUnit } from '../domain/units';
import type { YearlyData } from '../queries/use-yearly-queries';
import { unitQueries } from '../queries/units';
import type { UnitCatalogueWithHistory } from '../sources/units/client';
import { useConfig } from './config-context';

export interface UnitsInForce {
  /** The unit catalogue query (its status, error and refetch for notices). */
  readonly query: UseQueryResult<UnitCatalogueWithHistory>;
  /** The catalogue's history (sets, versions, crosswalks); null until loaded or when the catalogue failed. */
  readonly history: UnitHistory | null;
  /** The set the period is shown on (the one in force on its last day); null until the catalogue is loaded. */
  readonly set: UnitSet | null;
  /** Sets in force earlier in the period, oldest first: their months are re-aggregated onto `set`. */
  readonly earlierSets: readonly UnitSet[];
  /** The period is before the catalogue's commune history (2017–2019): shown on the 2020 units. */
  readonly beforeHistory: boolean;
  /** What is mapped and ranked: districts while they exist, communes and wards from 1 Jul 2025. */
  readonly level: MappedLevel;
  /** The units mapped, ranked and listed for the period, sorted the Vietnamese way. */
  readonly units: readonly AdminUnit[];
  /** Look-up by code within the set shown (districts and communes of that set; codes recur across sets). */
  readonly byCode: ReadonlyMap<string, AdminUnit>;
  /** Communes of the set shown, by code. */
  readonly communesByCode: ReadonlyMap<string, AdminUnit>;
  /** Every district version the catalogue knows (for labelling records of earlier sets). */
  readonly allDistricts: readonly AdminUnit[];
  readonly crosswalks: readonly Crosswalk[];
  /** Some months of the period were reported on an earlier set and are re-aggregated through the crosswalk. */
  readonly needsReaggregation: boolean;
  /** Units whose territory an earlier set's commune was split into during the period: "not comparable". */
  readonly notComparable: ReadonlySet<string>;
  /** Carries a system's records onto the set shown, for this period (see `rebaseForPeriod`); as is until loaded. */
  readonly rebase: <R>(records: readonly R[], keying: RecordKeying<R>) => PeriodRebase<R>;
}

const inForceOn = (u: AdminUnit, iso: string) => u.validFrom <= iso && (u.validTo === null || iso <= u.validTo);

/**
 * The unit set a period is shown on, and what it decides: which units are mapped, ranked and listed (13 districts
 * for 2024, 12 for 2025-Q1, the 69 communes and wards from 2025-07 and for the year 2025), look-ups within that
 * set, the crosswalks, and how records of earlier sets are carried onto it.
 */
export function useUnitsInForce(period: Period): UnitsInForce {
  const config = useConfig();
  const query = useQuery(unitQueries.catalogue(config));
  const from = periodStartDate(period);
  const to = periodEndDate(period);
  const history = query.data?.history ?? null;
  const districts = query.data?.districts;
  // What the catalogue decides changes only with its data and the period, not with the query's fetching state:
  // kept apart, `rebase` keeps its identity and the pages do not carry every record onto the set again.
  const decided = useMemo(() => {
    const view = history ? periodUnitSet(history, from, to) : null;
    const set = view?.set ?? null;
    const members = new Set(set ? [...set.districts, ...set.communes].map((u) => `${u.level}:${u.code}`) : []);
    const setUnits = history && set ? history.versions.filter((u) => inForceOn(u, set.validFrom) && members.has(`${u.level}:${u.code}`)) : [];
    const allDistricts = (districts ?? []).toSorted((a, b) => a.code.localeCompare(b.code));
    return {
      history,
      set,
      earlierSets: view?.earlierSets ?? [],
      beforeHistory: view?.beforeHistory ?? false,
      level: view?.level ?? 'district',
      units: view?.units ?? [],
      byCode: new Map(setUnits.map((u) => [u.code, u])),
      communesByCode: new Map(setUnits.filter((u) => u.level === 'commune').map((u) => [u.code, u])),
      allDistricts,
      crosswalks: history?.crosswalks ?? [],
      needsReaggregation: (view?.earlierSets.length ?? 0) > 0,
      notComparable: view?.notComparable ?? new Set<string>(),
      rebase: <R,>(records: readonly R[], keying: RecordKeying<R>): PeriodRebase<R> =>
        history && set ? rebaseForPeriod(records, keying, history, set, from, to) : { records, notComparable: new Set<string>(), reaggregated: false },
    };
  }, [history, districts, from, to]);
  return useMemo(() => ({ query, ...decided }), [query, decided]);
}

/**
 * A system's yearly records as the period's unit set reads them: records of earlier sets (the previous period,
 * the same period last year, or the first months of a period that spans a change) carried onto the units shown,
 * and units without a comparable figure for the period held apart. The panels keep their loading/error states.
 */
export type RebasedYearlyData<R> = YearlyData<R> & { readonly notComparable: ReadonlySet<string>; readonly reaggregated: boolean };

export function useRebasedYears<R>(data: YearlyData<R>, keying: RecordKeying<R>, period: Period): RebasedYearlyData<R> {
  const { rebase } = useUnitsInForce(period);
  // `data` is a new object on every render; its byYear map changes exactly when the records do.
  const rebased = useMemo(() => {
    const years = [...data.byYear.keys()];
    const { records, notComparable, reaggregated } = rebase(years.flatMap((y) => data.byYear.get(y) ?? []), keying);
    const byYear = new Map<number, R[]>(years.map((y) => [y, []]));
    for (const r of records) byYear.get(Number(keying.date(r).slice(0, 4)))?.push(r);
    return { byYear, notComparable, reaggregated };
  }, [data.byYear, keying, rebase]);
  return { ...data, ...rebased };
}
