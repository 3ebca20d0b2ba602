import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => value === 'vi' || value === 'en';

/**
 * Each page's text travels with its chunk: a feature's messages module calls registerMessages when it loads, so the
 * first screen carries only the shared catalogue. Registered namespaces survive a re-initialisation (tests do that).
 */
const registered: Record<Language, Record<string, object>> = { vi: {}, en: {} };

export function registerMessages(namespace: string, viMessages: object, enMessages: object): void {
  registered.vi[namespace] = viMessages;
  registered.en[namespace] = enMessages;
  if (i18next.isInitialized) {
    i18next.addResourceBundle('vi', 'translation', { [namespace]: viMessages }, true, true);
    i18next.addResourceBundle('en', 'translation', { [namespace]: enMessages }, true, true);
  }
}

/** Interpolated values are rendered by React as text, so i18next's own HTML escaping would double-escape. */
export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'vi',
    resources: {
      vi: { translation: { ...vi, ...registered.vi } },
      en: { translation: { ...en, ...registered.en } },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

export { i18next };
