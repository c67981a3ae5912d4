import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { applySettings, DEFAULT_SETTINGS, NUMERALS_PENDING_ATTRIBUTE, parseSettings, SETTINGS_STORAGE_KEY, type ReaderSettings } from './settings';

interface SettingsContextValue {
  settings: ReaderSettings;
  update: (change: Partial<ReaderSettings>) => void;
}

const SettingsContext = createContext<SettingsContextValue>({ settings: DEFAULT_SETTINGS, update: () => {} });

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Holds the reader settings, applies them to `<html>` and remembers them on the device. The first
 * render uses the defaults (as the prerendered HTML does); stored settings are read after mount,
 * while the inline pre-paint script has already applied them visually. Numbers are another
 * matter (CSS cannot change digits): the script hides the UI around the article while they may be
 * wrong, and the mark is taken off here, once a render with the stored settings is on the page.
 */
export function ReaderSettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const stored = parseSettings(storage()?.getItem(SETTINGS_STORAGE_KEY) ?? null);
    // Only a real change re-renders the page: a long article should not be reconciled for nothing.
    setSettings((current) => (JSON.stringify(current) === JSON.stringify(stored) ? current : stored));
    setLoaded(true);
  }, []);
  // Runs after the commit that holds the stored settings (both updates above land in one render).
  useEffect(() => {
    if (loaded) document.documentElement.removeAttribute(NUMERALS_PENDING_ATTRIBUTE);
  }, [loaded]);
  const update = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      applySettings(document.documentElement, next);
      try {
        storage()?.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage full or refused: the setting still applies to this page.
      }
      return next;
    });
  }, []);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/** The reader settings and a function to change some of them. */
export function useReaderSettings(): SettingsContextValue {
  return useContext(SettingsContext);
}
