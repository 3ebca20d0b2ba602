/**
 * The province's shared catalogue of administrative units (danh mục dùng chung), as the provincial integration
 * platform would hold it: one row per version of a unit, with its level, parent and validity dates, and the
 * crosswalk between successive unit sets (old → new commune, whole or in part), effective on a date.
 *
 * The rows are exactly the three unit sets of ./unit-history.ts:
 *  - 13 districts and 216 communes up to 31 Dec 2024 (communes dated from 1 Jan 2020, Resolution 819/NQ-UBTVQH14:
 *    no source for the communes before it is at hand, so 2017–2019 are shown on the 2020 communes);
 *  - 12 districts and 209 communes from 1 Jan 2025 (Lộc Hà ends on 31 Dec 2024);
 *  - 69 communes and wards from 1 Jul 2025, with the province as parent (districts end on 30 Jun 2025).
 * A code can recur: 18073 is Phường Nam Hà (district 436) until 30 Jun 2025 and Phường Thành Sen (four former
 * wards, under the province) after. Consumers key units by (code, validity), never by code alone.
 *
 * Each row carries the unit's resident population (`danSo`), as a catalogue with a population field would. The demo
 * knows the districts' figures only: every commune's, and every unit's after a reform, is an estimate derived from
 * them (see ./reporting-units.ts), so the 69 communes' and wards' populations are demo estimates, not official counts.
 */
import { communesOfSet, districtsOfSet, type UnitSetId } from './reporting-units';
import { catalogueVersions, CROSSWALKS, SET_2020, SET_2025_01, SET_2025_07, type CatalogueUnitVersion } from './unit-history';
import { PROVINCE, TYPE_LABEL } from './units';

export type CatalogueUnitType = 'tinh' | 'thanh-pho' | 'thi-xa' | 'huyen' | 'phuong' | 'thi-tran' | 'xa';

export type CatalogueUnit = CatalogueUnitVersion;

/** When the catalogue was last edited: the day the 1 Jul 2025 units (Decision 19/2025/QĐ-TTg codes) came into force. */
export const UNIT_CATALOGUE_UPDATED_AT = '2025-07-01T07:30:00+07:00';

export const CATALOGUE_TYPE_LABEL: Readonly<Record<CatalogueUnitType, string>> = { ...TYPE_LABEL, tinh: 'Tỉnh' };

let cached: readonly CatalogueUnit[] | null = null;

/** Every version of every unit of a province (province row first, then oldest first); null for an unknown province. */
export function unitCatalogue(provinceCode: string): readonly CatalogueUnit[] | null {
  if (provinceCode !== PROVINCE.code) return null;
  cached ??= catalogueVersions();
  return cached;
}

/** One link of the catalogue's crosswalk: an old commune, the new commune it went into, whole or in part, and from when. */
export interface CatalogueCrosswalkLink {
  readonly oldCode: string;
  readonly newCode: string;
  readonly relation: 'full' | 'partial';
  /** First day of the new unit set (ISO). */
  readonly effective: string;
}

/** The crosswalks of a province, oldest first; null for an unknown province. */
export function unitCrosswalks(provinceCode: string): readonly CatalogueCrosswalkLink[] | null {
  if (provinceCode !== PROVINCE.code) return null;
  return CROSSWALKS.flatMap((walk) => walk.links.map((l) => ({ oldCode: l.from, newCode: l.to, relation: l.relation, effective: walk.effective })));
}

const vnDate = (iso: string) => iso.split('-').toReversed().join('/');

const SETS = [SET_2020, SET_2025_01, SET_2025_07] as const;

/**
 * Residents of a catalogue row: those the demo gives the unit in the last unit set the row is in force in (a row
 * that spans two sets unchanged keeps its latest figure). Whole people; null for a row outside the demo's sets.
 */
export function residentsOf(u: CatalogueUnit): number | null {
  if (u.tier === 1) return PROVINCE.population;
  const set = SETS.filter((s) => s.validFrom <= (u.validTo ?? '9999-12-31') && (s.validTo ?? '9999-12-31') >= u.validFrom).at(-1);
  if (!set) return null;
  const units = u.tier === 2 ? districtsOfSet(set.id as UnitSetId) : communesOfSet(set.id as UnitSetId);
  const unit = units.find((r) => r.code === u.code);
  return unit ? Math.round(unit.population) : null;
}

/** One unit as the catalogue system sends it (dd/MM/yyyy validity); the demo store and tests' variants share it. */
export function wireCatalogueUnit(u: CatalogueUnit) {
  return {
    ma: u.code,
    ten: u.name,
    loai: CATALOGUE_TYPE_LABEL[u.type],
    cap: u.tier,
    maCha: u.parentCode,
    hieuLucTu: vnDate(u.validFrom),
    hieuLucDen: u.validTo === null ? null : vnDate(u.validTo),
    danSo: residentsOf(u),
  };
}

/** One crosswalk link as the catalogue system sends it ("TOAN_BO" whole, "MOT_PHAN" in part). */
export function wireCrosswalkLink(l: CatalogueCrosswalkLink) {
  return { maCu: l.oldCode, maMoi: l.newCode, quanHe: l.relation === 'full' ? 'TOAN_BO' : 'MOT_PHAN', ngayHieuLuc: vnDate(l.effective) };
}
