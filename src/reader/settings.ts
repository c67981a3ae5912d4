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
 * Set on `<html>` by the pre-paint script when the page's first drawing would show numbers in the
 * wrong digits: the prerendered pages are in the Arabic UI with Arabic-Indic digits, and the app
 * first renders with the default settings. CSS hides the UI around the article's text while it is
 * set (src/app/app.css); ReaderSettingsProvider removes it once it has rendered the reader's own
 * settings. Only the script sets it, so a page without scripts is never hidden.
 */
export const NUMERALS_PENDING_ATTRIBUTE = 'data-numerals-pending';

/**
 * On `<html>` of a page that has the pre-paint script but not the app (the complete text of a long
 * article, scripts/lib/page-html.ts): its numbers will never change, so nothing waits for them.
 */
export const STATIC_PAGE_ATTRIBUTE = 'data-static-page';
/**
 * Set by the pre-paint script on the <html> of a page without the app (STATIC_PAGE_ATTRIBUTE) to
 * the UI language it reads (the address's ?lng=, else the stored choice, else Arabic): how the
 * offline page shows its words in the reader's language (scripts/lib/offline-page.ts).
 */
export const UI_LANGUAGE_ATTRIBUTE = 'data-ui-language';

/**
 * The text face's files by weight (src/app/app.css declares them for pages without scripts).
 * A prerendered page whose first screen is in that face says so on `<html>` with
 * {@link TEXT_FACE_HOLD_ATTRIBUTE} (scripts/lib/page-html.ts, which also preloads the files).
 */
export const TEXT_FACE_FILES = { 400: '/fonts/naskh-arabic-400.woff2', 700: '/fonts/naskh-arabic-700.woff2' } as const;
/** Its value: the weights to wait for, "400 700". */
export const TEXT_FACE_HOLD_ATTRIBUTE = 'data-text-face-hold';
/**
 * Set by the pre-paint script on such a page: `pending` while both weights load (CSS hides the
 * page), then `ready` (drawn in the face loaded by the script) or `skipped` (drawn in the matched
 * fallback for the rest of the page's life).
 */
export const TEXT_FACE_STATE_ATTRIBUTE = 'data-text-face';
/** The family the pre-paint script loads the face under (src/app/app.css uses it while `ready`). */
export const HELD_TEXT_FACE = 'Sahifa Naskh Held';
/**
 * How long the first paint may wait for the face, from the moment the script runs. On the slow 4G
 * of Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s) the two files (35 KB) take about
 * a third of a second; a second allows a link three times slower, and past that a reader is
 * better served by the text at once in the fallback.
 */
export const TEXT_FACE_WAIT_MS = 1000;

/**
 * What the pre-paint script needs to know of the UI language (src/i18n, which this module cannot
 * import: the end-to-end tests load it, and they cannot load the JSON catalogues): the languages,
 * where the choice is remembered, and the language the pages are prerendered in. A unit test holds
 * them equal to src/i18n's.
 */
export const UI_LANGUAGE_FACTS = { languages: ['ar', 'en'], storageKey: 'i18nextLng', prerendered: 'ar' } as const;

/**
 * The inline script that applies stored settings before the first paint (injected into every page
 * at build by vite.config.ts). Generated from the constants above so the two cannot drift.
 *
 * It also works out the digits the reader will see (the numerals setting, or for `auto` the UI
 * language asked for, as src/app/use-ui-language.ts reads it: `?lng=`, then the remembered choice,
 * then Arabic) and sets {@link NUMERALS_PENDING_ATTRIBUTE} unless they are the prerendered page's
 * (the Arabic UI with Arabic-Indic digits). If the app fails to start (a script that does not load,
 * an error), the mark goes at the first error: wrong digits are better than a page without its UI.
 *
 * And on a page that holds its first paint for the text face ({@link TEXT_FACE_HOLD_ATTRIBUTE}) it
 * loads both weights and sets {@link TEXT_FACE_STATE_ATTRIBUTE}: the page is drawn once the face
 * is there, or after {@link TEXT_FACE_WAIT_MS} in the fallback, and never changes face after it is
 * drawn. `font-display: optional` alone gives up after about 100 ms, less than one round trip on a
 * phone's connection, so the first visit was drawn in the fallback and the second in the face.
 * Without scripts nothing is held and the CSS faces (optional, preloaded) apply.
 */
export function prepaintScript(): string {
  const themes = JSON.stringify(THEMES.filter((t) => t !== 'system'));
  const chosen = JSON.stringify(NUMERALS.filter((n) => n !== 'auto'));
  const { languages, storageKey, prerendered } = UI_LANGUAGE_FACTS;
  return (
    `(function(){var d=document.documentElement;try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})||'{}')||{};` +
    `var z=${JSON.stringify(TEXT_SIZES)},h=${JSON.stringify(LINE_HEIGHTS)};` +
    `if(${themes}.indexOf(s.theme)>=0)d.setAttribute('data-theme',s.theme);` +
    `if(z[s.size])d.style.setProperty('--article-size',z[s.size]+'rem');` +
    `if(h[s.leading])d.style.setProperty('--article-leading',String(h[s.leading]));` +
    `d.setAttribute('data-highlights',s.highlights===false?'off':'on');` +
    // The UI language: its primary subtag ('en-GB' is English), if it is one of ours.
    `var u=${JSON.stringify(languages)},p=function(v){v=typeof v==='string'?v.trim().split(/[-_]/)[0].toLowerCase():'';return u.indexOf(v)>=0?v:''};` +
    `var l=p(new URLSearchParams(location.search).get('lng'))||p(localStorage.getItem(${JSON.stringify(storageKey)}))||${JSON.stringify(prerendered)};if(d.hasAttribute(${JSON.stringify(STATIC_PAGE_ATTRIBUTE)}))d.setAttribute(${JSON.stringify(UI_LANGUAGE_ATTRIBUTE)},l);` +
    `var n=${chosen}.indexOf(s.numerals)>=0?s.numerals:l===${JSON.stringify(prerendered)}?'arab':'latn';` +
    `if(!d.hasAttribute(${JSON.stringify(STATIC_PAGE_ATTRIBUTE)})&&(l!==${JSON.stringify(prerendered)}||n!=='arab')){d.setAttribute(${JSON.stringify(NUMERALS_PENDING_ATTRIBUTE)},'');` +
    `var r=function(){d.removeAttribute(${JSON.stringify(NUMERALS_PENDING_ATTRIBUTE)})};addEventListener('error',r,true);addEventListener('unhandledrejection',r)}` +
    `}catch(e){}` +
    // The text face, where the page asks for it: both weights, or the fallback after the wait.
    `try{if(d.hasAttribute(${JSON.stringify(TEXT_FACE_HOLD_ATTRIBUTE)})&&document.fonts&&typeof FontFace==='function'){` +
    `var t=${JSON.stringify(TEXT_FACE_STATE_ATTRIBUTE)},k=function(v){if(d.getAttribute(t)==='pending')d.setAttribute(t,v)},f=${JSON.stringify(TEXT_FACE_FILES)};` +
    `d.setAttribute(t,'pending');setTimeout(function(){k('skipped')},${TEXT_FACE_WAIT_MS});` +
    `Promise.all(d.getAttribute(${JSON.stringify(TEXT_FACE_HOLD_ATTRIBUTE)}).split(' ').map(function(w){var x=new FontFace(${JSON.stringify(HELD_TEXT_FACE)},'url('+f[w]+') format("woff2")',{weight:w,display:'block'});document.fonts.add(x);return x.load()}))` +
    `.then(function(){k('ready')},function(){k('skipped')})}}catch(e){}})();`
  );
}
