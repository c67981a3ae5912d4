/**
 * The service worker (docs/decisions/0011-offline.md), built on its own by scripts/build-offline.ts
 * after prerendering, which writes the precache list in place of `self.__WB_MANIFEST` and the
 * build's id in place of `__SAHIFA_BUILD__`.
 *
 * - Precached at install: the reader (the app shell, the prerendered pages, the scripts and styles
 *   the article and library routes load, the fonts, the bundled articles' JSON, the icons, the
 *   manifest, the offline page). Never the editor.
 * - Navigations: the prerendered page of the address (from the pages cache, refreshed in the
 *   background, else from the precache), the app shell for /read?src=…, the editor's page from the
 *   network (kept for offline), the network for anything else, and the offline page when the
 *   network fails.
 * - The editor's files load from the network and are kept at runtime.
 * - Updates: a new version installs and waits; it takes over only when a page posts
 *   {type: 'SKIP_WAITING'} (src/app/sw-register.ts), so no open page changes version under the reader.
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import {
  APP_SHELL,
  EDITOR_CACHE_ENTRIES,
  EDITOR_CACHE_PREFIX,
  isEditorPath,
  isUrlReaderPath,
  OFFLINE_PAGE,
  PAGES_CACHE_ENTRIES,
  PAGES_CACHE_PREFIX,
  prerenderedPage,
  SKIP_WAITING_MESSAGE,
  VERSIONED_CACHE_PREFIXES,
} from './offline-facts';

declare const self: ServiceWorkerGlobalScope;
/** Replaced by the build with the id of the build (a hash of the precache list). */
declare const __SAHIFA_BUILD__: string;

const BUILD = __SAHIFA_BUILD__;
const PAGES_CACHE = `${PAGES_CACHE_PREFIX}${BUILD}`;
const EDITOR_CACHE = `${EDITOR_CACHE_PREFIX}${BUILD}`;

precache(self.__WB_MANIFEST);

// Bundled articles' pages and JSON, and the library: from the cache at once, refreshed from the
// network in the background, at most PAGES_CACHE_ENTRIES of them; the precache holds every one of
// them as this version built it, for the first visit offline and for what the limit pushed out.
const pages = new StaleWhileRevalidate({
  cacheName: PAGES_CACHE,
  plugins: [new ExpirationPlugin({ maxEntries: PAGES_CACHE_ENTRIES, purgeOnQuotaError: true })],
});

/**
 * A bundled page or JSON file: from the pages cache or the network (`address`), else the precached
 * copy (`key`, as the precache lists it). A page is fetched by its directory address (`/read/x/`),
 * which static hosts serve without a redirect, where some redirect `/read/x/index.html`.
 */
async function cachedPage(event: ExtendableEvent, address: string, key = address): Promise<Response> {
  try {
    const response = await pages.handle({ event, request: new Request(address) });
    // A redirected response may not answer a navigation: the same answer, without its redirect.
    if (response.ok) return response.redirected ? new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers }) : response;
  } catch {
    // Neither in the pages cache nor reachable: the precached copy below.
  }
  const precached = await matchPrecache(key);
  if (precached) return precached;
  throw new Error(`${key} is not cached`);
}

/** The offline page (precached), or a bare answer if the precache itself is gone. */
async function offlinePage(): Promise<Response> {
  return (await matchPrecache(OFFLINE_PAGE)) ?? new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain' } });
}

// The editor: its page and files from the network when there is one, kept for use offline.
const editorPage = new NetworkFirst({ cacheName: EDITOR_CACHE, networkTimeoutSeconds: 10, plugins: [new ExpirationPlugin({ maxEntries: EDITOR_CACHE_ENTRIES })] });
// Its scripts have content-hashed names: a name always holds the same bytes, so the cache is enough.
const editorFiles = new CacheFirst({ cacheName: EDITOR_CACHE, plugins: [new ExpirationPlugin({ maxEntries: EDITOR_CACHE_ENTRIES })] });
const editorData = new StaleWhileRevalidate({ cacheName: EDITOR_CACHE, plugins: [new ExpirationPlugin({ maxEntries: EDITOR_CACHE_ENTRIES })] });

async function navigation({ event, request, url }: { event: ExtendableEvent; request: Request; url: URL }): Promise<Response> {
  const page = prerenderedPage(url.pathname);
  if (page && getCacheKeyForURL(page)) {
    try {
      return await cachedPage(event, page.replace(/index\.html$/u, ''), page);
    } catch {
      return offlinePage();
    }
  }
  if (isUrlReaderPath(url.pathname)) return (await matchPrecache(APP_SHELL)) ?? fetch(request);
  try {
    if (isEditorPath(url.pathname)) return await editorPage.handle({ event, request });
    return await fetch(request);
  } catch {
    return offlinePage();
  }
}

const sameOrigin = (url: URL) => url.origin === self.location.origin;

registerRoute(({ request, url }) => request.mode === 'navigate' && sameOrigin(url), navigation);
// The bundled articles' JSON (a long article's page loads its text from it; the library its index).
registerRoute(
  ({ url }) => sameOrigin(url) && /^\/articles\/[^/]+\.json$/u.test(url.pathname) && getCacheKeyForURL(url.pathname) !== undefined,
  ({ event, url }) => cachedPage(event, url.pathname),
);
// Everything else precached, cache first (the list is this version's; `?lng=` never changes a file).
addRoute({ ignoreURLParametersMatching: [/^utm_/u, /^fbclid$/u, /^lng$/u], directoryIndex: 'index.html', cleanURLs: false });
// The rest of the site's own files is the editor's (its chunks, its analysis worker, the schema).
registerRoute(({ url }) => sameOrigin(url) && url.pathname.startsWith('/assets/'), editorFiles);
registerRoute(({ url }) => sameOrigin(url) && url.pathname.startsWith('/schema/'), editorData);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING_MESSAGE) void self.skipWaiting();
});

cleanupOutdatedCaches();
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Runtime caches of other builds (the precache's old versions go by cleanupOutdatedCaches).
      const names = await caches.keys();
      const ours = new Set([PAGES_CACHE, EDITOR_CACHE]);
      await Promise.all(names.filter((n) => VERSIONED_CACHE_PREFIXES.some((p) => n.startsWith(p)) && !ours.has(n)).map((n) => caches.delete(n)));
      // The first install takes the open pages at once, so they read offline from now on; an update
      // activates only when a page asked for it (and reloads on the change of controller).
      await self.clients.claim();
    })(),
  );
});
