/**
 * The province's shared catalogue of administrative units (danh mục dùng chung), as the provincial integration
 * platform would hold it: one row per unit, with its level, parent and validity dates.
 *
 * Simplification: the demo keeps the 2020–2024 set of 216 communes fixed over the whole demo span (the
 * 2019–2020 commune mergers are not modelled), so a commune is dated from its district. What the catalogue
 * does model is the one change inside the span's horizon: Lộc Hà (448) and its communes cease on 2024-12-31.
 */
import { DEMO_COMMUNES, DEMO_DISTRICTS, PROVINCE, TYPE_LABEL } from './units';

export type CatalogueUnitType = 'tinh' | 'thanh-pho' | 'thi-xa' | 'huyen' | 'phuong' | 'thi-tran' | 'xa';

export interface CatalogueUnit {
  readonly code: string;
  readonly name: string;
  readonly type: CatalogueUnitType;
  /** 1 = province, 2 = district, 3 = commune, as the GSO list numbers its tiers. */
  readonly tier: 1 | 2 | 3;
  readonly parentCode: string | null;
  /** ISO dates; validTo null = still in force. */
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** When the catalogue was last edited: after Resolution 1283/NQ-UBTVQH15 (14 Nov 2024) fixed Lộc Hà's end. */
export const UNIT_CATALOGUE_UPDATED_AT = '2024-12-20T08:30:00+07:00';

/** Hà Tĩnh was re-established when Nghệ Tĩnh was split in 1991; the catalogue dates it, like its oldest districts, from that year. */
const PROVINCE_VALID_FROM = '1991-01-01';

export const CATALOGUE_TYPE_LABEL: Readonly<Record<CatalogueUnitType, string>> = { ...TYPE_LABEL, tinh: 'Tỉnh' };

let cached: readonly CatalogueUnit[] | null = null;

function buildCatalogue(): readonly CatalogueUnit[] {
  const province: CatalogueUnit = {
    code: PROVINCE.code,
    name: PROVINCE.name,
    type: 'tinh',
    tier: 1,
    parentCode: null,
    validFrom: PROVINCE_VALID_FROM,
    validTo: null,
  };
  const districts = DEMO_DISTRICTS.map(
    (d): CatalogueUnit => ({
      code: d.code,
      name: d.name,
      type: d.type,
      tier: 2,
      parentCode: PROVINCE.code,
      validFrom: d.validFrom,
      validTo: d.validTo,
    }),
  );
  const districtDates = new Map(districts.map((d) => [d.code, d]));
  const communes = DEMO_COMMUNES.map((c): CatalogueUnit => {
    const parent = districtDates.get(c.districtCode);
    if (!parent) throw new Error(`Commune ${c.code} has no district ${c.districtCode}`);
    return {
      code: c.code,
      name: c.name,
      type: c.type,
      tier: 3,
      parentCode: c.districtCode,
      validFrom: parent.validFrom,
      validTo: parent.validTo,
    };
  });
  return [province, ...districts, ...communes];
}

/** Every unit of a province (province row first, then districts, then communes); null for an unknown province. */
export function unitCatalogue(provinceCode: string): readonly CatalogueUnit[] | null {
  if (provinceCode !== PROVINCE.code) return null;
  cached ??= buildCatalogue();
  return cached;
}

const vnDate = (iso: string) => iso.split('-').toReversed().join('/');

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
  };
}
