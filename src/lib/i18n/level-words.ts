import type { TFunction } from 'i18next';

/** The administrative level a period's units are at: districts until 30 Jun 2025, communes and wards from 1 Jul 2025. */
export type UnitLevel = 'district' | 'commune';

/**
 * The words for the level of the units a period is shown on, as interpolation values: every message that names the
 * level ("đơn vị cấp huyện" for 2024, "xã, phường" for 2026-Q3) takes them from here instead of writing "huyện", so
 * titles, table headers, slides and exports follow the unit set in force. A capitalised name starts a sentence.
 */
// A type literal, not an interface, so it passes as i18next interpolation options (which need an index signature).
export type LevelWords = {
  /** "đơn vị cấp huyện" / "xã, phường"; "district-level units" / "communes and wards". */
  readonly levelUnits: string;
  readonly LevelUnits: string;
  /** One unit: "Select a {{levelUnit}}": "district" / "commune or ward". */
  readonly levelUnit: string;
  readonly LevelUnit: string;
  /** "theo đơn vị cấp huyện" / "theo xã, phường"; "by district" / "by commune and ward". */
  readonly levelBy: string;
  /** The units' People's Committees: "UBND cấp huyện" / "UBND cấp xã". */
  readonly levelCommittees: string;
  readonly LevelCommittees: string;
  /** "cấp huyện" / "cấp xã"; "district level" / "commune level". */
  readonly levelTier: string;
  /** A table header for the units' codes: "Mã huyện" / "Mã xã, phường". */
  readonly LevelCode: string;
};

export function levelWords(t: TFunction, level: UnitLevel): LevelWords {
  const word = (form: string) => t(`unitLevel.${level}.${form}`);
  return {
    levelUnits: word('units'),
    LevelUnits: word('Units'),
    levelUnit: word('unit'),
    LevelUnit: word('Unit'),
    levelBy: word('by'),
    levelCommittees: word('committees'),
    LevelCommittees: word('Committees'),
    levelTier: word('tier'),
    LevelCode: word('code'),
  };
}
