export { loadBoundaries, resolveBoundariesUrl } from './load';
export { normaliseBoundaries, readCode, type Boundaries, type BoundaryFeature, type BoundaryGeometry, type BoundaryProperties } from './normalise';
export { boundariesQueries } from './queries';
export { reconcileBoundaries, type BoundaryReconciliation } from './reconcile';
export { rewindGeometry, ringSignedArea, type Winding } from './winding';
export { boundariesForPeriod, boundaryFileOn, type PeriodBoundaries } from './for-period';
