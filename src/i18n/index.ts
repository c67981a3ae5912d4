/**
 * i18next set-up for the UI chrome. The UI language is separate from the article's language:
 * it sets `<html lang dir>`, while each article carries its own `lang`/`dir`.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { primaryLanguage } from '../article/text/language';
import ar from './locales/ar.json';
import en from './locales/en.json';

/** UI languages; Arabic is the default. */
export const UI_LANGUAGES = ['ar', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'ar';

/** Where the chosen UI language is remembered (the language detector's default key). */
export const LANGUAGE_STORAGE_KEY = 'i18nextLng';

/** Direction of a UI language. */
export function uiDirection(lng: string): 'rtl' | 'ltr' {
  return lng === 'ar' ? 'rtl' : 'ltr';
}

/** Narrows any string to a supported UI language by its primary language ('ar-EG' → 'ar'), or null. */
export function asUiLanguage(value: string | null | undefined): UiLanguage | null {
  const primary = primaryLanguage(value);
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : null;
}

/**
 * Creates an initialised i18next instance for `lng`. Missing keys are reported with console.error,
 * which the end-to-end tests treat as a failure, so both locales stay complete.
 */
export function createI18n(lng: UiLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    resources: { ar: { translation: ar }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (lngs, _ns, key) => console.error(`Missing i18n key "${key}" for ${lngs.join(', ')}`),
  });
  return instance;
}
