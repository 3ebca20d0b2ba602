/**
 * Which units a period is ranked on, and where the unit history (sets and crosswalks) comes from.
 *
 * The catalogue says what is in force: from 1 Jul 2025 the communes and wards whose parent is the province (the 69
 * units), before that the district-level units. A period is ranked on the units in force on its last day when
 * those are the province's communes (a period that spans 1 Jul 2025 is shown on the units at its end), and on the
 * districts in force on any day of it otherwise (as before: Lộc Hà is ranked up to 2024).
 *
 * The unit history is read through `useUnitHistory()`, the one point to connect to the catalogue's own sets and
 * crosswalks: without it, rankings of different unit sets are simply never compared, and the former-district view
 * says that its grouping is not available.
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { unitQueries } from '../queries/units';
import { useConfig } from './config-context';
import { periodEndDate, periodStartDate, type Period } from '../domain/period';
import { unitsInForce, type UnitHistory } from '../domain/ranking';
import { unitSetAt, type DatedUnit } from '../domain/unit-history';
import { compareVietnamese, unitValidDuring, type AdminUnit, type UnitCatalogue } from '../domain/units';

export interface RankedUnitSet {
  /** The unit set's id from the history ("2020-01", "2025-01", "2025-07"), or the tier when no history is known. */
  readonly setId: string;
  readonly level: 'district' | 'commune';
  /** Communes in Vietnamese order; districts in the catalogue's. */
  readonly units: readonly AdminUnit[];
}

const COMMUNE_TYPES: ReadonlySet<string> = new Set(['phuong', 'xa', 'thi-tran']);
const inForceOn = (u: AdminUnit, iso: string) => u.validFrom <= iso && (u.validTo === null || iso <= u.validTo);

/** A unit of the history's sets as the catalogue's pages know units: `name` is the full name there too. */
const fromDated = (u: DatedUnit): AdminUnit => ({ code: u.code, name: u.name, fullName: u.name, type: u.type, level: u.level, parentCode: u.parentCode, validFrom: u.validFrom, validTo: u.validTo });

export function rankedUnitsOf(catalogue: UnitCatalogue, period: Period, history: UnitHistory | null): RankedUnitSet {
  const end = periodEndDate(period);
  const inHistory = history ? unitSetAt(history.sets, end) : null;
  const historySet = inHistory?.id;
  const byName = (a: AdminUnit, b: AdminUnit) => compareVietnamese(a.fullName, b.fullName);
  // A set without districts (from 1 Jul 2025): its communes, as the history dates them.
  if (inHistory && inHistory.districts.length === 0) return { setId: inHistory.id, level: 'commune', units: inHistory.communes.map(fromDated).toSorted(byName) };
  const provinceCommunes = catalogue.communes.filter((c) => c.parentCode === catalogue.province.code && inForceOn(c, end));
  if (provinceCommunes.length > 0) return { setId: historySet ?? 'communes', level: 'commune', units: provinceCommunes.toSorted(byName) };
  const codes = new Set(unitsInForce(catalogue.districts, period));
  const units = catalogue.districts.filter((d) => codes.has(d.code));
  // A catalogue may list the new communes and wards as the province's direct units: they are communes all the same.
  if (units.length > 0 && units.every((u) => COMMUNE_TYPES.has(u.type))) return { setId: historySet ?? 'communes', level: 'commune', units: units.toSorted(byName) };
  // Districts keep the catalogue's order, the order ties at the edge of a top-3 were always cut by.
  return { setId: historySet ?? 'districts', level: 'district', units };
}

/**
 * A unit's record for a page opened on `code` in `period`: a code reused across sets (18073 was Phường Nam Hà up
 * to 30 Jun 2025 and is Phường Thành Sen from 1 Jul 2025) resolves to the unit ranked in the period.
 */
export function unitForPeriod(catalogue: UnitCatalogue, period: Period, code: string, history: UnitHistory | null): AdminUnit | null {
  return rankedUnitsOf(catalogue, period, history).units.find((u) => u.code === code) ?? null;
}

// undefined = nothing provided: the catalogue's own history is used.
const UnitHistoryContext = createContext<UnitHistory | null | undefined>(undefined);

export function UnitHistoryProvider({ history, children }: { history: UnitHistory | null; children: ReactNode }) {
  return <UnitHistoryContext.Provider value={history}>{children}</UnitHistoryContext.Provider>;
}

/** The unit sets and crosswalks of the catalogue (or of a provider, in tests); null until the catalogue serves them. */
export function useUnitHistory(): UnitHistory | null {
  const provided = useContext(UnitHistoryContext);
  const catalogue = useQuery(unitQueries.catalogue(useConfig()));
  return provided !== undefined ? provided : (catalogue.data?.history ?? null);
}

/**
 * Any catalogue record of a code, preferring the version in force during the period: a page opened on a reused
 * code in 2024 names Phường Nam Hà, in 2026 Phường Thành Sen.
 */
export function catalogueRecordFor(catalogue: UnitCatalogue, period: Period, code: string): AdminUnit | null {
  const versions = [...catalogue.districts, ...catalogue.communes].filter((u) => u.code === code);
  const from = periodStartDate(period);
  const to = periodEndDate(period);
  return versions.find((u) => unitValidDuring(u, from, to)) ?? versions.at(-1) ?? null;
}
