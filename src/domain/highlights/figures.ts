import type { Language } from '../../lib/i18n';

/**
 * Reads the figures back out of a sentence written by the highlight generator: "69,7%" → 69.7, "1.700" → 1700,
 * "14/24" → 14 and 24 (Vietnamese); "1,700" and "69.7%" in English. Tests use it to prove that every number a
 * highlight states is one its slide's chart and table show.
 */
const PATTERN: Readonly<Record<Language, RegExp>> = {
  vi: /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g,
};

export function extractFigures(text: string, lang: Language): number[] {
  const matches = text.match(new RegExp(PATTERN[lang].source, 'g')) ?? [];
  return matches.map((m) => (lang === 'vi' ? Number(m.replace(/\./g, '').replace(',', '.')) : Number(m.replace(/,/g, ''))));
}
