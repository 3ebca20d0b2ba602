import { useMemo } from 'react';
import type { PopulationLookup } from '../../domain/population';
import { usePopulation } from '../../state/use-population';
import type { UnitLevel } from '../../lib/i18n/level-words';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import { useDistricts } from '../../state/use-districts';
import type { PanelStatus } from '../../components/panel';
import type { ComplaintMonth } from '../../domain/complaints';
import type { DistrictDisclosureQuarter } from '../../domain/disclosure';
import type { EmulationModel } from '../../domain/emulation';
import { periodKey, samePeriodLastYear, type Period } from '../../domain/period';
import { serviceCatalogueYear } from '../../domain/indicators';
import type { CaseFileMonth, ServiceLevelRecord } from '../../domain/procedures';
import type { AdminUnit } from '../../domain/units';
import type { UpstreamSourceId } from '../../lib/http';
import { usePeriodData } from '../../queries/use-period-data';
import type { YearlyData } from '../../queries/use-yearly-queries';
import type { UnitHistory } from '../../domain/ranking';
import { rankedUnitsOf, useUnitHistory, type RankedUnitSet } from '../../state/ranked-units';

/** One upstream system's share of the briefing: its own status, so a failing system blanks only its slides. */
export interface SourceState<T> {
  readonly source: UpstreamSourceId;
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly data: T | null;
  readonly asOf: string | null;
  readonly retry: () => void;
}

export interface BriefingData {
  readonly period: Period;
  readonly isAvailable: (p: Period) => boolean;
  /** District-level units in force in the period, Vietnamese order. */
  readonly districts: readonly AdminUnit[];
  /** Their level: districts until 30 Jun 2025, communes and wards from 1 Jul 2025 (and for the year 2025). */
  readonly level: UnitLevel;
  /** The residents behind per-10,000 figures (districts' published figures, the catalogue's for communes). */
  readonly population: PopulationLookup;
  readonly units: SourceState<readonly AdminUnit[]>;
  readonly complaints: SourceState<ReadonlyMap<number, readonly ComplaintMonth[]>>;
  readonly caseFiles: SourceState<ReadonlyMap<number, readonly CaseFileMonth[]>>;
  readonly disclosure: SourceState<readonly DistrictDisclosureQuarter[]>;
  readonly emulation: SourceState<readonly EmulationModel[]>;
  /** The online service catalogue in force for the period (its levels), for the services slide. */
  readonly serviceCatalogue: SourceState<readonly ServiceLevelRecord[]>;
  /** The units a period is ranked on (the rankings page's rule); null until the catalogue has answered. */
  readonly rankedSetOf: ((p: Period) => RankedUnitSet) | null;
  /** The catalogue's unit sets and crosswalks, when it serves them. */
  readonly history: UnitHistory | null;
}

/** Years the briefing needs: the period's and the year before, for the comparison with the same period last year. */
export function briefingYears(period: Period, isAvailable: (p: Period) => boolean): number[] {
  return [samePeriodLastYear(period), period].filter(isAvailable).map((p) => p.year);
}

function fromQuery<T, D>(source: UpstreamSourceId, q: { status: PanelStatus; error: unknown; data: D | undefined; refetch: () => unknown }, pick: (d: D) => { asOf: string; data: T }): SourceState<T> {
  const picked = q.data === undefined ? null : pick(q.data);
  return { source, status: q.status, error: q.error, data: picked?.data ?? null, asOf: picked?.asOf ?? null, retry: () => void q.refetch() };
}

/** Everything the slides are built from, fetched once for all of them through the shared query factories. */
export function useBriefingData(period: Period): BriefingData {
  const config = useConfig();
  const bounds = boundsOf(config);
  const isAvailable = useMemo(() => (p: Period) => periodAvailable(p, bounds), [bounds]);
  const years = briefingYears(period, isAvailable);
  const { districts, query: unitsQuery, inForce } = useDistricts(period);
  const history = useUnitHistory();
  const population = usePopulation();

  const { complaints, caseFiles, disclosure, registry, catalogue } = usePeriodData(config, years, serviceCatalogueYear(period));

  const yearly = <R,>(source: UpstreamSourceId, y: YearlyData<R>): SourceState<ReadonlyMap<number, readonly R[]>> => ({
    source,
    status: y.status,
    error: y.error,
    data: y.status === 'success' ? y.byYear : null,
    asOf: y.asOf,
    retry: y.retry,
  });

  // A new object only when something the slides read has changed: the slides are rebuilt from it, not per render.
  const key = [
    periodKey(period),
    unitsQuery.status,
    unitsQuery.dataUpdatedAt,
    districts.map((d) => d.code).join(),
    inForce.level,
    complaints.status,
    complaints.asOf,
    caseFiles.status,
    caseFiles.asOf,
    disclosure.status,
    disclosure.dataUpdatedAt,
    registry.status,
    registry.dataUpdatedAt,
    catalogue.status,
    catalogue.dataUpdatedAt,
  ].join('|');
  return useMemo(
    () => ({
      period,
      isAvailable,
      districts,
      level: inForce.level,
      population,
      units: fromQuery('units', unitsQuery, (d) => ({ asOf: d.asOf, data: d.districts })),
      complaints: yearly('complaints', complaints),
      caseFiles: yearly('procedures', caseFiles),
      disclosure: fromQuery('disclosure', disclosure, (d) => ({ asOf: d.asOf, data: d.rows })),
      emulation: fromQuery('emulation', registry, (d) => ({ asOf: d.asOf, data: d.models })),
      serviceCatalogue: fromQuery('procedures', catalogue, (d) => ({ asOf: d.asOf, data: d.services })),
      rankedSetOf: unitsQuery.data ? (p: Period) => rankedUnitsOf(unitsQuery.data, p, history) : null,
      history,
    }),
    // `key` names every input that matters; the query objects themselves are new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, complaints.byYear, caseFiles.byYear, history, population],
  );
}
