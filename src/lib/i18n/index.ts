import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => value === 'vi' || value === 'en';

/** Interpolated values are rendered by React as text, so i18next's own HTML escaping would double-escape. */
export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'vi',
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

export { i18next };
