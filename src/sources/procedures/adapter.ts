/**
 * Procedure-system payloads → domain records. Pure; throws UpstreamError('schema') with the field path when the
 * payload is well-formed but inconsistent (a level that does not belong to the stated legal basis, a district
 * agency without its district code, a service owned by an agency the response does not list).
 *
 * Owners are keyed as the rest of the app keys them: a district People's Committee by its GSO district code
 * ("436"), so case files join the unit catalogue and the map; a department by the system's agency code.
 */
import type { MonthKey } from '../../domain/period';
import type { CaseFileMonth, OwnerKind, ServiceLevel, ServiceLevelRecord, ServiceOwner } from '../../domain/procedures';
import { UpstreamError } from '../../lib/http';
import type { CaseFileRow, CaseFilesResponse, ServiceCatalogueResponse, WireCount } from './wire-schema';

const schemaError = (message: string, path: string) => new UpstreamError('procedures', 'schema', message, undefined, [path]);

export const toCount = (value: WireCount): number => (typeof value === 'number' ? value : Number(value));

/** "01/2024" → "2024-01". */
export const monthFromWire = (text: string): MonthKey => `${text.slice(3)}-${text.slice(0, 2)}`;
/** "2024-01" → "01/2024". */
export const monthToWire = (month: MonthKey): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

const isoInstant = (stamp: string) => new Date(stamp).toISOString();

interface AgencyLike {
  readonly maCoQuan: string;
  readonly capCoQuan: 'SO' | 'HUYEN' | 'XA';
  readonly maDVHC: string | null;
}

function ownerOf(agency: AgencyLike, path: string): { code: string; kind: OwnerKind } {
  if (agency.capCoQuan === 'SO') return { code: agency.maCoQuan, kind: 'department' };
  const tier = agency.capCoQuan === 'XA' ? 'xã' : 'huyện';
  if (!agency.maDVHC) throw schemaError(`Cơ quan cấp ${tier} ${agency.maCoQuan} thiếu mã đơn vị hành chính`, `${path}.maDVHC`);
  // The local People's Committee of the mapped unit: a district up to 30 Jun 2025, a commune or ward after.
  return { code: agency.maDVHC, kind: 'district' };
}

function levelOf(
  basis: ServiceCatalogueResponse['result']['canCu'],
  mucDo: ServiceCatalogueResponse['result']['dichVu'][number]['mucDo'],
  path: string,
): ServiceLevel {
  if (basis === 'ND43/2011' && typeof mucDo === 'number') return { scheme: 'decree43', level: mucDo };
  if (basis === 'ND42/2022' && mucDo === 'TOAN_TRINH') return { scheme: 'decree42', level: 'full' };
  if (basis === 'ND42/2022' && mucDo === 'MOT_PHAN') return { scheme: 'decree42', level: 'partial' };
  // The two schemes are not comparable: a response that mixes them cannot be charted on one axis.
  throw schemaError(`Mức độ ${String(mucDo)} không thuộc căn cứ ${basis}`, path);
}

export function toServiceCatalogue(wire: ServiceCatalogueResponse): {
  asOf: string;
  owners: ServiceOwner[];
  services: ServiceLevelRecord[];
} {
  const { result } = wire;
  const ownerByAgency = new Map<string, string>();
  const owners = result.coQuan.map((agency, i): ServiceOwner => {
    const { code, kind } = ownerOf(agency, `result.coQuan[${i}]`);
    ownerByAgency.set(agency.maCoQuan, code);
    return { code, name: agency.tenCoQuan, kind };
  });
  const services = result.dichVu.map((s, i): ServiceLevelRecord => {
    const ownerCode = ownerByAgency.get(s.maCoQuan);
    if (ownerCode === undefined) {
      throw schemaError(`Dịch vụ ${s.maTTHC} thuộc cơ quan ${s.maCoQuan} không có trong danh sách cơ quan`, `result.dichVu[${i}].maCoQuan`);
    }
    return {
      serviceCode: s.maTTHC,
      serviceName: s.tenTTHC,
      field: s.linhVuc,
      ownerCode,
      year: result.nam,
      level: levelOf(result.canCu, s.mucDo, `result.dichVu[${i}].mucDo`),
    };
  });
  return { asOf: isoInstant(result.capNhatLuc), owners, services };
}

function toCaseFileMonth(row: CaseFileRow, path: string): CaseFileMonth {
  const { code, kind } = ownerOf(row, path);
  return {
    ownerCode: code,
    ownerKind: kind,
    month: monthFromWire(row.thang),
    receivedOnline: toCount(row.tiepNhanTrucTuyen),
    receivedInPerson: toCount(row.tiepNhanTrucTiep),
    receivedPostal: toCount(row.tiepNhanBuuChinh),
    resolvedEarly: toCount(row.giaiQuyetTruocHan),
    resolvedOnTime: toCount(row.giaiQuyetDungHan),
    resolvedLate: toCount(row.giaiQuyetTreHan),
    pending: toCount(row.dangXuLyTrongHan),
    overdue: toCount(row.dangXuLyQuaHan),
    paidOnline: toCount(row.thanhToanTrucTuyen),
    digitised: toCount(row.soHoa),
  };
}

export function toCaseFileMonths(wire: CaseFilesResponse): { asOf: string; records: CaseFileMonth[] } {
  return {
    asOf: isoInstant(wire.result.capNhatLuc),
    records: wire.result.duLieu.map((row, i) => toCaseFileMonth(row, `result.duLieu[${i}]`)),
  };
}
