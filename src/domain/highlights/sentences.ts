import type { Language } from '../../lib/i18n';
import {
  biggestMoves,
  displayedChange,
  extremes,
  rankOf,
  type Figure,
  type IndicatorSnapshot,
  type ShortfallCheck,
  type UnitFigure,
} from './snapshot';
import { TEMPLATES, type Templates } from './templates';

/**
 * Highlights: short sentences written from a slide's figures. Each function reads one snapshot (or one set of
 * figures) and nothing else, so a sentence can only state what the slide's chart and table show.
 */

const unitOf = (T: Templates, s: IndicatorSnapshot) => T.indicator[s.indicator].unit ?? '';

function valueText(T: Templates, s: IndicatorSnapshot, value: number): string {
  return s.measure === 'rate' ? T.rate(value) : T.count(value, unitOf(T, s));
}

function namedValues(T: Templates, s: IndicatorSnapshot, units: readonly UnitFigure[]): string {
  // Tied units share one figure: "A và B (83,1%)".
  const first = units[0];
  if (!first || first.value === null) return '';
  return T.unitAndValue(T.names(units.map((u) => u.name)), valueText(T, s, first.value));
}

/** "Tỷ lệ … toàn tỉnh đạt 69,7%, tăng 8,7 điểm % so với cùng kỳ năm trước; cao nhất là …, thấp nhất là …." */
export function levelSentence(s: IndicatorSnapshot, lang: Language): string {
  const T = TEMPLATES[lang];
  const words = T.indicator[s.indicator];
  if (s.province.value === null) return T.noData(words.name);
  const change = T.change(displayedChange(s.province, s.measure), s.measure, unitOf(T, s), s.comparisonBasis);
  const ex = extremes(s);
  const named = ex ? { high: namedValues(T, s, ex.highest), low: namedValues(T, s, ex.lowest) } : null;
  return s.measure === 'rate'
    ? T.provinceRate(words.name, T.rate(s.province.value), change, named)
    : T.provinceCount(words, bareCount(T, s.province.value), change, named);
}

/** Counts in running text carry their noun after the number ("4.567 đơn thư"), so the number goes alone here. */
const bareCount = (T: Templates, value: number) => T.count(value, '').trim();

/** "So với cùng kỳ năm trước, tăng nhiều nhất là A (5,3 điểm %); giảm nhiều nhất là B (4,1 điểm %)." Null without comparisons. */
export function movesSentence(s: IndicatorSnapshot, lang: Language): string | null {
  const T = TEMPLATES[lang];
  if (!s.units.some((u) => displayedChange(u, s.measure) !== null)) return null;
  const { rise, fall } = biggestMoves(s);
  const size = (change: number) => (s.measure === 'rate' ? T.points(Math.abs(change)) : T.count(Math.abs(change), unitOf(T, s)));
  const describe = (m: typeof rise) => (m ? T.unitAndValue(T.names(m.units.map((u) => u.name)), size(m.change)) : null);
  return T.moves(s.comparisonBasis, describe(rise), describe(fall), s.comparisonBasis === 'previousYearEnd');
}

/**
 * A secondary figure in one sentence: a rate with its weakest unit ("… toàn tỉnh đạt 97,2%; thấp nhất là X (91,0%)"),
 * or a count with the unit that has most ("Đơn vượt cấp …: nhiều nhất là Thị xã Kỳ Anh (120 đơn)").
 */
export function summarySentence(s: IndicatorSnapshot, lang: Language): string | null {
  const T = TEMPLATES[lang];
  const words = T.indicator[s.indicator];
  if (s.province.value === null) return null;
  const ex = extremes(s);
  if (s.measure === 'rate') {
    if (!ex) return null;
    const weakest = s.better === 'higher' ? ex.lowest : ex.highest;
    return T.weakestRate(words.name, T.rate(s.province.value), namedValues(T, s, weakest), s.better === 'higher');
  }
  if (!ex) return null;
  return T.mostCount(words, bareCount(T, s.province.value), namedValues(T, s, ex.highest));
}

