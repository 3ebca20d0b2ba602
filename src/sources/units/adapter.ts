/** Shared-catalogue rows → the app's administrative units. Pure; throws UpstreamError('schema') on inconsistent data. */
import type { AdminUnit, UnitCatalogue, UnitLevel, UnitType } from '../../domain/units';
import { UpstreamError } from '../../lib/http';
import { UNIT_TYPE_LABELS, type UnitCatalogueResponse, type UnitRow } from './wire-schema';

const TYPE_BY_LABEL: Readonly<Record<(typeof UNIT_TYPE_LABELS)[number], UnitType>> = {
  Tỉnh: 'tinh',
  'Thành phố': 'thanh-pho',
  'Thị xã': 'thi-xa',
  Huyện: 'huyen',
  Phường: 'phuong',
  'Thị trấn': 'thi-tran',
  Xã: 'xa',
};

const LEVEL_BY_TIER: Readonly<Record<UnitRow['cap'], UnitLevel>> = { 1: 'province', 2: 'district', 3: 'commune' };

/** "31/12/2024" → "2024-12-31". */
export function isoDateFromVn(date: string): string {
  const [day, month, year] = date.split('/');
  return `${year}-${month}-${day}`;
}

/** "20/12/2024 08:30:00" in Vietnam time (UTC+7, no daylight saving) → an ISO instant. */
export function isoInstantFromVn(stamp: string): string {
  const [date = '', time = ''] = stamp.split(' ');
  return new Date(`${isoDateFromVn(date)}T${time}+07:00`).toISOString();
}

function toAdminUnit(row: UnitRow): AdminUnit {
  return {
    code: row.ma,
    name: row.ten,
    fullName: `${row.loai} ${row.ten}`,
    type: TYPE_BY_LABEL[row.loai],
    level: LEVEL_BY_TIER[row.cap],
    parentCode: row.maCha,
    validFrom: isoDateFromVn(row.hieuLucTu),
    validTo: row.hieuLucDen === null ? null : isoDateFromVn(row.hieuLucDen),
  };
}

const byCode = (a: AdminUnit, b: AdminUnit) => a.code.localeCompare(b.code);

/**
 * The province's own row, its districts and their communes. The service may list neighbouring provinces'
 * rows too (it is a national catalogue mirrored by the province); only this province's tree is kept.
 */
export function toUnitCatalogue(wire: UnitCatalogueResponse, provinceCode: string): UnitCatalogue & { asOf: string } {
  const rows = wire.data.danhSach;
  const provinceRow = rows.find((r) => r.cap === 1 && r.ma === provinceCode);
  if (!provinceRow) {
    throw new UpstreamError('units', 'schema', `Danh mục không có tỉnh mã ${provinceCode}`, undefined, ['data.danhSach']);
  }
  const districts = rows.filter((r) => r.cap === 2 && r.maCha === provinceCode).map(toAdminUnit).sort(byCode);
  const districtCodes = new Set(districts.map((d) => d.code));
  const communes = rows
    .filter((r) => r.cap === 3 && r.maCha !== null && districtCodes.has(r.maCha))
    .map(toAdminUnit)
    .sort(byCode);
  return {
    asOf: isoInstantFromVn(wire.ngayCapNhat),
    province: toAdminUnit(provinceRow),
    districts,
    communes,
  };
}
