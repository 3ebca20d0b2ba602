/**
 * Who reports, month by month: the units directly under the province in force that month, with the facts the
 * generators scale their volumes by. Until 2024-12 the 13 districts; 2025-01 … 2025-06 the 12 districts left after
 * Lộc Hà joined Thạch Hà; from 2025-07, with districts abolished, the 69 communes and wards (see unit-history.ts).
 * Systems that reported by district report by the new commune from then on; the commune tier (disclosure) follows
 * the 216 → 209 → 69 sets the same way. Codes recur across sets, so a unit is known by (code, set).
 *
 * Populations. The demo knows each district's population, not each commune's: a 2020–2024 commune gets a share
 * of its district's population (wards and townships weigh more than rural communes, with a fixed jitter), and every
 * later unit the sum of what it took over through the crosswalks (a commune split between several new units is
 * shared equally between them, as the crosswalk gives no shares). The province total is therefore the same in
 * every set, and any figure scaled by population continues across the reforms instead of jumping.
 */
import type { MonthKey } from '../../src/domain/period';
import type { UnitType } from '../../src/domain/units';
import { rng } from './random';
import { CROSSWALKS, SET_2020, SET_2025_01, SET_2025_07, UNIT_SETS } from './unit-history';
import { COMMUNES_2025_07 } from './units-2025-07.generated';
import { DEMO_COMMUNES, DEMO_DISTRICTS, TYPE_LABEL, type DemoDistrict, type Terrain } from './units';

export type UnitSetId = typeof SET_2020.id | typeof SET_2025_01.id | typeof SET_2025_07.id;

/** The unit set in force in a month (the reforms took effect on the first of a month). */
export function unitSetOf(month: MonthKey): UnitSetId {
  if (month < SET_2025_01.validFrom.slice(0, 7)) return SET_2020.id;
  if (month < SET_2025_07.validFrom.slice(0, 7)) return SET_2025_01.id;
  return SET_2025_07.id;
}

export interface ReportingUnit {
  readonly set: UnitSetId;
  readonly code: string;
  /** Bare name, without its type: "Thạch Hà", "Thành Sen". */
  readonly name: string;
  readonly type: Exclude<UnitType, 'tinh'>;
  readonly level: 'district' | 'commune';
  /** The district (communes before 2025-07) or the province. */
  readonly parentCode: string;
  readonly population: number;
  readonly terrain: Terrain;
  /** The 2020–2024 district most of its residents lived in: what the former-district grouping and local habits follow. */
  readonly formerDistrict: string;
}

const TYPE_WEIGHT: Readonly<Record<string, number>> = { phuong: 1.8, 'thi-tran': 1.5, xa: 1 };

const bare = (name: string, type: string) => {
  const prefix = `${TYPE_LABEL[type as keyof typeof TYPE_LABEL] ?? ''} `;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
};

/** Residents of each 2020–2024 commune, as shares of its district (see the header). */
function communePopulation2020(): Map<string, number> {
  const out = new Map<string, number>();
  for (const district of DEMO_DISTRICTS) {
    const communes = DEMO_COMMUNES.filter((c) => c.districtCode === district.code);
    const weights = communes.map((c) => (TYPE_WEIGHT[c.type] ?? 1) * Math.exp(Math.max(-0.6, Math.min(0.6, rng(`units:population:${c.code}`).normal(0, 0.3)))));
    const total = weights.reduce((s, w) => s + w, 0);
    communes.forEach((c, i) => out.set(c.code, (district.population * (weights[i] ?? 0)) / total));
  }
  return out;
}

/** Residents by former district, per unit of the next set, carried through a crosswalk (partial links share equally). */
function carry(from: ReadonlyMap<string, ReadonlyMap<string, number>>, links: readonly { from: string; to: string }[]): Map<string, Map<string, number>> {
  const targets = new Map<string, number>();
  for (const l of links) targets.set(l.from, (targets.get(l.from) ?? 0) + 1);
  const out = new Map<string, Map<string, number>>();
  for (const l of links) {
    const byDistrict = from.get(l.from);
    if (!byDistrict) throw new Error(`No residents known for ${l.from}`);
    const share = 1 / (targets.get(l.from) ?? 1);
    let into = out.get(l.to);
    if (!into) out.set(l.to, (into = new Map()));
    for (const [d, n] of byDistrict) into.set(d, (into.get(d) ?? 0) + n * share);
  }
  return out;
}

