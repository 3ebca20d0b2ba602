import type { AdminUnit } from './units';

/**
 * Resident population of the district-level units, the denominator of every "per 10,000 residents" figure.
 * The districts' figures live here, each with its source (for the 69 communes and wards of 1 Jul 2025 the unit
 * catalogue's own figure is used: see `populationLookup`):
 * the domain brief's table A.1 where it gives one (census 2019 or the unit's own site), and an estimate
 * consistent with the provincial total where it does not. Estimates are flagged so a page can say so.
 * Population moves a few per cent a year, far less than petition or model counts do between units, so one figure
 * per unit serves every period of the demo span.
 */
export interface UnitPopulation {
  readonly code: string;
  readonly population: number;
  /** Year of the count; null when the source gives none. */
  readonly year: number | null;
  /** True when no published figure was found and the number is an estimate. */
  readonly estimate: boolean;
  readonly source: string;
}

const published = (code: string, population: number, year: number | null, source: string): UnitPopulation => ({
  code,
  population,
  year,
  estimate: false,
  source,
});

const estimated = (code: string, population: number): UnitPopulation => ({
  code,
  population,
  year: null,
  estimate: true,
  source: 'Ước tính, khớp với tổng dân số toàn tỉnh',
});

export const DISTRICT_POPULATION: readonly UnitPopulation[] = [
  published('436', 104_037, 2019, 'hatinhcity.gov.vn (đăng ký thường trú, 9/2019)'),
  published('437', 36_940, 2019, 'Tổng điều tra dân số 2019'),
  published('439', 142_400, null, 'vi.wikipedia.org (Hương Sơn)'),
  published('440', 104_536, 2019, 'Tổng điều tra dân số 2019'),
  published('441', 28_544, 2019, 'Tổng điều tra dân số 2019'),
  published('442', 102_160, 2019, 'Tổng điều tra dân số 2019'),
  published('443', 127_515, 2019, 'Tổng điều tra dân số 2019'),
  // The brief's only published figure is from 2009; the 2019 count is unknown, so the demo's estimate is used.
  estimated('444', 110_000),
  estimated('445', 131_000),
  published('446', 149_313, 2019, 'Tổng điều tra dân số 2019'),
  estimated('447', 112_000),
  published('448', 86_000, null, 'locha.hatinh.gov.vn (khoảng 86.000 người)'),
  estimated('449', 89_000),
];

const BY_CODE = new Map(DISTRICT_POPULATION.map((p) => [p.code, p]));

/** The unit's population record, or null when the dashboard has none (the per-10,000 figure is then "no data"). */
export function populationOf(code: string): UnitPopulation | null {
  return BY_CODE.get(code) ?? null;
}

/** A unit's population by code, for the units ranked and mapped in any period. */
export type PopulationLookup = (code: string) => UnitPopulation | null;

/** The source a catalogue figure is credited to. */
export const CATALOGUE_POPULATION_SOURCE = 'Danh mục đơn vị hành chính';

/**
 * One source per figure: a district's population is its published figure above (with its source and year); a unit
 * the table does not list (the 69 communes and wards from 1 Jul 2025) takes the unit catalogue's figure for it.
 * `units` are the units directly under the province in any set (districts, then the 69): their codes are unique
 * across sets, unlike those of communes under a district, which are never per-10,000 units.
 */
export function populationLookup(units: readonly AdminUnit[]): PopulationLookup {
  const fromCatalogue = new Map<string, UnitPopulation>();
  for (const u of units) {
    if (BY_CODE.has(u.code) || u.population === undefined || u.population === null) continue;
    fromCatalogue.set(u.code, { code: u.code, population: u.population, year: null, estimate: false, source: CATALOGUE_POPULATION_SOURCE });
  }
  return (code) => BY_CODE.get(code) ?? fromCatalogue.get(code) ?? null;
}

/** Count per 10,000 residents; null when the population is unknown. */
export function per10k(count: number, population: number | null | undefined): number | null {
  return population && population > 0 ? (count / population) * 10_000 : null;
}
