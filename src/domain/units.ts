/** Administrative units with their validity, as the unit catalogue publishes them (GSO codes). */
export type UnitLevel = 'province' | 'district' | 'commune';
export type UnitType = 'tinh' | 'thanh-pho' | 'thi-xa' | 'huyen' | 'phuong' | 'thi-tran' | 'xa';

export interface AdminUnit {
  readonly code: string;
  /** Bare name, e.g. "Hương Sơn". Two units can share it (Kỳ Anh district 447 and town 449). */
  readonly name: string;
  /** Name with its type, e.g. "Huyện Hương Sơn"; unambiguous, used wherever a unit is labelled. */
  readonly fullName: string;
  readonly type: UnitType;
  readonly level: UnitLevel;
  readonly parentCode: string | null;
  /** ISO dates; validTo null = still in force. */
  readonly validFrom: string;
  readonly validTo: string | null;
  /** Residents, as the catalogue gives them for this version; absent or null when it gives none (or a bad value). */
  readonly population?: number | null;
}

/** A population the catalogue sent that cannot be a number of residents: left out, and named on screen. */
export interface PopulationProblem {
  readonly code: string;
  readonly fullName: string;
  /** Where in the answer, e.g. "data.danhSach[12].danSo". */
  readonly path: string;
  /** The value as sent, for the reader to recognise it. */
  readonly value: string;
}

export interface UnitCatalogue {
  readonly province: AdminUnit;
  readonly districts: readonly AdminUnit[];
  readonly communes: readonly AdminUnit[];
  /** Populations left out as invalid (empty when every figure was usable or none was sent). */
  readonly populationProblems?: readonly PopulationProblem[];
}

/** Was the unit in force on any day between the two ISO dates (inclusive)? */
export function unitValidDuring(unit: AdminUnit, fromIso: string, toIso: string): boolean {
  return unit.validFrom <= toIso && (unit.validTo === null || unit.validTo >= fromIso);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese collation: "Đức Thọ" sorts after "Can Lộc" and before "Hà Tĩnh", as a Vietnamese reader expects. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
