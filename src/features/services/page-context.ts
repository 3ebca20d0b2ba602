import type { TFunction } from 'i18next';
import type { Period } from '../../domain/period';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatPointChange } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import type { LevelWords } from '../../lib/i18n/level-words';
import './messages';

/** What every panel of the page needs from the shell and the page: filters, selection and formatting. */
export interface ServicesPageContext {
  readonly t: TFunction;
  readonly lang: Language;
  readonly period: Period;
  /** The district selected page-wide (URL `unit`). */
  readonly unitCode: string | null;
  /** A department marked on this page only: departments are not on the map or in the unit filter. */
  readonly marked: string | null;
  /** Selects a district page-wide or marks a department here; selecting the selected one clears it. */
  readonly select: (code: string) => void;
  readonly nameOf: (code: string) => string;
  /** Label of the scope the headline and trends show: the selected district, or the province. */
  readonly scopeName: string;
  /** How messages name the level of the units shown (UBND cấp huyện for 2024, UBND cấp xã for 2026-Q3). */
  readonly words: LevelWords;
}

export const percentOf = (lang: Language) => (v: number) => formatPercent(v, lang);
export const countOf = (lang: Language) => (v: number) => formatNumber(v, lang);
export const pointsOf = (t: TFunction, lang: Language) => (d: number) => t('servicesPage.points', { value: formatPointChange(d, lang) });

/** Lines printed above a table's data in CSV/XLSX: what, when, for whom, from where, as of when. */
export function exportContext(ctx: ServicesPageContext, asOf: string | null | undefined, scope?: string): string[] {
  const { t, lang, period } = ctx;
  return [
    formatPeriod(period, lang),
    ...(scope ? [scope] : []),
    `${t('panel.source')}: ${t('sources.procedures')}`,
    ...(asOf ? [`${t('panel.asOf')}: ${formatDate(asOf, lang, true)}`] : []),
  ];
}
