export interface BoundaryReconciliation {
  /** Units in the catalogue that no shape draws: the map must say so, not leave a silent hole. */
  readonly missingShapes: readonly string[];
  /** Shapes whose code is no unit of the catalogue (a stale file, a typo, another level). */
  readonly unknownShapes: readonly string[];
}

const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Compares the codes a boundary file draws with the unit codes the data speak of. Output is sorted and de-duplicated. */
export function reconcileBoundaries(featureCodes: Iterable<string>, unitCodes: Iterable<string>): BoundaryReconciliation {
  const shapes = new Set(featureCodes);
  const units = new Set(unitCodes);
  return {
    missingShapes: [...units].filter((code) => !shapes.has(code)).sort(byCode),
    unknownShapes: [...shapes].filter((code) => !units.has(code)).sort(byCode),
  };
}
