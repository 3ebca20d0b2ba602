/**
 * Moving additive counts (numerators, denominators, case counts…) from an older unit set to a newer one.
 * Rates are never re-aggregated: re-aggregate their numerators and denominators, then divide.
 */
import type { Crosswalk, CrosswalkLink, CrosswalkRelation } from './types';

/**
 * Chains two crosswalks (A → B, then B → C) into A → C. A link of the chain is `partial` when any step is: a unit
 * split at any step cannot be followed whole. The same (from, to) reached by two paths is kept once, and is
 * `full` only if every path is (a split unit re-joined later still had its figures split in between).
 */
export function composeCrosswalks(first: Crosswalk, second: Crosswalk): Crosswalk {
  if (first.toSet !== second.fromSet) throw new Error(`Crosswalks do not chain: ${first.toSet} ≠ ${second.fromSet}`);
  const next = new Map<string, CrosswalkLink[]>();
  for (const link of second.links) next.set(link.from, [...(next.get(link.from) ?? []), link]);
  const composed = new Map<string, CrosswalkLink>();
  for (const a of first.links) {
    const onward = next.get(a.to);
    if (!onward) throw new Error(`Unit ${a.to} of ${first.toSet} is missing from the crosswalk to ${second.toSet}`);
    for (const b of onward) {
      const relation: CrosswalkRelation = a.relation === 'full' && b.relation === 'full' ? 'full' : 'partial';
      const key = `${a.from}→${b.to}`;
      const seen = composed.get(key);
      composed.set(key, { from: a.from, to: b.to, relation: seen?.relation === 'partial' ? 'partial' : relation });
    }
  }
  return { fromSet: first.fromSet, toSet: second.toSet, effective: second.effective, links: [...composed.values()] };
}

/** Composes a chain of crosswalks, oldest first (e.g. 216 → 209, then 209 → 69). */
export function chainCrosswalks(chain: readonly Crosswalk[]): Crosswalk {
  const [head, ...rest] = chain;
  if (!head) throw new Error('Empty crosswalk chain');
  return rest.reduce(composeCrosswalks, head);
}

/**
 * The crosswalk from one unit set to a later one, chained from the province's list of single steps (any order).
 * Null when the sets are the same (figures need no re-aggregation); throws when no chain of steps connects them,
 * e.g. backwards in time: figures are carried forward to the units in force, never split back into old ones.
 */
export function crosswalkBetween(steps: readonly Crosswalk[], fromSet: string, toSet: string): Crosswalk | null {
  if (fromSet === toSet) return null;
  // Re-aggregating a year asks for the same chain once per month and group: it is composed once per list of steps.
  let chains = chainMemo.get(steps);
  if (!chains) {
    chains = new Map();
    chainMemo.set(steps, chains);
  }
  const key = `${fromSet}→${toSet}`;
  let walk = chains.get(key);
  if (!walk) {
    walk = composeChain(steps, fromSet, toSet);
    chains.set(key, walk);
  }
  return walk;
}

const chainMemo = new WeakMap<readonly Crosswalk[], Map<string, Crosswalk>>();

function composeChain(steps: readonly Crosswalk[], fromSet: string, toSet: string): Crosswalk {
  const chain: Crosswalk[] = [];
  let at = fromSet;
  while (at !== toSet) {
    const step = steps.find((s) => s.fromSet === at);
    if (!step || chain.includes(step)) throw new Error(`No crosswalk chain from unit set ${fromSet} to ${toSet}`);
    chain.push(step);
    at = step.toSet;
  }
  return chainCrosswalks(chain);
}

export type Counts = Readonly<Record<string, number>>;

export type ReaggregatedUnit =
  /** Every input of the new unit came to it whole and reported: its counts are the sums. */
  | { readonly status: 'comparable'; readonly counts: Counts; readonly inputs: readonly string[] }
  /** Some input was split (`partial`): no history is made up; `partialInputs` names the split units. */
  | { readonly status: 'not-comparable'; readonly inputs: readonly string[]; readonly partialInputs: readonly string[] }
  /** Every input came whole but some reported nothing: a sum would understate the unit. */
  | { readonly status: 'incomplete'; readonly inputs: readonly string[]; readonly missingInputs: readonly string[] };

export interface Reaggregation {
  /** One entry per unit of the newer set that the crosswalk reaches, keyed by its code. */
  readonly units: ReadonlyMap<string, ReaggregatedUnit>;
  /** Old codes that had figures but are not in the crosswalk: their figures went nowhere, so say so. */
  readonly unmapped: readonly string[];
}

function sumCounts(rows: readonly Counts[]): Counts {
  const total: Record<string, number> = {};
  for (const row of rows) for (const [key, value] of Object.entries(row)) total[key] = (total[key] ?? 0) + value;
  return total;
}

/**
 * Re-aggregates counts keyed by old unit code onto the newer set of a crosswalk. A new unit any of whose inputs is
 * `partial` is "not comparable": the share of a split unit's figures that belongs to each successor is unknown,
 * and splitting by area or population would invent a history.
 */
export function reaggregate(values: ReadonlyMap<string, Counts>, crosswalk: Crosswalk): Reaggregation {
  const byTarget = new Map<string, CrosswalkLink[]>();
  for (const link of crosswalk.links) byTarget.set(link.to, [...(byTarget.get(link.to) ?? []), link]);
  const units = new Map<string, ReaggregatedUnit>();
  for (const [code, links] of [...byTarget].sort(([a], [b]) => a.localeCompare(b))) {
    const inputs = links.map((l) => l.from).sort();
    const partialInputs = links.filter((l) => l.relation === 'partial').map((l) => l.from).sort();
    const missingInputs = inputs.filter((from) => !values.has(from));
    if (partialInputs.length > 0) units.set(code, { status: 'not-comparable', inputs, partialInputs });
    else if (missingInputs.length > 0) units.set(code, { status: 'incomplete', inputs, missingInputs });
    else units.set(code, { status: 'comparable', counts: sumCounts(inputs.map((from) => values.get(from) ?? {})), inputs });
  }
  const mapped = new Set(crosswalk.links.map((l) => l.from));
  const unmapped = [...values.keys()].filter((code) => !mapped.has(code)).sort();
  return { units, unmapped };
}
