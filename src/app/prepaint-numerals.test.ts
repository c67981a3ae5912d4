/**
 * The pre-paint script's numerals mark (src/reader/settings.ts) against the app's own reading of
 * the UI language and the digits (here, in src/app, where both may be imported).
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, UI_LANGUAGES } from '../i18n';
import { NUMERALS_PENDING_ATTRIBUTE, numberingSystem, STATIC_PAGE_ATTRIBUTE, parseSettings, prepaintScript, SETTINGS_STORAGE_KEY, UI_LANGUAGE_ATTRIBUTE, UI_LANGUAGE_FACTS } from '../reader/settings';
import { requestedUiLanguage } from './use-ui-language';

/**
 * Runs the pre-paint script against a fake document: `settings` and `language` are what
 * localStorage holds, `search` the address's query. Returns the attributes it set on <html> and
 * the listeners it added.
 */
function runPrepaint({ settings = null, language = null, search = '', html = [] }: { settings?: string | null; language?: string | null; search?: string; html?: string[] }) {
  const attrs = new Map<string, string>(html.map((name) => [name, '']));
  const listeners = new Map<string, () => void>();
  const root = {
    setAttribute: (k: string, v: string) => attrs.set(k, v),
    removeAttribute: (k: string) => attrs.delete(k),
    hasAttribute: (k: string) => attrs.has(k),
    getAttribute: (k: string) => attrs.get(k) ?? null,
    style: { setProperty: () => {} },
  };
  const storage = { getItem: (key: string) => (key === SETTINGS_STORAGE_KEY ? settings : key === LANGUAGE_STORAGE_KEY ? language : null) };
  new Function('document', 'localStorage', 'location', 'addEventListener', prepaintScript())({ documentElement: root }, storage, { search }, (type: string, listener: () => void) => listeners.set(type, listener));
  return { attrs, listeners };
}

describe('prepaintScript: numerals', () => {
  it('knows the UI languages as src/i18n does', () => {
    expect(UI_LANGUAGE_FACTS.languages).toEqual(UI_LANGUAGES);
    expect(UI_LANGUAGE_FACTS.storageKey).toBe(LANGUAGE_STORAGE_KEY);
  });

  // The digits the app will show, worked out by the app's own functions, against the script's mark.
  it.each([
    { settings: null, language: null, search: '' },
    { settings: '{"numerals":"latn"}', language: null, search: '' },
    { settings: '{"numerals":"arab"}', language: null, search: '' },
    { settings: '{"numerals":"auto"}', language: 'en', search: '' },
    { settings: '{"numerals":"arab"}', language: 'en', search: '' },
    { settings: null, language: 'en-GB', search: '' },
    { settings: null, language: 'en', search: '?lng=ar' },
    { settings: null, language: null, search: '?lng=en' },
    { settings: null, language: 'ar', search: '?lng=EN-us' },
    { settings: null, language: 'en', search: '?lng=fr' },
    { settings: '{"numerals":"roman"}', language: 'fr', search: '?lng=' },
    { settings: 'not json', language: null, search: '' },
  ])('marks the page pending unless it will be the Arabic UI with Arabic-Indic digits: %o', ({ settings, language, search }) => {
    const lng = requestedUiLanguage(search, { getItem: () => language, setItem: () => {} });
    const nu = numberingSystem(parseSettings(settings), lng);
    const { attrs } = runPrepaint({ settings, language, search });
    expect(attrs.has(NUMERALS_PENDING_ATTRIBUTE)).toBe(!(lng === 'ar' && nu === 'arab'));
  });

  it('takes the mark off at the first error, so a page whose app never starts still shows its UI', () => {
    const { attrs, listeners } = runPrepaint({ settings: '{"numerals":"latn"}' });
    expect(attrs.has(NUMERALS_PENDING_ATTRIBUTE)).toBe(true);
    listeners.get('error')?.();
    expect(attrs.has(NUMERALS_PENDING_ATTRIBUTE)).toBe(false);
    const again = runPrepaint({ settings: '{"numerals":"latn"}' });
    again.listeners.get('unhandledrejection')?.();
    expect(again.attrs.has(NUMERALS_PENDING_ATTRIBUTE)).toBe(false);
  });

  it('holds nothing on a page without the app, whose digits will never change', () => {
    const { attrs } = runPrepaint({ settings: '{"numerals":"latn"}', language: 'en', html: [STATIC_PAGE_ATTRIBUTE] });
    expect(attrs.has(NUMERALS_PENDING_ATTRIBUTE)).toBe(false);
  });

  it('adds no listener when nothing is pending', () => {
    const { attrs, listeners } = runPrepaint({});
    expect(attrs.has(NUMERALS_PENDING_ATTRIBUTE)).toBe(false);
    expect(listeners.size).toBe(0);
  });
});

describe('prepaintScript: the UI language on a page without the app (the offline page)', () => {
  it.each([
    { language: null, search: '', want: 'ar' },
    { language: 'en', search: '', want: 'en' },
    { language: 'en-GB', search: '', want: 'en' },
    { language: 'en', search: '?lng=ar', want: 'ar' },
    { language: 'fr', search: '', want: 'ar' },
  ])('stored $language, address $search: $want, as the app reads it', ({ language, search, want }) => {
    const { attrs } = runPrepaint({ language, search, html: [STATIC_PAGE_ATTRIBUTE] });
    expect(attrs.get(UI_LANGUAGE_ATTRIBUTE)).toBe(want);
    expect(requestedUiLanguage(search, { getItem: () => language, setItem: () => {} })).toBe(want);
  });

  it('leaves the pages the app runs on unmarked (the app sets <html lang> there)', () => {
    expect(runPrepaint({ language: 'en' }).attrs.has(UI_LANGUAGE_ATTRIBUTE)).toBe(false);
  });
});
