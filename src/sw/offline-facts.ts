/**
 * What the service worker (src/sw/sw.ts) and the pages share: cache names, message types and the
 * worker's address and scope (docs/decisions/0011-offline.md). Plain constants, no DOM and no
 * worker globals, so the app, the worker, the build scripts and the tests import the same names.
 */

/** The worker's address, the only one the 'sahifa-sw' Trusted Types policy admits. */
export const SW_URL = '/sw.js';
/** The worker's scope: the whole site. */
export const SW_SCOPE = '/';

/** The message a page posts to a waiting worker to make it take over (the page decides when). */
export const SKIP_WAITING_MESSAGE = 'SKIP_WAITING';

/**
 * Runtime caches named with the build they belong to (the build script stamps it into the worker):
 * a new version's worker deletes every other `sahifa-pages-*` / `sahifa-editor-*` cache when it
 * activates, so no page of an older build, whose scripts are gone, is served after an update.
 */
export const PAGES_CACHE_PREFIX = 'sahifa-pages-';
export const EDITOR_CACHE_PREFIX = 'sahifa-editor-';
export const VERSIONED_CACHE_PREFIXES = [PAGES_CACHE_PREFIX, EDITOR_CACHE_PREFIX] as const;

/**
 * Reserved for articles the reader saves for offline reading (the next step of issue #14): not
 * versioned and never deleted by an update, because it holds the reader's choices, not the build.
 */
export const SAVED_CACHE = 'sahifa-saved';

/** How many bundled article pages and JSON files the pages cache keeps (the oldest go first). */
export const PAGES_CACHE_ENTRIES = 60;
/** How many editor files (its page, chunks, worker, schema) the editor cache keeps. */
export const EDITOR_CACHE_ENTRIES = 40;

/** The page shown for a page that is neither cached nor reachable. */
export const OFFLINE_PAGE = '/offline/index.html';
/** The app's shell: the SPA fallback, for the routes the app renders itself (/read?src=…). */
export const APP_SHELL = '/spa.html';

/**
 * The prerendered page for a navigation to `pathname`, as the precache lists it: `/` is the
 * library (`/index.html`), `/read/<slug>` a bundled article, `/read/<slug>/full/` its complete
 * text; null for any other path. Whether that page exists is the precache's to say.
 */
export function prerenderedPage(pathname: string): string | null {
  if (pathname === '/' || pathname === '/index.html') return '/index.html';
  const article = /^\/read\/([^/]+)(\/full)?\/?(?:index\.html)?$/u.exec(pathname);
  if (!article || article[1] === 'index.html') return null;
  return `/read/${article[1]}${article[2] ?? ''}/index.html`;
}

/** Whether `pathname` is the app's page for an article loaded by address (`/read?src=…`). */
export const isUrlReaderPath = (pathname: string) => pathname === '/read' || pathname === '/read/';
/** Whether `pathname` is the editor's page. */
export const isEditorPath = (pathname: string) => /^\/preview\/?$/u.test(pathname);
