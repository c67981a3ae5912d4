/**
 * Reader settings: the model, its storage and how it is applied to the document. The same storage
 * key and attributes are read by the inline script in index.html, which applies stored settings
 * before the first paint so a dark-theme reader never sees a white flash.
 */

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const NUMERALS = ['auto', 'arab', 'latn'] as const;
/** Text sizes, in rem, for the article body: seven steps. */
export const TEXT_SIZES = [0.95, 1.05, 1.15, 1.25, 1.4, 1.55, 1.75] as const;
/** Line heights: all at least 1.6, as Arabic needs. */
export const LINE_HEIGHTS = [1.6, 1.85, 2.1] as const;

export interface ReaderSettings {
  theme: (typeof THEMES)[number];
  /** Index into TEXT_SIZES. */
  size: number;
  /** Index into LINE_HEIGHTS. */
  leading: number;
  /** Digits for dates and counts: follow the UI language, Arabic-Indic, or Latin. */
  numerals: (typeof NUMERALS)[number];
  highlights: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', size: 2, leading: 1, numerals: 'auto', highlights: true };

export const SETTINGS_STORAGE_KEY = 'sahifa:reader-settings';

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T => (list.includes(value as T) ? (value as T) : fallback);
const step = (value: unknown, count: number, fallback: number) => (Number.isInteger(value) && (value as number) >= 0 && (value as number) < count ? (value as number) : fallback);

/** Settings from stored JSON; anything missing or malformed falls back to the default. Never throws. */
export function parseSettings(stored: string | null): ReaderSettings {
  let raw: Record<string, unknown> = {};
  try {
    const value: unknown = stored ? JSON.parse(stored) : {};
    if (value && typeof value === 'object' && !Array.isArray(value)) raw = value as Record<string, unknown>;
  } catch {
    raw = {};
  }
  return {
    theme: oneOf(THEMES, raw.theme, DEFAULT_SETTINGS.theme),
    size: step(raw.size, TEXT_SIZES.length, DEFAULT_SETTINGS.size),
    leading: step(raw.leading, LINE_HEIGHTS.length, DEFAULT_SETTINGS.leading),
    numerals: oneOf(NUMERALS, raw.numerals, DEFAULT_SETTINGS.numerals),
    highlights: typeof raw.highlights === 'boolean' ? raw.highlights : DEFAULT_SETTINGS.highlights,
  };
}

/** Sets the document attributes the CSS reads (`data-theme` only when not following the system). */
export function applySettings(root: HTMLElement, s: ReaderSettings): void {
  if (s.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', s.theme);
  root.style.setProperty('--article-size', `${TEXT_SIZES[s.size]}rem`);
  root.style.setProperty('--article-leading', String(LINE_HEIGHTS[s.leading]));
  root.setAttribute('data-highlights', s.highlights ? 'on' : 'off');
}

/** The numbering system for dates and counts: `auto` follows the UI language. */
export function numberingSystem(s: Pick<ReaderSettings, 'numerals'>, uiLang: string): 'arab' | 'latn' {
  if (s.numerals !== 'auto') return s.numerals;
  return uiLang === 'ar' ? 'arab' : 'latn';
}

/**
 * The inline script that applies stored settings before the first paint (injected into every page
 * at build by vite.config.ts). Generated from the constants above so the two cannot drift.
 */
export function prepaintScript(): string {
  const themes = JSON.stringify(THEMES.filter((t) => t !== 'system'));
  return (
    `(function(){try{var d=document.documentElement,s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})||'{}')||{};` +
    `var z=${JSON.stringify(TEXT_SIZES)},h=${JSON.stringify(LINE_HEIGHTS)};` +
    `if(${themes}.indexOf(s.theme)>=0)d.setAttribute('data-theme',s.theme);` +
    `if(z[s.size])d.style.setProperty('--article-size',z[s.size]+'rem');` +
    `if(h[s.leading])d.style.setProperty('--article-leading',String(h[s.leading]));` +
    `d.setAttribute('data-highlights',s.highlights===false?'off':'on')}catch(e){}})();`
  );
}
