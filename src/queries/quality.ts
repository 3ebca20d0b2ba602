import type { QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '../config/schema';
import type { ComplaintMonth } from '../domain/complaints';
import type { DistrictDisclosureQuarter } from '../domain/disclosure';
import type { EmulationModel } from '../domain/emulation';
import type { CaseFileMonth } from '../domain/procedures';
import {
  applyRules,
  applyUnitScope,
  CASE_FILE_IDENTITY,
  COMPLAINT_IDENTITY,
  COMPLAINT_RULES,
  DISCLOSURE_IDENTITY,
  DISCLOSURE_RULES,
  emulationRules,
  MODEL_IDENTITY,
  monthSpan,
  PROCEDURE_RULES,
  quarterSpan,
  yearSpan,
  type QualityIssue,
  type QualitySplit,
} from '../domain/quality';
import { scopeUnits } from '../domain/unit-history';
import type { AdminUnit } from '../domain/units';
import { unitQueries } from './units';

/**
 * Every query of a checked system returns its records already split: consumers (pages, rankings, briefing, exports)
 * only ever see accepted records, and the issues travel with the result for the panels' notes and the data-quality page.
 */
export interface QualityChecked {
  readonly issues: readonly QualityIssue[];
  /** "unchecked" when the unit catalogue did not answer: unit codes could not be checked against it. */
  readonly unitScope: 'checked' | 'unchecked';
}

/**
 * The unit versions records may be reported for, from the cache when loaded: each unit set's mapped level (the
 * districts up to 30 Jun 2025, the 69 communes and wards after), each with its validity, so that a record is
 * accepted when its unit is in the set in force for its month. Null when the catalogue fails.
 */
export async function catalogueDistricts(client: QueryClient, config: AppConfig): Promise<readonly AdminUnit[] | null> {
  try {
    return scopeUnits((await client.fetchQuery(unitQueries.catalogue(config))).history);
  } catch {
    // The unit catalogue's own panels report its failure; figures still load, with their unit codes unchecked.
    return null;
  }
}

function combine<R>(records: readonly R[], rules: (rs: readonly R[]) => QualitySplit<R>, scope: ((rs: readonly R[]) => QualitySplit<R>) | null) {
  const scoped = scope ? scope(records) : { accepted: [...records], issues: [] };
  const checked = rules(scoped.accepted);
  return {
    accepted: checked.accepted,
    issues: [...scoped.issues, ...checked.issues],
    unitScope: scope ? ('checked' as const) : ('unchecked' as const),
  };
}

export function checkComplaintMonths(records: readonly ComplaintMonth[], districts: readonly AdminUnit[] | null) {
  return combine(
    records,
    (rs) => applyRules(rs, COMPLAINT_RULES, COMPLAINT_IDENTITY),
    districts && ((rs) => applyUnitScope(rs, districts, COMPLAINT_IDENTITY, (r) => monthSpan(r.month), 'ma_don_vi')),
  );
}

/** A department's case files are not about an administrative unit: only district owners are checked against the catalogue. */
export function checkCaseFileMonths(records: readonly CaseFileMonth[], districts: readonly AdminUnit[] | null) {
  return combine(
    records,
    (rs) => applyRules(rs, PROCEDURE_RULES, CASE_FILE_IDENTITY),
    districts &&
      ((rs) => applyUnitScope(rs, districts, CASE_FILE_IDENTITY, (r) => monthSpan(r.month), 'maDVHC', (r) => r.ownerKind === 'district')),
  );
}

/**
 * A model belongs to a unit the catalogue knows, in force at some time since the model was registered (a model
 * of a district that has since merged stays in the registry's history). `asOf` bounds the registry's years.
 */
export function checkModels(models: readonly EmulationModel[], districts: readonly AdminUnit[] | null, asOf: string) {
  const lastYear = Number(asOf.slice(0, 4));
  return combine(
    models,
    (ms) => applyRules(ms, emulationRules(lastYear), MODEL_IDENTITY),
    districts &&
      ((ms) =>
        applyUnitScope(ms, districts, MODEL_IDENTITY, (m) => ({ from: yearSpan(m.yearRegistered).from, to: yearSpan(lastYear).to }), 'ma_don_vi')),
  );
}

export function checkDisclosureQuarters(rows: readonly DistrictDisclosureQuarter[], districts: readonly AdminUnit[] | null) {
  return combine(
    rows,
    (rs) => applyRules(rs, DISCLOSURE_RULES, DISCLOSURE_IDENTITY),
    districts && ((rs) => applyUnitScope(rs, districts, DISCLOSURE_IDENTITY, (r) => quarterSpan(r.quarter), 'maHuyen')),
  );
}
