import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { periodKey, type Period } from '../domain/period';
import { isLanguage, type Language } from '../lib/i18n';
import { useConfig } from './config-context';
import { boundsOf, checkPeriod } from './period-bounds';

/**
 * The view's state lives in the URL so that a copied link restores it and back/forward step through it:
 *   ?period=2024-Q3&unit=443&lang=en
 */
export const PARAM = { period: 'period', unit: 'unit', lang: 'lang' } as const;

export interface DashboardState {
  readonly period: Period;
  /** The `?period=` text when it was not a valid period with data, so the page can say it showed another one. */
  readonly rejectedPeriod: string | null;
  readonly periodKey: string;
  readonly unitCode: string | null;
  readonly lang: Language;
}

export function readDashboardState(params: URLSearchParams, bounds: { firstMonth: string; lastMonth: string }): DashboardState {
  const given = params.get(PARAM.period);
  const { period, replaced } = checkPeriod(given, bounds);
  const unit = params.get(PARAM.unit);
  const lang = params.get(PARAM.lang);
  return {
    period,
    rejectedPeriod: replaced ? given : null,
    periodKey: periodKey(period),
    unitCode: unit && /^\d{2,5}$/.test(unit) ? unit : null,
    lang: isLanguage(lang) ? lang : 'vi',
  };
}

export function useDashboardState() {
  const config = useConfig();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readDashboardState(params, boundsOf(config)), [params, config]);

  const update = useCallback(
    (changes: Partial<Record<keyof typeof PARAM, string | null>>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          const name = PARAM[key as keyof typeof PARAM];
          // Defaults stay out of the URL so links stay short; Vietnamese is the default language.
          if (value === null || value === '' || (key === 'lang' && value === 'vi')) next.delete(name);
          else next.set(name, value);
        }
        return next;
      });
    },
    [setParams],
  );

  return {
    ...state,
    setPeriod: useCallback((p: Period) => update({ period: periodKey(p) }), [update]),
    /** Drops a `?period=` that could not be used, once the reader has seen the notice. */
    clearRejectedPeriod: useCallback(() => update({ period: null }), [update]),
    setUnit: useCallback((code: string | null) => update({ unit: code }), [update]),
    setLang: useCallback((lang: Language) => update({ lang }), [update]),
    /** Clicking a unit in a map, chart or table selects it everywhere; clicking the selected unit again clears it. */
    toggleUnit: useCallback((code: string) => update({ unit: nextUnit(state.unitCode, code) }), [update, state.unitCode]),
  };
}

/** The unit selected after a click on `clicked`: the same unit again clears the selection. */
export const nextUnit = (current: string | null, clicked: string): string | null => (clicked === current ? null : clicked);

/** Query string to carry the current view onto another page. */
export function useViewSearch(): string {
  const [params] = useSearchParams();
  const text = params.toString();
  return text ? `?${text}` : '';
}
