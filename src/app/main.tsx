/**
 * Browser entry. A prerendered page whose HTML matches the UI language is hydrated; anything else
 * (the SPA fallback, another UI language than the prerendered Arabic) is rendered afresh.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createBrowserI18n, DEFAULT_UI_LANGUAGE, uiDirection } from '../i18n';
import { App, preloadRoute } from './App';
import { COMPLETE_TEXT_LINK_ID, loadPageData } from './page-data';
import { requestedUiLanguage, safeStorage } from './use-ui-language';

const container = document.getElementById('root')!;
const lng = requestedUiLanguage(window.location.search, safeStorage());
document.documentElement.lang = lng;
document.documentElement.dir = uiDirection(lng);
/**
 * Starts the app. Not awaited at the top level of this module: a later chunk (a page, the
 * settings panel) imports from the chunk this module is in, and its import would wait for this
 * module to finish evaluating, which would wait for that import.
 */
async function start() {
  // In parallel: the page's data, the UI wording when it is not Arabic (the page is then rendered
  // afresh in that language, so it waits for it), and the code of the page opened when it is not in
  // this script, so hydration finds it loaded and keeps the server's HTML as it is.
  // The wording failing to arrive (offline): the page stays in Arabic, the language it holds.
  const wording = createBrowserI18n(lng).catch(() => {
    document.documentElement.lang = DEFAULT_UI_LANGUAGE;
    document.documentElement.dir = uiDirection(DEFAULT_UI_LANGUAGE);
    return createBrowserI18n(DEFAULT_UI_LANGUAGE);
  });
  const [pageData, i18n] = await Promise.all([loadPageData(document, window.location.pathname), wording, preloadRoute(window.location.pathname)]);
  const app = (
    <StrictMode>
      <BrowserRouter>
        <App i18n={i18n} pageData={pageData} />
      </BrowserRouter>
    </StrictMode>
  );

  // The app adds the rest of a long article itself: the link to its complete text is for browsers
  // that run no script (after the root, so removing it moves nothing above it).
  document.getElementById(COMPLETE_TEXT_LINK_ID)?.remove();

  // In a transition, hydration yields to the browser between Suspense boundaries (the article's
  // chunks), so a long article never blocks input or scrolling in one long task.
  if (pageData && lng === DEFAULT_UI_LANGUAGE && container.firstElementChild) startTransition(() => void hydrateRoot(container, app));
  else {
    container.textContent = '';
    createRoot(container).render(app);
  }
}

// The service worker (offline reading, docs/decisions/0011-offline.md), once the page is up and the
// browser idle: never in the dev server, whose modules are not the built files it precaches.
void start().then(() => {
  if (!import.meta.env.PROD) return;
  const registerWorker = () => void import('./sw-register').then((sw) => sw.register());
  if ('requestIdleCallback' in window) requestIdleCallback(registerWorker, { timeout: 5000 });
  else setTimeout(registerWorker, 1000);
});
