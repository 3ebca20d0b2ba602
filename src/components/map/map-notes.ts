import type { TFunction } from 'i18next';
import type { PeriodBoundaries } from '../../sources/boundaries';

/**
 * The lines a map says about its own shapes for a period: that no file covers it, that an early period is drawn on
 * later units (2017–2019 on the 2020 units: the earlier boundaries have no source), or that the units changed
 * during the period and the map shows those at its end.
 */
export function mapNotes(chosen: PeriodBoundaries | null, firstMonth: string, t: TFunction, periodLabel: string): string[] {
  if (!chosen) return [t('mapPanel.noFile', { period: periodLabel })];
  const notes: string[] = [];
  if (chosen.drawnOnLaterUnitsFrom) {
    const year = Number(chosen.drawnOnLaterUnitsFrom.slice(0, 4));
    const first = Math.min(Number(firstMonth.slice(0, 4)), year - 1);
    const years = first === year - 1 ? String(first) : `${first}–${year - 1}`;
    notes.push(t('mapPanel.earlierUnits', { years, year }));
  }
  if (chosen.spansChange) notes.push(t('mapPanel.spansChange'));
  return notes;
}
