import {
  departmentsScope,
  indicatorDataOf,
  measureAll,
  provinceScope,
  unitsScope,
  type Figures,
  type UnitScope,
} from '../../domain/indicators';
import type { CaseFileMonth, OwnerKind } from '../../domain/procedures';
import type { Period } from '../../domain/period';
import type { Owner } from './service-levels';

/**
 * The services page's four shares are the catalogue's `services.*` indicators: this module names them and asks
 * `measure()` for them, per owner, per group of owners and for the whole province. It computes no figure itself.
 * Online payment is counted on files resolved, digitisation on files received (see the catalogue's definitions).
 */
export type Measure = 'online' | 'onTime' | 'paidOnline' | 'digitised';
export const MEASURES: readonly Measure[] = ['online', 'onTime', 'paidOnline', 'digitised'];

const IDS = ['services.online', 'services.onTime', 'services.paidOnline', 'services.digitised'] as const;
type ServiceId = (typeof IDS)[number];
export const indicatorOf = (m: Measure): ServiceId => `services.${m}`;

/** One scope's four measurements: value, numerator and denominator each. */
export type ServiceFigures = Figures<ServiceId>;

export type CaseFilesByYear = ReadonlyMap<number, readonly CaseFileMonth[]>;

/**
 * The scope's figures for the period, or null unless every month of it is reported: a period with a month missing
 * would otherwise show a partial sum as if it were whole (`measure()` gives no value then).
 */
export function serviceFigures(byYear: CaseFilesByYear, scope: UnitScope, period: Period): ServiceFigures | null {
  const f = measureAll(IDS, indicatorDataOf({ caseFilesByYear: byYear }), scope, period);
  return f['services.online'].denominator === null ? null : f;
}

export const rateIn = (f: ServiceFigures | null | undefined, m: Measure): number | null => f?.[indicatorOf(m)].value ?? null;
export const numeratorIn = (f: ServiceFigures | null | undefined, m: Measure): number | null => f?.[indicatorOf(m)].numerator ?? null;
export const denominatorIn = (f: ServiceFigures | null | undefined, m: Measure): number | null => f?.[indicatorOf(m)].denominator ?? null;

/** A district is its People's Committee's own files; a department its own. */
export const ownerScope = (o: Owner): UnitScope => (o.kind === 'district' ? unitsScope([o.code]) : departmentsScope([o.code]));

export interface OwnerFigures extends Owner {
  readonly figures: ServiceFigures | null;
}

/** One row per owner with its figures for the period. */
export function figuresByOwner(byYear: CaseFilesByYear, period: Period, owners: readonly Owner[]): OwnerFigures[] {
  return owners.map((o) => ({ ...o, figures: serviceFigures(byYear, ownerScope(o), period) }));
}

/** A group of owners of one kind as one scope, so its rate pools their counts (never an average of their rates). */
export function groupScope(owners: readonly Owner[], kind: OwnerKind): UnitScope {
  const codes = owners.filter((o) => o.kind === kind).map((o) => o.code);
  return kind === 'district' ? unitsScope(codes) : departmentsScope(codes);
}

export type Scope = 'province' | OwnerKind;
export const SCOPES: readonly Scope[] = ['department', 'district', 'province'];

/** All departments, all districts, and the whole province ("Toàn tỉnh": every owner, departments included). */
export function figuresByScope(byYear: CaseFilesByYear, period: Period, owners: readonly Owner[]): Record<Scope, ServiceFigures | null> {
  return {
    department: serviceFigures(byYear, groupScope(owners, 'department'), period),
    district: serviceFigures(byYear, groupScope(owners, 'district'), period),
    province: serviceFigures(byYear, provinceScope(owners.filter((o) => o.kind === 'district').map((o) => o.code)), period),
  };
}
