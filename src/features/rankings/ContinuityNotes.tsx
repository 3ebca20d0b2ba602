import { useTranslation } from 'react-i18next';
import type { PopulationLookup } from '../../domain/population';
import type { Period } from '../../domain/period';
import { indicatorDef, INDICATOR_IDS, type FormerDistricts, type SetRanking } from '../../domain/ranking';
import type { AdminUnit } from '../../domain/units';
import { formatPeriod } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { LeagueRow } from './league-rows';
import type { RankedUnitSet } from '../../state/ranked-units';
import './messages-units';

const PER_10K = INDICATOR_IDS.filter((id) => indicatorDef(id).unit === 'per10k');

/** Units the dashboard has no population for: their per-10,000 indicators are left out, never invented. */
export const unitsWithoutPopulation = (units: readonly AdminUnit[], population: PopulationLookup): AdminUnit[] => units.filter((u) => population(u.code) === null);

/** Rows without the per-10,000 gaps of units said once in the population note, so the notes do not repeat it 69 times. */
export function withoutPopulationGaps(rows: readonly LeagueRow[], noPopulation: readonly AdminUnit[]): LeagueRow[] {
  const codes = new Set(noPopulation.map((u) => u.code));
  return rows.map((r) => (codes.has(r.code) ? { ...r, missing: r.missing.filter((id) => !PER_10K.includes(id)) } : r));
}

/** One line for every unit without a population, naming the indicators left out. */
export function PopulationNote({ units }: { units: readonly AdminUnit[] }) {
  const { t } = useTranslation();
  if (!units.length) return null;
  return (
    <p className="missing-notes" data-testid="population-note">
      * {t('rankingUnits.population.missing', { count: units.length, indicators: PER_10K.map((id) => t(`rankingsPage.indicators.${id}`)).join('; ') })}
    </p>
  );
}

/**
 * Says when the previous period ranked another unit set: across 1 Jul 2025 (districts → communes) every move is
 * "not comparable"; across 1 Jan 2025 only the districts whose territory changed.
 */
export function ContinuityNotes({ series, unitSets, rows, periods }: { series: readonly SetRanking[]; unitSets: readonly RankedUnitSet[]; rows: readonly LeagueRow[]; periods: readonly Period[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const now = series.at(-1);
  const before = series.at(-2);
  const previousPeriod = periods.at(-2);
  if (!now || !before || !previousPeriod || now.setId === before.setId) return null;
  const changed = rows.filter((r) => r.changeNotComparable);
  if (!changed.length) return null;
  // The former-district view ranks groups after the change and districts before: its notes name the groups.
  const levelChanged = unitSets.at(-1)?.level !== unitSets.at(-2)?.level && !now.setId.endsWith('+former-district');
  return (
    <div className="continuity-notes" role="note" data-testid="continuity-notes">
      <p>
        {levelChanged
          ? t('rankingUnits.continuity.previousOtherSet', { previous: formatPeriod(previousPeriod, lang), previousCount: before.ranking.units.length, count: now.ranking.units.length })
          : t('rankingUnits.continuity.previousChangedUnits', { previous: formatPeriod(previousPeriod, lang), units: changed.map((r) => r.name).join(', ') })}
      </p>
    </div>
  );
}

/** What the former-district grouping is (and is not), or that it cannot be made without the crosswalk. */
export function FormerDistrictNote({ former }: { former: FormerDistricts | null }) {
  const { t } = useTranslation();
  return (
    <p className="continuity-notes" role="note" data-testid="former-district-note">
      {former ? t('rankingUnits.peers.formerDistrictNote', { straddling: former.grouping.straddling.size }) : t('rankingUnits.peers.formerDistrictUnavailable')}
    </p>
  );
}
