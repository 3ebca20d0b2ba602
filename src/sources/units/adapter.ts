/** Shared-catalogue rows → the app's administrative units. Pure; throws UpstreamError('schema') on inconsistent data. */
import { dayBefore, deriveUnitSets, type Crosswalk, type CrosswalkLink, type UnitHistory, type UnitSet } from '../../domain/unit-history';
import type { AdminUnit, PopulationProblem, UnitCatalogue, UnitLevel, UnitType } from '../../domain/units';
import { UpstreamError } from '../../lib/http';
import { UNIT_TYPE_LABELS, type UnitCatalogueResponse, type UnitCrosswalkResponse, type UnitRow } from './wire-schema';

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

/** A population is a whole, positive number of residents; anything else is a problem to name, never a figure. */
const isPopulation = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

function populationOfRow(row: UnitRow, path: string, problems: PopulationProblem[]): number | null {
  if (row.danSo === undefined || row.danSo === null) return null;
  if (isPopulation(row.danSo)) return row.danSo;
  problems.push({ code: row.ma, fullName: `${row.loai} ${row.ten}`, path: `${path}.danSo`, value: JSON.stringify(row.danSo) ?? String(row.danSo) });
  return null;
}

function toAdminUnit(row: UnitRow, population: number | null = null): AdminUnit {
  return {
    code: row.ma,
    name: row.ten,
    fullName: `${row.loai} ${row.ten}`,
    type: TYPE_BY_LABEL[row.loai],
    level: LEVEL_BY_TIER[row.cap],
    parentCode: row.maCha,
    validFrom: isoDateFromVn(row.hieuLucTu),
    validTo: row.hieuLucDen === null ? null : isoDateFromVn(row.hieuLucDen),
    population,
  };
}

const byCode = (a: AdminUnit, b: AdminUnit) => a.code.localeCompare(b.code) || a.validFrom.localeCompare(b.validFrom);

/**
 * The province's own row, its districts and their communes (and, from 1 Jul 2025, the communes directly under the
 * province): every version of each, so a code can appear twice. The service may list neighbouring provinces'
 * rows too (it is a national catalogue mirrored by the province); only this province's tree is kept.
 */
export function toUnitCatalogue(wire: UnitCatalogueResponse, provinceCode: string): UnitCatalogue & { asOf: string } {
  const rows = wire.data.danhSach;
  const provinceRow = rows.find((r) => r.cap === 1 && r.ma === provinceCode);
  if (!provinceRow) {
    throw new UpstreamError('units', 'schema', `Danh mục không có tỉnh mã ${provinceCode}`, undefined, ['data.danhSach']);
  }
  const problems: PopulationProblem[] = [];
  const index = new Map(rows.map((r, i) => [r, i]));
  const unit = (r: UnitRow) => toAdminUnit(r, populationOfRow(r, `data.danhSach[${index.get(r) ?? 0}]`, problems));
  const districts = rows.filter((r) => r.cap === 2 && r.maCha === provinceCode).map(unit).sort(byCode);
  const districtCodes = new Set(districts.map((d) => d.code));
  const communes = rows
    .filter((r) => r.cap === 3 && r.maCha !== null && (districtCodes.has(r.maCha) || r.maCha === provinceCode))
    .map(unit)
    .sort(byCode);
  return {
    asOf: isoInstantFromVn(wire.ngayCapNhat),
    province: unit(provinceRow),
    districts,
    communes,
    populationProblems: problems.toSorted((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true })),
  };
}

const RELATION = { TOAN_BO: 'full', MOT_PHAN: 'partial' } as const;

const crosswalkError = (message: string, path: string) => new UpstreamError('units', 'schema', message, undefined, [path]);

/**
 * The crosswalk rows → one Crosswalk per change day, from the set in force the day before to the set starting
 * that day. Every code must be a commune of its set, and every commune of the older set must be linked: a gap
 * would silently drop its figures, so it is a schema error naming the row or the list.
 */
export function toCrosswalks(wire: UnitCrosswalkResponse, sets: readonly UnitSet[]): Crosswalk[] {
  const byDay = new Map<string, { links: CrosswalkLink[]; rows: number[] }>();
  wire.data.danhSach.forEach((row, i) => {
    const day = isoDateFromVn(row.ngayHieuLuc);
    const entry = byDay.get(day) ?? { links: [], rows: [] };
    entry.links.push({ from: row.maCu, to: row.maMoi, relation: RELATION[row.quanHe] });
    entry.rows.push(i);
    byDay.set(day, entry);
  });
  const walks: Crosswalk[] = [];
  for (const [day, { links, rows }] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const toSet = sets.find((s) => s.validFrom === day);
    const fromSet = sets.find((s) => s.validTo === dayBefore(day));
    const first = `data.danhSach[${rows[0] ?? 0}].ngayHieuLuc`;
    if (!toSet || !fromSet) throw crosswalkError(`Không có bộ đơn vị nào bắt đầu ngày ${day}`, first);
    const olds = new Set(fromSet.communes.map((c) => c.code));
    const news = new Set(toSet.communes.map((c) => c.code));
    links.forEach((link, j) => {
      const at = `data.danhSach[${rows[j] ?? 0}]`;
      if (!olds.has(link.from)) throw crosswalkError(`Mã cũ ${link.from} không có trong bộ đơn vị ${fromSet.id}`, `${at}.maCu`);
      if (!news.has(link.to)) throw crosswalkError(`Mã mới ${link.to} không có trong bộ đơn vị ${toSet.id}`, `${at}.maMoi`);
    });
    const linked = new Set(links.map((l) => l.from));
    const missing = [...olds].filter((code) => !linked.has(code));
    if (missing.length > 0) throw crosswalkError(`Bảng chuyển đổi ${fromSet.id} → ${toSet.id} thiếu mã ${missing.join(', ')}`, 'data.danhSach');
    walks.push({ fromSet: fromSet.id, toSet: toSet.id, effective: day, links });
  }
  return walks;
}

/**
 * The catalogue and its crosswalks → the unit history the pages read (sets derived from the validity dates).
 * A crosswalk that does not fit the units does not take the units down with it: it is left out and named, and
 * figures of earlier sets are then shown as not comparable rather than re-aggregated on a wrong key.
 */
export function toUnitHistory(catalogue: UnitCatalogue, crosswalks: UnitCrosswalkResponse): UnitHistory {
  const versions = [...catalogue.districts, ...catalogue.communes];
  const sets = deriveUnitSets(versions);
  try {
    return { province: catalogue.province, versions, sets, crosswalks: toCrosswalks(crosswalks, sets), crosswalkProblem: null };
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return { province: catalogue.province, versions, sets, crosswalks: [], crosswalkProblem: error };
  }
}
