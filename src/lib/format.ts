import type { Language } from './i18n';
import type { Period } from '../domain/period';

/** Vietnamese first: 1.234,5 and dd/mm/yyyy; English as the second language. */
export const localeOf = (lang: Language) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), options);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(value: number | null, lang: Language, fractionDigits = 0): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return numberFormat(lang, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** A fraction (0.873) as a percentage ("87,3 %" in Vietnamese). */
export function formatPercent(fraction: number | null, lang: Language, fractionDigits = 1): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(fraction);
}

/** A change of a rate, in percentage points, always signed: "+2,4" / "−1,0". */
export function formatPointChange(deltaFraction: number | null, lang: Language, fractionDigits = 1): string {
  if (deltaFraction === null || !Number.isFinite(deltaFraction)) return '–';
  return numberFormat(lang, { signDisplay: 'exceptZero', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(deltaFraction * 100);
}

export function formatSignedNumber(delta: number | null, lang: Language, fractionDigits = 0): string {
  if (delta === null || !Number.isFinite(delta)) return '–';
  return numberFormat(lang, { signDisplay: 'exceptZero', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(delta);
}

export function formatSignedPercent(deltaFraction: number | null, lang: Language, fractionDigits = 1): string {
  if (deltaFraction === null || !Number.isFinite(deltaFraction)) return '–';
  return numberFormat(lang, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(deltaFraction);
}

/** ISO date or date-time → dd/mm/yyyy (vi) or dd/mm/yyyy (en-GB); with time when asked. */
export function formatDate(iso: string, lang: Language, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lang, withTime).format(date);
}

/** Building a date format with a time zone costs far more than using one: one per language and shape. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withTime}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    dateFormats.set(key, f);
  }
  return f;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Period labels as the province's reports write them: "Quý III/2024", "6 tháng đầu năm 2024". */
export function formatPeriod(p: Period, lang: Language): string {
  const index = p.index ?? 1;
  if (lang === 'vi') {
    switch (p.kind) {
      case 'year':
        return `Năm ${p.year}`;
      case 'half':
        return `6 tháng đầu năm ${p.year}`;
      case 'nine':
        return `9 tháng năm ${p.year}`;
      case 'quarter':
        return `Quý ${ROMAN[index - 1]}/${p.year}`;
      case 'month':
        return `Tháng ${index}/${p.year}`;
    }
  }
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return `H1 ${p.year}`;
    case 'nine':
      return `9 months ${p.year}`;
    case 'quarter':
      return `Q${index} ${p.year}`;
    case 'month':
      return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, index - 1, 1)));
  }
}

/** Short label for chart axes: "2024", "Q3/24", "T7/24". */
export function formatPeriodShort(p: Period, lang: Language): string {
  const yy = String(p.year).slice(2);
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return lang === 'vi' ? `6T/${yy}` : `H1/${yy}`;
    case 'nine':
      return lang === 'vi' ? `9T/${yy}` : `9M/${yy}`;
    case 'quarter':
      return lang === 'vi' ? `Q${ROMAN[(p.index ?? 1) - 1]}/${yy}` : `Q${p.index}/${yy}`;
    case 'month':
      return lang === 'vi' ? `T${p.index}/${yy}` : `${p.index}/${yy}`;
  }
}
