export type { Crosswalk, CrosswalkLink, CrosswalkRelation, DatedUnit, UnitSet } from './types';
export { setsBetween, unitSetAt, unitSetForPeriod, type PeriodUnits } from './unit-sets';
export { chainCrosswalks, composeCrosswalks, crosswalkBetween, reaggregate, type Counts, type ReaggregatedUnit, type Reaggregation } from './crosswalk';
export { groupByFormerDistrict, type FormerDistrictGroup, type FormerDistrictGrouping } from './former-district';
export { datedUnit, dayBefore, deriveUnitSets, versionIn, type UnitHistory } from './catalogue';
export { liftLinks, mappedLevel, periodUnitSet, scopeUnits, unitsOfSet, type LiftedLink, type MappedLevel, type PeriodUnitSet } from './in-force';
export { heldApartCode, heldApartName, heldApartUnit, placeOnSet, rebaseForPeriod, rebaseRecords, type PeriodRebase, type Rebased, type RecordKeying } from './rebase';
