/**
 * Memos keyed by a dataset's identity. A page evaluates every indicator for every unit (69 communes × ~25
 * indicators × three periods): scanning a year of records for each of those calls made the figures quadratic in the
 * number of units. Records are indexed by unit once per dataset, and the totals of one (period, units) pair are
 * computed once and shared by the indicators that divide them. Query data are never mutated, so an array's identity
 * stands for its contents; a new answer is a new array and starts a new memo (the old one is garbage-collected).
 */

/** The value for `key` among those kept for `dataset`, computed on first use. */
export function memoOf<D extends object, V>(memo: WeakMap<D, Map<string, V>>, dataset: D, key: string, compute: () => V): V {
  let byKey = memo.get(dataset);
  if (!byKey) {
    byKey = new Map();
    memo.set(dataset, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as V;
  const value = compute();
  byKey.set(key, value);
  return value;
}

/** One value per dataset, computed on first use. */
export function onceOf<D extends object, V>(memo: WeakMap<D, V>, dataset: D, compute: (dataset: D) => V): V {
  if (memo.has(dataset)) return memo.get(dataset) as V;
  const value = compute(dataset);
  memo.set(dataset, value);
  return value;
}

/** Records grouped by a key (their unit), in their original order. */
export function groupBy<R>(records: readonly R[], keyOf: (r: R) => string): ReadonlyMap<string, readonly R[]> {
  const groups = new Map<string, R[]>();
  for (const r of records) {
    const k = keyOf(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/**
 * The records of the units given, through the index: exactly the records whose unit is in `codes` (each once,
 * as `codes` is a set), which is what a filter over every record returned.
 */
export function recordsOfUnits<R>(index: ReadonlyMap<string, readonly R[]>, codes: ReadonlySet<string>): R[] {
  const out: R[] = [];
  for (const code of codes) {
    const list = index.get(code);
    if (list) for (const r of list) out.push(r);
  }
  return out;
}
