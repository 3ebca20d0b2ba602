import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as briefing from '../../features/briefing/messages';
import * as complaints from '../../features/complaints/messages';
import * as disclosure from '../../features/disclosure/messages';
import * as emulation from '../../features/emulation/messages';
import * as rankings from '../../features/rankings/messages';
import * as services from '../../features/services/messages';
import { en } from './en';
import { vi } from './vi';

/** The shared catalogue plus each feature's own, under its namespace key. */
const catalogue = {
  vi: {
    ...vi,
    disclosurePage: disclosure.vi,
    complaintsPage: complaints.vi,
    servicesPage: services.vi,
    emulationPage: emulation.vi,
    rankingsPage: rankings.vi,
    briefingPage: briefing.vi,
  },
  en: {
    ...en,
    disclosurePage: disclosure.en,
    complaintsPage: complaints.en,
    servicesPage: services.en,
    emulationPage: emulation.en,
    rankingsPage: rankings.en,
    briefingPage: briefing.en,
  },
};

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => value === 'vi' || value === 'en';

/** Interpolated values are rendered by React as text, so i18next's own HTML escaping would double-escape. */
export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'vi',
    resources: { vi: { translation: catalogue.vi }, en: { translation: catalogue.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

export { i18next };
