import { useMemo } from 'react';
import { usePopulation } from '../../state/use-population';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import type { PanelStatus } from '../../components/panel';
import type { SourceId } from '../../config/schema';
import { periodKey, trailingPeriods, type Period } from '../../domain/period';
import {
  groupedPeriodInputs,
  periodInputs,
  rankPeriod,
  resolveMethod,
  sameTerritoryRule,
  THEME_SOURCE,
  THEMES,
  type PeriodInputs,
  type PeriodRanking,
  type RankingMethod,
  type SameTerritory,
  type SetRanking,
  type ThemeId,
  type UnitHistory,
  territoryUnchanged,
} from '../../domain/ranking';
import { indicatorData, usePeriodData } from '../../queries/use-period-data';
import { formerDistrictsFor } from './peer-view';
import { rankedUnitsOf, useUnitHistory, type RankedUnitSet } from '../../state/ranked-units';
import { useComputedInSteps } from '../../state/use-computed-in-steps';

/**
 * `units`: every unit in force ranked on its own. `former-district`: periods on a unit set without districts rank
 * the former-district groups (each pooled as one unit), periods before rank the districts themselves, so a
 * district's line can continue where its group covers the same territory.
 */
export type RankingGrouping = 'units' | 'former-district';

/** The unit set id of a period ranked as former-district groups. */
export const formerDistrictSetId = (setId: string) => `${setId}+former-district`;

export type ThemeSource = (typeof THEME_SOURCE)[ThemeId];

export interface SourceState {
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly asOf: string | null;
  readonly retry: () => void;
}

export interface RankingInputs {
  /** The period and the ones before it of the same kind that the systems cover, oldest first. */
  readonly periods: readonly Period[];
  /**
   * One per period, same order, each turning the loaded data into that period's per-unit indicator values; empty
   * until every source has answered or failed. Run one per task by `useRankings`.
   */
  readonly steps: ReadonlyArray<() => PeriodInputs>;
  /** The units each period of `inputs` ranks, and their unit set; same order. */
  readonly unitSets: readonly RankedUnitSet[];
  /** The catalogue's unit sets and crosswalks, when it serves them. */
  readonly history: UnitHistory | null;
  /** Pending while any source is loading; error when the unit catalogue or every theme's source failed. */
  readonly status: PanelStatus;
  readonly error: unknown;
  readonly sources: Readonly<Record<ThemeSource | 'units', SourceState>>;
  /** Themes whose source failed: ranked without them, and the page says so. */
  readonly failedThemes: readonly ThemeId[];
  readonly retry: () => void;
}

/**
 * The one place a ranking's data are gathered: runs the queries of every system for the period and the `history − 1`
 * periods of the same kind before it, and turns what they return into per-unit indicator values (domain/ranking).
 * The queries are the theme pages' own (same keys), so the numbers and the cache are shared with them.
 */
