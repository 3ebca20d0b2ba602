import { useTranslation } from 'react-i18next';
import { periodEndDate, periodStartDate, previousPeriod, samePeriodLastYear, type Period } from '../../domain/period';
import { setsBetween, unitSetForPeriod, type UnitSet } from '../../domain/unit-history';
import { formatDate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { useConfig } from '../../state/config-context';
import { boundsOf, periodAvailable } from '../../state/period-bounds';
import { useUnitsInForce } from '../../state/use-units-in-force';

type T = ReturnType<typeof useTranslation>['t'];

const describeSet = (set: UnitSet, t: T) =>
  set.districts.length > 0 ? t('unitSet.districts', { count: set.districts.length }) : t('unitSet.communes', { count: set.communes.length });

/** "on 01/07/2025 (12 districts → 69 communes and wards)", for each change between two sets. */
function describeChanges(sets: readonly UnitSet[], lang: Language, t: T): string {
  const changes: string[] = [];
  for (let i = 1; i < sets.length; i++) {
    const from = sets[i - 1];
    const to = sets[i];
    if (from && to) changes.push(t('unitSet.change', { date: formatDate(to.validFrom, lang), from: describeSet(from, t), to: describeSet(to, t) }));
  }
  return changes.join(', ');
}

/**
 * Said once, above every page, whenever the unit set matters to what is shown: a period spanning a change (shown on
 * the units at its end, earlier months re-aggregated), the units that are therefore not comparable, comparisons
 * with a period on other units, and years before the catalogue's commune history.
 */
export function UnitSetNotice({ period }: { period: Period }) {
  const { t, i18n } = useTranslation();
  const config = useConfig();
  const bounds = boundsOf(config);
  const inForce = useUnitsInForce(period);
  const { history, set } = inForce;
  if (!history || !set) return null;
  const lang = (i18n.language === 'en' ? 'en' : 'vi') as Language;
  const lines: { key: string; text: string }[] = [];
  if (inForce.beforeHistory) lines.push({ key: 'before', text: t('unitSet.beforeHistory') });
  if (inForce.needsReaggregation) {
    const first = inForce.earlierSets[0];
    const chain = first ? setsBetween(history.sets, first.id, set.id) : [];
    lines.push({ key: 'reaggregated', text: t('unitSet.reaggregated', { changes: describeChanges(chain, lang, t), units: describeSet(set, t) }) });
    if (inForce.notComparable.size > 0) {
      const names = [...inForce.notComparable].map((code) => inForce.byCode.get(code)?.fullName ?? code).join(', ');
      lines.push({ key: 'not-comparable', text: t('unitSet.notComparable', { names }) });
    }
  }
  const compared = [
    { label: t('unitSet.previous'), p: previousPeriod(period) },
    { label: t('unitSet.lastYear'), p: samePeriodLastYear(period) },
  ].filter(({ p }) => periodAvailable(p, bounds));
  const crossing = compared.flatMap(({ label, p }) => {
    const other = unitSetForPeriod(history.sets, periodStartDate(p), periodEndDate(p));
    const earliest = other ? (other.earlierSets[0] ?? other.set) : null;
    return earliest && earliest.id !== set.id && earliest.validFrom < set.validFrom ? [{ label, from: earliest }] : [];
  });
  if (crossing.length > 0) {
    const oldest = crossing.reduce((a, b) => (b.from.validFrom < a.from.validFrom ? b : a));
    const chain = setsBetween(history.sets, oldest.from.id, set.id);
    lines.push({ key: 'comparison', text: t('unitSet.comparison', { periods: crossing.map((c) => c.label).join(lang === 'en' ? ' and ' : ' và '), changes: describeChanges(chain, lang, t) }) });
  }
  if (history.crosswalkProblem && (inForce.needsReaggregation || crossing.length > 0)) lines.push({ key: 'missing', text: t('unitSet.crosswalkMissing') });
  if (lines.length === 0) return null;
  return (
    <div className="shell-notice unit-set-notice" role="note" data-testid="unit-set-notice" data-unit-set={set.id}>
      {lines.map((line) => (
        <p key={line.key} data-testid={`unit-set-${line.key}`}>
          {line.text}
        </p>
      ))}
    </div>
  );
}