const sumOf = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
const largest = (m: ReadonlyMap<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';

function districtOf(code: string): DemoDistrict {
  const d = DEMO_DISTRICTS.find((x) => x.code === code);
  if (!d) throw new Error(`Unknown district ${code}`);
  return d;
}

interface Tiers {
  readonly districts: readonly ReportingUnit[];
  readonly communes: readonly ReportingUnit[];
}

function buildTiers(): Readonly<Record<UnitSetId, Tiers>> {
  const [jan, jul] = CROSSWALKS;
  const [, set2025Jan, set2025Jul] = UNIT_SETS;
  if (!jan || !jul || !set2025Jan || !set2025Jul) throw new Error('unit-history has fewer sets than expected');
  const pop2020 = communePopulation2020();
  const residents2020 = new Map(DEMO_COMMUNES.map((c) => [c.code, new Map([[c.districtCode, pop2020.get(c.code) ?? 0]])]));
  const residentsJan = carry(residents2020, jan.links);
  const residentsJul = carry(residentsJan, jul.links);

  const set2020: Tiers = {
    districts: DEMO_DISTRICTS.map((d) => ({
      set: SET_2020.id,
      code: d.code,
      name: d.name,
      type: d.type,
      level: 'district',
      parentCode: '42',
      population: d.population,
      terrain: d.terrain,
      formerDistrict: d.code,
    })),
    communes: DEMO_COMMUNES.map((c) => ({
      set: SET_2020.id,
      code: c.code,
      name: c.name,
      type: c.type,
      level: 'commune',
      parentCode: c.districtCode,
      population: pop2020.get(c.code) ?? 0,
      terrain: districtOf(c.districtCode).terrain,
      formerDistrict: c.districtCode,
    })),
  };

  const communesJan: ReportingUnit[] = set2025Jan.communes.map((c) => {
    const parentCode = c.parentCode ?? '';
    const residents = residentsJan.get(c.code) ?? new Map<string, number>();
    return {
      set: SET_2025_01.id,
      code: c.code,
      name: bare(c.name, c.type),
      type: c.type as ReportingUnit['type'],
      level: 'commune',
      parentCode,
      population: sumOf(residents),
      terrain: districtOf(parentCode).terrain,
      formerDistrict: largest(residents),
    };
  });
  const districtsJan: ReportingUnit[] = set2025Jan.districts.map((d) => {
    const demo = districtOf(d.code);
    return {
      set: SET_2025_01.id,
      code: d.code,
      name: demo.name,
      type: demo.type,
      level: 'district',
      parentCode: '42',
      population: communesJan.filter((c) => c.parentCode === d.code).reduce((s, c) => s + c.population, 0),
      terrain: demo.terrain,
      formerDistrict: d.code,
    };
  });

  const communesJul: ReportingUnit[] = COMMUNES_2025_07.map((c) => {
    const residents = residentsJul.get(c.code);
    if (!residents) throw new Error(`No 2025-01 commune maps to ${c.code}`);
    const formerDistrict = largest(residents);
    return {
      set: SET_2025_07.id,
      code: c.code,
      name: bare(c.name, c.type),
      type: c.type,
      level: 'commune',
      parentCode: '42',
      population: sumOf(residents),
      // A ward is a town whatever district it came from; a rural commune keeps the land of its former district.
      terrain: c.type === 'phuong' ? 'urban' : districtOf(formerDistrict).terrain,
      formerDistrict,
    };
  });

  return {
    [SET_2020.id]: set2020,
    [SET_2025_01.id]: { districts: districtsJan, communes: communesJan },
    [SET_2025_07.id]: { districts: [], communes: communesJul },
  };
}

let tiers: Readonly<Record<UnitSetId, Tiers>> | null = null;
const tiersOf = (set: UnitSetId) => (tiers ??= buildTiers())[set];

/** The districts of a set (none from 2025-07). */
export const districtsOfSet = (set: UnitSetId): readonly ReportingUnit[] => tiersOf(set).districts;
/** The communes and wards of a set. */
export const communesOfSet = (set: UnitSetId): readonly ReportingUnit[] => tiersOf(set).communes;

/** The units directly under the province in a month: the districts while there are districts, then the communes. */
export function reportingUnits(month: MonthKey): readonly ReportingUnit[] {
  const set = unitSetOf(month);
  const { districts, communes } = tiersOf(set);
  return districts.length > 0 ? districts : communes;
}

/** "UBND huyện Thạch Hà", "UBND phường Thành Sen": the People's Committee as the systems name it. */
export const committeeName = (unit: Pick<ReportingUnit, 'type' | 'name'>) => `UBND ${TYPE_LABEL[unit.type].toLowerCase()} ${unit.name}`;