/** Units named in a shortfall sentence: the worst ones; a slide cannot read out a list of thirteen. */
export const SHORTFALL_NAMED = 4;

/**
 * The units below a legal minimum, worst first (lowest share of the minimum met), at most SHORTFALL_NAMED of them by
 * name and the others referred to the table; or that every unit meets it. Null when no unit was checked.
 */
export function shortfallSentence(check: ShortfallCheck, lang: Language): string | null {
  if (!check.checked) return null;
  const share = (f: { actual: number; required: number }) => (f.required > 0 ? f.actual / f.required : 1);
  const worst = check.failing.toSorted((a, b) => share(a) - share(b));
  return TEMPLATES[lang].shortfall(check.rule, worst.slice(0, SHORTFALL_NAMED), worst.length > SHORTFALL_NAMED);
}

/** When a period and its comparison were measured against different legal lists (disclosure, 2023-07). */
export function basisChangedSentence(lang: Language): string {
  return TEMPLATES[lang].basisChanged();
}

export interface OverviewFigures {
  readonly disclosureOnTime: Figure;
  readonly received: Figure;
  readonly complaintResolution: Figure;
  readonly onlineShare: Figure;
  readonly onTimeHandling: Figure;
  /** Stocks at the end of the year; compared with the end of the year before. */
  readonly models: Figure;
  readonly exemplary: Figure;
}

/** One sentence per theme for the Overview slide: each clause a headline figure and its change on last year. */
export function overviewSentences(o: OverviewFigures, lang: Language): string[] {
  const T = TEMPLATES[lang];
  const rate = (id: 'disclosureOnTime' | 'complaintResolution' | 'onlineShare' | 'onTimeHandling', f: Figure, inner: boolean) => {
    if (f.value === null) return null;
    const name = inner ? T.inner(T.indicator[id].name) : T.indicator[id].name;
    return T.rateClause(name, T.rate(f.value), T.change(displayedChange(f, 'rate'), 'rate', '', 'samePeriodLastYear'));
  };
  const count = (id: 'received' | 'models', f: Figure) => {
    if (f.value === null) return null;
    const words = T.indicator[id];
    const basis = id === 'models' ? 'previousYearEnd' : 'samePeriodLastYear';
    return T.countClause(words, bareCount(T, f.value), T.change(displayedChange(f, 'count'), 'count', words.unit ?? '', basis));
  };
  const sentences = [
    [rate('disclosureOnTime', o.disclosureOnTime, false)],
    [count('received', o.received), rate('complaintResolution', o.complaintResolution, true)],
    [rate('onlineShare', o.onlineShare, false), rate('onTimeHandling', o.onTimeHandling, true)],
    [count('models', o.models), o.models.value !== null && o.exemplary.value !== null ? T.ofWhich(bareCount(T, o.exemplary.value), T.indicator.exemplary) : null],
  ];
  return sentences
    .map((clauses) => clauses.filter((c): c is string => c !== null))
    .filter((clauses) => clauses.length > 0)
    .map((clauses) => T.sentence(clauses));
}

/**
 * A unit against the province on one rate: "Tỷ lệ … đạt 72,3%, cao hơn mức chung toàn tỉnh (69,7%), xếp thứ 4/13
 * đơn vị." Null when the unit has no figure.
 */
export function unitRateSentence(s: IndicatorSnapshot, code: string, lang: Language): string | null {
  const T = TEMPLATES[lang];
  const unit = s.units.find((u) => u.code === code);
  const rank = rankOf(s, code);
  if (!unit || unit.value === null || !rank || s.province.value === null) return null;
  const gap = displayedChange({ value: unit.value, comparison: s.province.value }, s.measure) ?? 0;
  const relation = gap > 0 ? 'above' : gap < 0 ? 'below' : 'equal';
  return T.unitRate(T.indicator[s.indicator].name, valueText(T, s, unit.value), relation, valueText(T, s, s.province.value), rank.rank, rank.of);
}
