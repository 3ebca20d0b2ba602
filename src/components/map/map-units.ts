/**
 * Which units a map lists, and whether its figures belong on its shapes. Codes are only comparable within one unit
 * set (436 is Hà Tĩnh city before and after 1 Jan 2025, with other borders), so figures by one set are never painted
 * on the shapes of another.
 */
export interface MapUnit {
  readonly code: string;
  readonly name: string;
}

export interface MapUnitsInput {
  /** The set the figures are by, when the page knows it (id and units). */
  readonly unitSet?: { readonly id: string; readonly units: readonly MapUnit[] };
  /** The unit set of the boundary file drawn, when its config names one. */
  readonly fileUnitSet?: string;
  /** District-level units of the catalogue in force during the period: the default list. */
  readonly districts: readonly MapUnit[];
  /** Names of the communes the catalogue knows, for shapes of a commune file. */
  readonly communeNames: ReadonlyMap<string, string>;
  /** Codes of the shapes drawn; null while the file loads. */
  readonly shapeCodes: readonly string[] | null;
  /** Units that have a figure this period. */
  readonly valueCodes: readonly string[];
}

export type MapUnits =
  | { readonly kind: 'units'; readonly units: readonly MapUnit[] }
  /** The figures are by other units than the shapes: nothing is painted, and the map says why. */
  | { readonly kind: 'other-set'; readonly valueCount: number; readonly shapeCount: number | null };

export function mapUnits(input: MapUnitsInput): MapUnits {
  const { unitSet, fileUnitSet, districts, shapeCodes } = input;
  if (unitSet) {
    if (fileUnitSet !== undefined && unitSet.id !== fileUnitSet) return { kind: 'other-set', valueCount: unitSet.units.length, shapeCount: shapeCodes?.length ?? null };
    return { kind: 'units', units: unitSet.units };
  }
  if (!shapeCodes) return { kind: 'units', units: districts };
  const shapes = new Set(shapeCodes);
  // A district file: the catalogue's districts are the units. A commune file (from 1 Jul 2025): its shapes are.
  const units = districts.some((d) => shapes.has(d.code)) ? districts : shapeCodes.map((code) => ({ code, name: input.communeNames.get(code) ?? code }));
  if (input.valueCodes.length > 0 && !input.valueCodes.some((code) => shapes.has(code))) {
    return { kind: 'other-set', valueCount: input.valueCodes.length, shapeCount: shapeCodes.length };
  }
  return { kind: 'units', units };
}
