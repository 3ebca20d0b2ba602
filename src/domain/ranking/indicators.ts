/**
 * The indicators the league table ranks units on, grouped by theme. Direction ("which way is better") is part of
 * an indicator's meaning, so it lives here and not in the runtime config; weights and targets are configurable
 * (see method.ts).
 */
export const THEMES = ['disclosure', 'complaints', 'services', 'emulation'] as const;
export type ThemeId = (typeof THEMES)[number];

/** "share": a fraction in [0, 1], shown as a percentage; "per10k": a count per 10,000 residents. */
export type IndicatorUnit = 'share' | 'per10k';
export type Better = 'higher' | 'lower';

export interface IndicatorDef {
  readonly id: IndicatorId;
  readonly theme: ThemeId;
  /** Key of the indicator inside its theme, as the runtime config names it. */
  readonly key: string;
  readonly better: Better;
  readonly unit: IndicatorUnit;
}

export const INDICATOR_IDS = [
  'disclosure.onTime',
  'disclosure.listPosted',
  'complaints.resolution',
  'complaints.overdue',
  'complaints.per10k',
  'complaints.reception',
  'services.online',
  'services.onTime',
  'emulation.modelsPer10k',
  'emulation.exemplaryShare',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

const def = (id: IndicatorId, better: Better, unit: IndicatorUnit): IndicatorDef => {
  const [theme, key] = id.split('.') as [ThemeId, string];
  return { id, theme, key, better, unit };
};

export const INDICATORS: readonly IndicatorDef[] = [
  // Required contents published within the legal deadline / required contents (Law 10/2022 Art. 12(3)).
  def('disclosure.onTime', 'higher', 'share'),
  // Quarterly lists of disclosed contents posted / commune-quarters (Art. 13(2)).
  def('disclosure.listPosted', 'higher', 'share'),
  // Resolved / within jurisdiction.
  def('complaints.resolution', 'higher', 'share'),
  // Overdue / within jurisdiction.
  def('complaints.overdue', 'lower', 'share'),
  // Petitions received per 10,000 residents in the period: fewer grievances reaching the district is read as better.
  def('complaints.per10k', 'lower', 'per10k'),
  // The chair's regular reception sessions held / legal minimum (Law on Citizen Reception 2013, Art. 13).
  def('complaints.reception', 'higher', 'share'),
  // Case files received online / received (the district People's Committee's own files).
  def('services.online', 'higher', 'share'),
  // Case files resolved early or on time / resolved.
  def('services.onTime', 'higher', 'share'),
  // "Dân vận khéo" models registered by the end of the year, per 10,000 residents.
  def('emulation.modelsPer10k', 'higher', 'per10k'),
  // Of those models, named exemplary by the end of the year.
  def('emulation.exemplaryShare', 'higher', 'share'),
];

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

export function indicatorDef(id: IndicatorId): IndicatorDef {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`Unknown indicator ${id}`);
  return found;
}

export const indicatorsOfTheme = (theme: ThemeId): IndicatorDef[] => INDICATORS.filter((d) => d.theme === theme);
