import { describe, expect, it } from 'vitest';
import { reconcileBoundaries } from './reconcile';

describe('reconcileBoundaries', () => {
  it.each([
    { name: 'a perfect match', shapes: ['436', '437'], units: ['437', '436'], missing: [], unknown: [] },
    { name: 'a unit without a shape', shapes: ['436'], units: ['436', '448'], missing: ['448'], unknown: [] },
    { name: 'a shape without a unit (stale file)', shapes: ['436', '448'], units: ['436'], missing: [], unknown: ['448'] },
    { name: 'both, sorted numerically', shapes: ['9', '10', '436'], units: ['436', '449', '1000'], missing: ['449', '1000'], unknown: ['9', '10'] },
    { name: 'duplicates are reported once', shapes: ['1', '1'], units: ['2', '2'], missing: ['2'], unknown: ['1'] },
    { name: 'nothing at all', shapes: [], units: [], missing: [], unknown: [] },
  ])('$name', ({ shapes, units, missing, unknown }) => {
    expect(reconcileBoundaries(shapes, units)).toEqual({ missingShapes: missing, unknownShapes: unknown });
  });
});
