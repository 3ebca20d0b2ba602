import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../domain/period';
import { levelWords, type LevelWords } from '../lib/i18n/level-words';
import { useUnitsInForce } from './use-units-in-force';

/** The level words of the unit set the period is shown on (districts for 2024, communes and wards for 2026-Q3). */
export function useLevelWords(period: Period): LevelWords {
  const { t } = useTranslation();
  const { level } = useUnitsInForce(period);
  // `t` changes with the language, so the words follow a language switch.
  return useMemo(() => levelWords(t, level), [t, level]);
}
