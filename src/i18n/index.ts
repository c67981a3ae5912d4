/**
 * i18next set-up for the UI chrome. The UI language is separate from the article's language:
 * it sets `<html lang dir>`, while each article carries its own `lang`/`dir`.
 */
import i18next, { type i18n as I18n, type ResourceKey, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { primaryLanguage } from '../article/text/language';
import ar from './locales/ar.json';

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
 * The UI wording at hand, by language. Arabic, the language of the prerendered pages, is in the
 * first script; another language's wording is a module of its own, fetched when it is chosen
 * ({@link fetchUiBundle}), or registered at start where everything is at hand (tests:
 * ./all-languages.ts).
 */
const bundles: Partial<Record<UiLanguage, ResourceKey>> = { ar };

const LATER: Record<Exclude<UiLanguage, 'ar'>, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('./locales/en.json'),
};

/** Makes `bundle` the app's wording in `lng` for instances created afterwards. */
export function registerUiBundle(lng: UiLanguage, bundle: ResourceKey): void {
  bundles[lng] = bundle;
}

/** Fetches the app's wording in `lng` unless it is at hand. */
export async function fetchUiBundle(lng: UiLanguage): Promise<ResourceKey> {
  const have = bundles[lng];
  if (have) return have;
  const { default: bundle } = await LATER[lng as Exclude<UiLanguage, 'ar'>]();
  bundles[lng] = bundle;
  return bundle;
}

/**
 * Creates an initialised i18next instance for `lng`, holding the wording at hand (Arabic, and any
 * language fetched or registered before); `lng`'s must be among it. Missing keys are reported with
 * console.error, which the end-to-end tests treat as a failure, so both locales stay complete.
 */
export function createI18n(lng: UiLanguage): I18n {
  if (!bundles[lng]) throw new Error(`The UI wording in "${lng}" is not loaded: use createBrowserI18n, or import src/i18n/all-languages`);
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    resources: Object.fromEntries(Object.entries(bundles).map(([l, translation]) => [l, { translation }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (lngs, _ns, key) => console.error(`Missing i18n key "${key}" for ${lngs.join(', ')}`),
  });
  return instance;
}

/**
 * The browser's instance. In Arabic it is ready at once; in another language the page waits for
 * that language's wording (it is then rendered afresh, not hydrated from the Arabic HTML).
 */
export async function createBrowserI18n(lng: UiLanguage): Promise<I18n> {
  await fetchUiBundle(lng);
  return createI18n(lng);
}

/**
 * Makes sure `i18n` holds the app's wording in `lng`, fetching it if needed. Call before
 * `changeLanguage(lng)`: a language switched to before its wording arrived would show keys.
 */
export async function loadUiLanguage(i18n: I18n, lng: UiLanguage): Promise<void> {
  const bundle = await fetchUiBundle(lng);
  // Deep and without overwriting: the editor may already have added its own keys to this language.
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
}

/** Digits for numbers in UI text: Arabic-Indic or Latin (the reader's numerals setting, resolved). */
export type NumberingSystem = 'arab' | 'latn';

/**
 * Writes a number for UI text in the digits of `nu`, in the conventions of UI language `lng`
 * ("٥٫١" in Arabic with Arabic-Indic digits). No grouping separators: a line number or a length
 * in characters reads as one figure, as it always has (16000, not 16,000).
 */
export function digitsFormatter(lng: string, nu: NumberingSystem): (n: number) => string {
  const format = new Intl.NumberFormat(`${lng === 'ar' ? 'ar' : 'en-GB'}-u-nu-${nu}`, { useGrouping: false });
  return (n) => format.format(n);
}

/**
 * `t` options with every number among them written by `digits`, for interpolation only: i18next
 * interpolates from `replace` when it is given, and still picks the plural form by the number
 * `count`, so "{{count}} اقتباسات" reads "٣ اقتباسات" and keeps its plural form. Options without
 * numbers are returned as they are.
 */
export function withDigits<T extends object | undefined>(options: T, digits: (n: number) => string): T {
  if (!options || typeof options !== 'object') return options;
  let replace: Record<string, unknown> | null = null;
  for (const [name, value] of Object.entries(options)) {
    if (typeof value !== 'number') continue;
    replace ??= { ...options };
    replace[name] = digits(value);
  }
  return replace ? { ...options, replace } : options;
}

/**
 * `t` that writes every number it interpolates (a line and a column, a count, a size) with
 * `digits` (see {@link withDigits}); strings, already-formatted numbers among them, pass as they are.
 */
export function tWithDigits(t: TFunction, digits: (n: number) => string): TFunction {
  const wrapped = (key: string | string[], options?: object) => t(key, withDigits(options, digits) as Record<string, unknown>);
  return wrapped as unknown as TFunction;
}
