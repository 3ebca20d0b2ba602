/**
 * What a briefing slide says about one indicator, as data: the province figure, every unit's figure, and each with
 * the figure it is compared with. A slide builds one snapshot and derives its chart, its table and its sentences
 * from it, so the sentences can only quote numbers the chart shows.
 *
 * Everything here compares figures *as displayed* (a rate to 0.1 point, a count to 1): two units shown as 83,1 %
 * are tied, and a change shown as 0,0 is no change, whatever the unrounded values say.
 */
export type IndicatorId =
  | 'disclosureOnTime'
  | 'complaintResolution'
  | 'receptionCompliance'
  | 'received'
  | 'overLevel'
  | 'onlineShare'
  | 'onTimeHandling'
  | 'models'
  | 'exemplary';

/** A rate is a fraction in [0, 1] shown as a percentage with one decimal; a count is shown whole. */
export type Measure = 'rate' | 'count';
export type Better = 'higher' | 'lower';

/**
 * What the comparison figure is: the same period a year earlier (flows: petitions, case files, disclosures), or the
 * stock at the end of the year before (cumulative registers such as the "Dân vận khéo" models).
 */
export type ComparisonBasis = 'samePeriodLastYear' | 'previousYearEnd';

export interface Figure {
  readonly value: number | null;
  readonly comparison: number | null;
}

export interface UnitFigure extends Figure {
  readonly code: string;
  /** Full name with its type ("Huyện Can Lộc"): unambiguous in a sentence. */
  readonly name: string;
}

export interface IndicatorSnapshot {
  readonly indicator: IndicatorId;
  readonly measure: Measure;
  readonly better: Better;
  readonly comparisonBasis: ComparisonBasis;
  readonly province: Figure;
  /** District-level units in force in the period, in the order the caller wants them listed in tables. */
  readonly units: readonly UnitFigure[];
}

/** A rate to 0.1 percentage point (as a fraction), a count to 1: the precision every screen and export shows. */
export function displayed(value: number, measure: Measure): number {
  return measure === 'rate' ? Math.round(value * 1000) / 1000 : Math.round(value);
}

/**
 * The change as displayed: percentage points to one decimal for rates (8.7 for +0.087), whole units for counts.
 * Null when either figure is missing. Computed from unrounded figures, then rounded once.
 */
export function displayedChange(f: Figure, measure: Measure): number | null {
  if (f.value === null || f.comparison === null) return null;
  const delta = f.value - f.comparison;
  return measure === 'rate' ? Math.round(delta * 1000) / 10 : Math.round(delta);
}

export interface Extremes {
  /** Highest displayed value (several when tied), in the snapshot's unit order. */
  readonly highest: readonly UnitFigure[];
  readonly lowest: readonly UnitFigure[];
}

const withValue = (units: readonly UnitFigure[]) => units.filter((u): u is UnitFigure & { value: number } => u.value !== null);

/** Highest and lowest units; null when fewer than two units have a figure (a lone unit is neither). */
export function extremes(s: IndicatorSnapshot): Extremes | null {
  const units = withValue(s.units);
  if (units.length < 2) return null;
  const values = units.map((u) => displayed(u.value, s.measure));
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (max === min) return null;
  return {
    highest: units.filter((_, i) => values[i] === max),
    lowest: units.filter((_, i) => values[i] === min),
  };
}

export interface Move {
  readonly units: readonly UnitFigure[];
  /** Displayed change (points for rates), positive for a rise, negative for a fall. */
  readonly change: number;
}

export interface Moves {
  readonly rise: Move | null;
  readonly fall: Move | null;
}

/** The largest rise and the largest fall against the comparison figure; a change displayed as 0 is neither. */
export function biggestMoves(s: IndicatorSnapshot): Moves {
  const changes = s.units
    .map((u) => ({ unit: u, change: displayedChange(u, s.measure) }))
    .filter((c): c is { unit: UnitFigure; change: number } => c.change !== null && c.change !== 0);
  const pick = (sign: 1 | -1): Move | null => {
    const candidates = changes.filter((c) => Math.sign(c.change) === sign);
    if (!candidates.length) return null;
    const best = sign === 1 ? Math.max(...candidates.map((c) => c.change)) : Math.min(...candidates.map((c) => c.change));
    return { units: candidates.filter((c) => c.change === best).map((c) => c.unit), change: best };
  };
  return { rise: pick(1), fall: pick(-1) };
}

export interface Rank {
  /** 1 = best; tied units share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Units with a figure. */
  readonly of: number;
}

/** A unit's place among the units with a figure, best first by the indicator's direction; null without a figure. */
export function rankOf(s: IndicatorSnapshot, code: string): Rank | null {
  const units = withValue(s.units);
  const unit = units.find((u) => u.code === code);
  if (!unit) return null;
  const mine = displayed(unit.value, s.measure);
  const better = units.filter((u) => {
    const v = displayed(u.value, s.measure);
    return s.better === 'higher' ? v > mine : v < mine;
  }).length;
  return { rank: better + 1, of: units.length };
}

/** A unit that falls short of a legal minimum: how much it did against how much it had to. */
export interface Shortfall {
  readonly code: string;
  readonly name: string;
  readonly actual: number;
  readonly required: number;
}

/**
 * Legal or reporting minimums a slide checks:
 * - receptionSessions: the chair's regular citizen-reception sessions (Law on Citizen Reception 2013), counted
 *   per month up to the monthly minimum so a busy month cannot hide an empty one;
 * - disclosureReports: the quarterly disclosure reports the communes had to file.
 */
export type ShortfallRule = 'receptionSessions' | 'disclosureReports';

export interface ShortfallCheck {
  readonly rule: ShortfallRule;
  /** Units checked; the sentence says "all" only when every one of them meets the minimum. */
  readonly checked: number;
  readonly failing: readonly Shortfall[];
}

/** Units whose actual is below the required, in the order given. */
export function shortfalls(rule: ShortfallRule, rows: readonly Shortfall[]): ShortfallCheck {
  return { rule, checked: rows.length, failing: rows.filter((r) => r.actual < r.required) };
}
