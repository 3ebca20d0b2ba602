import {
  indicatorDef,
  INDICATORS,
  rankChange,
  THEMES,
  unitIn,
  valueKey,
  type IndicatorId,
  type PeriodInputs,
  type PeriodRanking,
  type ThemeId,
} from '../../domain/ranking';

export interface ScorecardIndicator {
  readonly id: IndicatorId;
  readonly value: number | null;
  /** Pooled over the units ranked (Σ numerators / Σ denominators). */
  readonly province: number | null;
  /** The best value this period and every unit that has it. */
  readonly best: { readonly value: number; readonly codes: readonly string[] } | null;
  readonly rank: number | null;
  readonly rankChange: number | null;
  /** Units ranked on this indicator. */
  readonly rankedCount: number;
}

export interface ScorecardTheme {
  readonly id: ThemeId;
  readonly score: number | null;
  readonly rank: number | null;
  readonly rankChange: number | null;
  readonly indicators: readonly ScorecardIndicator[];
}

/** The unit page's scorecard: for each theme and indicator, the unit against the province and the best unit. */
export function scorecard(current: PeriodRanking, previous: PeriodRanking | null, inputs: PeriodInputs, code: string): ScorecardTheme[] {
  const unit = unitIn(current, code);
  const before = unitIn(previous, code);
  const best = (id: IndicatorId) => {
    const better = indicatorDef(id).better;
    const withValue = current.units.flatMap((u) => (u.indicators[id].value && u.indicators[id].rank !== null ? [{ code: u.code, value: u.indicators[id].value!.value }] : []));
    if (!withValue.length) return null;
    const top = withValue.reduce((a, b) => ((better === 'higher' ? b.value > a.value : b.value < a.value) ? b : a));
    return { value: top.value, codes: withValue.filter((w) => valueKey(id, w.value) === valueKey(id, top.value)).map((w) => w.code) };
  };
  return THEMES.map((theme) => ({
    id: theme,
    score: unit?.themes[theme].score ?? null,
    rank: unit?.themes[theme].rank ?? null,
    rankChange: rankChange(unit?.themes[theme].rank ?? null, before?.themes[theme].rank ?? null),
    indicators: INDICATORS.filter((d) => d.theme === theme).map((d) => ({
      id: d.id,
      value: unit?.indicators[d.id].value?.value ?? null,
      province: inputs.province[d.id]?.value ?? null,
      best: best(d.id),
      rank: unit?.indicators[d.id].rank ?? null,
      rankChange: rankChange(unit?.indicators[d.id].rank ?? null, before?.indicators[d.id].rank ?? null),
      rankedCount: current.units.filter((u) => u.indicators[d.id].rank !== null).length,
    })),
  }));
}
