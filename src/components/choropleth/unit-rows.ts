import type { Direction } from '../../domain/scale';
import { compareVietnamese } from '../../domain/units';

/** One unit as the tooltip and the accessible table show it. */
export interface UnitRow {
  readonly code: string;
  /** Falls back to the code when the catalogue has no name. */
  readonly name: string;
  readonly value: number | null;
  /** 1 = best for the indicator's direction; equal values share a rank (1, 2, 2, 4). Null without a value. */
  readonly rank: number | null;
  /** How many units have a value: the "of N" in "rank 3 of N". */
  readonly ranked: number;
  readonly previous: number | null;
  /** value − previous, when both exist. */
  readonly change: number | null;
  /** False when the boundary file has no shape for it: the unit is then only in the table. */
  readonly hasShape: boolean;
}

const finite = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Rows for every unit of the catalogue, ranked best first for the direction; units without a value follow,
 * in Vietnamese name order. Pure, so the tooltip, the table and tests agree.
 */
export function buildUnitRows(input: {
  unitCodes: readonly string[];
  unitNames: ReadonlyMap<string, string>;
  values: ReadonlyMap<string, number | null>;
  previousValues?: ReadonlyMap<string, number | null>;
  direction: Direction;
  shapeCodes: ReadonlySet<string>;
}): UnitRow[] {
  const { unitCodes, unitNames, values, previousValues, direction, shapeCodes } = input;
  const better = (a: number, b: number) => (direction === 'higher-is-better' ? b - a : a - b);
  const present = [...new Set(unitCodes)].map((code) => ({ code, value: finite(values.get(code)) }));
  const withValue = present.flatMap((u) => (u.value === null ? [] : [u.value])).sort(better);
  const rankOf = (value: number) => withValue.findIndex((v) => v === value) + 1;
  const rows = present.map(({ code, value }): UnitRow => {
    const previous = previousValues ? finite(previousValues.get(code)) : null;
    return {
      code,
      name: unitNames.get(code) ?? code,
      value,
      rank: value === null ? null : rankOf(value),
      ranked: withValue.length,
      previous,
      change: value !== null && previous !== null ? value - previous : null,
      hasShape: shapeCodes.has(code),
    };
  });
  return rows.sort((a, b) => {
    if (a.rank !== null && b.rank !== null && a.rank !== b.rank) return a.rank - b.rank;
    if (a.rank === null && b.rank !== null) return 1;
    if (a.rank !== null && b.rank === null) return -1;
    return compareVietnamese(a.name, b.name);
  });
}

/** "+2,5" / "−1,0" / "±0": the sign is always written, with a true minus sign. */
export function defaultFormatChange(formatValue: (value: number) => string): (change: number) => string {
  return (change) => `${change > 0 ? '+' : change < 0 ? '−' : '±'}${formatValue(Math.abs(change))}`;
}
