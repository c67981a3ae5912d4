import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, DEFAULT_UI_LANGUAGE, LANGUAGE_STORAGE_KEY, type UiLanguage } from '../i18n';

/** localStorage, or null where the browser refuses it (privacy modes, sandboxed frames). */
export function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The UI language the reader asked for: `?lng=` first (and remembered), then the remembered choice,
 * then Arabic.
 */
export function requestedUiLanguage(search: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): UiLanguage {
  const fromQuery = asUiLanguage(new URLSearchParams(search).get('lng'));
  try {
    if (fromQuery) {
      storage?.setItem(LANGUAGE_STORAGE_KEY, fromQuery);
      return fromQuery;
    }
    return asUiLanguage(storage?.getItem(LANGUAGE_STORAGE_KEY)) ?? DEFAULT_UI_LANGUAGE;
  } catch {
    // Storage can be disabled or full; the choice then lasts for this page only.
    return fromQuery ?? DEFAULT_UI_LANGUAGE;
  }
}

/** The current UI language, re-rendering when it changes. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return useSyncExternalStore(
    (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    () => asUiLanguage(i18n.language) ?? DEFAULT_UI_LANGUAGE,
    () => asUiLanguage(i18n.language) ?? DEFAULT_UI_LANGUAGE,
  );
}