export function useRankingInputs(period: Period, history = 8, grouping: RankingGrouping = 'units'): RankingInputs {
  const config = useConfig();
  const bounds = boundsOf(config);
  const key = periodKey(period);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const periods = useMemo(() => trailingPeriods(period, history).filter((p) => periodAvailable(p, bounds)), [key, history, bounds]);
  const years = useMemo(() => [...new Set(periods.map((p) => p.year))], [periods]);

  const loaded = usePeriodData(config, years);
  const { units, disclosure, registry, complaints, caseFiles } = loaded;

  const single = (q: { status: PanelStatus; error: unknown; data?: { asOf: string }; refetch: () => unknown }): SourceState => ({
    status: q.status,
    error: q.error,
    asOf: q.data?.asOf ?? null,
    retry: () => void q.refetch(),
  });
  const sources: Record<ThemeSource | 'units', SourceState> = {
    units: { status: units.status, error: units.error, asOf: null, retry: () => void units.refetch() },
    disclosure: single(disclosure),
    complaints: { status: complaints.status, error: complaints.error, asOf: complaints.asOf, retry: complaints.retry },
    procedures: { status: caseFiles.status, error: caseFiles.error, asOf: caseFiles.asOf, retry: caseFiles.retry },
    emulation: single(registry),
  };
  const themeStatus = THEMES.map((t) => sources[THEME_SOURCE[t]].status);
  const failedThemes = THEMES.filter((t) => sources[THEME_SOURCE[t]].status === 'error');
  const pending = units.status === 'pending' || themeStatus.includes('pending');
  const status: PanelStatus = units.status === 'error' || failedThemes.length === THEMES.length ? 'error' : pending ? 'pending' : 'success';

  const failedKey = failedThemes.join(',');
  const unitHistory = useUnitHistory();
  const populationLookup = usePopulation();
  const { steps, unitSets } = useMemo(() => {
    if (status !== 'success' || !units.data) return { steps: [], unitSets: [] };
    const data = indicatorData(loaded, (code) => populationLookup(code)?.population ?? null);
    const sets = periods.map((p) => rankedUnitsOf(units.data, p, unitHistory));
    if (grouping === 'former-district') {
      const grouped = sets.map((set, i) => {
        const p = periods[i] as Period;
        const former = formerDistrictsFor(unitHistory, set);
        if (!former) return { set, step: () => periodInputs(p, set.units.map((u) => u.code), data) };
        const groups = former.grouping.groups.map((g) => ({ code: g.districtCode, unitCodes: g.unitCodes }));
        return { set: { ...set, setId: formerDistrictSetId(set.setId) }, step: () => groupedPeriodInputs(p, groups, data) };
      });
      return { steps: grouped.map((g) => g.step), unitSets: grouped.map((g) => g.set) };
    }
    return { steps: periods.map((p, i) => () => periodInputs(p, (sets[i]?.units ?? []).map((u) => u.code), data)), unitSets: sets };
    // The yearly maps change identity exactly when their data do; failedKey covers a source turning to error.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, units.data, periods, disclosure.data, complaints.byYear, caseFiles.byYear, registry.data, failedKey, unitHistory, grouping, populationLookup]);

  const firstError = units.error ?? THEMES.map((t) => sources[THEME_SOURCE[t]].error).find((e) => e) ?? null;
  return {
    periods,
    steps,
    unitSets,
    history: unitHistory,
    status,
    error: firstError,
    sources,
    failedThemes,
    retry: () => Object.values(sources).forEach((s) => s.status === 'error' && s.retry()),
  };
}

export interface Rankings extends RankingInputs {
  readonly method: RankingMethod;
  /** One per period, oldest first: each period's per-unit indicator values, as ranked. */
  readonly inputs: readonly PeriodInputs[];
  /** One per period with inputs, oldest first. */
  readonly rankings: readonly PeriodRanking[];
  readonly current: PeriodRanking | null;
  readonly previous: PeriodRanking | null;
  /** The rankings with the unit set each ranked: what every comparison across periods reads. */
  readonly series: readonly SetRanking[];
  /** The one rule deciding whether a rank of another unit set may stand next to today's. */
  readonly sameTerritory: SameTerritory;
  /** The units the period itself is ranked on. */
  readonly currentSet: RankedUnitSet | null;
  /** The newest "data as of" among the sources used. */
  readonly asOf: string | null;
}

/** Rankings of the period and the periods before it, by the method the runtime config sets (or the documented defaults). */
export function useRankings(period: Period, history = 8, grouping: RankingGrouping = 'units'): Rankings {
  const config = useConfig();
  const method = useMemo(() => resolveMethod(config.ranking), [config.ranking]);
  const data = useRankingInputs(period, history, grouping);
  // One period per task (each gathers and ranks every unit): the page stays responsive while they are worked out.
  const steps = useMemo(
    () =>
      data.steps.map((gather) => () => {
        const inputs = gather();
        return { inputs, ranking: rankPeriod(inputs, method) };
      }),
    [data.steps, method],
  );
  const ranked = useComputedInSteps(steps);
  const inputs = useMemo(() => (ranked ?? []).map((r) => r.inputs), [ranked]);
  const rankings = useMemo(() => (ranked ?? []).map((r) => r.ranking), [ranked]);
  // Every source answered but the periods are still being ranked: the panels keep showing that figures are on the way.
  const status: PanelStatus = data.status === 'success' && ranked === null ? 'pending' : data.status;
  const series = useMemo(() => rankings.map((ranking, i) => ({ setId: data.unitSets[i]?.setId ?? '', ranking })), [rankings, data.unitSets]);
  const sameTerritory = useMemo(() => continuityRule(data.history), [data.history]);
  const current = rankings.at(-1) ?? null;
  const previous = rankings.length > 1 ? (rankings.at(-2) ?? null) : null;
  const currentSet = data.unitSets.at(-1) ?? null;
  const asOf = (['disclosure', 'complaints', 'procedures', 'emulation'] as const)
    .map((s) => data.sources[s].asOf)
    .reduce<string | null>((acc, a) => (a && (!acc || a > acc) ? a : acc), null);
  return { ...data, status, method, inputs, rankings, current, previous, series, sameTerritory, currentSet, asOf };
}

/** Sources a ranking panel names in its footer. */
export const RANKING_SOURCES: readonly SourceId[] = ['disclosure', 'complaints', 'procedures', 'emulation', 'units'];

/**
 * The one comparison rule (domain/ranking/continuity), extended to the former-district view: a group's rank after
 * 1 Jul 2025 continues its district's line only when the group covers exactly the district's territory, and the
 * district's own territory did not change in between.
 */
export function continuityRule(history: UnitHistory | null): SameTerritory {
  const base = sameTerritoryRule(history);
  const suffix = formerDistrictSetId('');
  const formers = new Map<string, ReturnType<typeof formerDistrictsFor>>();
  const answers = new Map<string, boolean>();
  const decide = (code: string, fromSetId: string, toSetId: string): boolean => {
    if (!toSetId.endsWith(suffix)) return base(code, fromSetId, toSetId);
    if (fromSetId === toSetId) return true;
    const setId = toSetId.slice(0, -suffix.length);
    if (!formers.has(setId)) formers.set(setId, formerDistrictsFor(history, { setId, level: 'commune', units: [] }));
    const former = formers.get(setId);
    if (!history || !former || !former.sameTerritory.has(code)) return false;
    return fromSetId === former.fromSetId || territoryUnchanged(history, code, fromSetId, former.fromSetId);
  };
  // Every row asks about every period: the answers depend only on (unit, sets).
  return (code, fromSetId, toSetId) => {
    const key = `${code}|${fromSetId}|${toSetId}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = decide(code, fromSetId, toSetId);
      answers.set(key, answer);
    }
    return answer;
  };
}
