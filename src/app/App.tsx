import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { matchRoutes, Route, Routes, useLocation } from 'react-router';
import { loadUiLanguage, uiDirection } from '../i18n';
import { ErrorPanel } from '../reader/ErrorPanel';
import { ReaderSettingsProvider } from '../reader/use-reader-settings';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { PageDataContext, type PageData } from './page-data';
import { ReadBundledPage } from './pages/ReadBundledPage';
import { SiteHeader } from './SiteHeader';
import { requestedUiLanguage, safeStorage } from './use-ui-language';

/**
 * A page whose code is a module of its own, fetched when the page is first shown; `preload()`
 * fetches it ahead. Once fetched it renders at once, without suspending: main.tsx preloads the
 * page the browser opens on before hydrating, so the prerendered HTML is hydrated as it is, with
 * no fallback in between; prerendering loads them all first (below).
 */
function routeModule(load: () => Promise<ComponentType>): ComponentType & { preload: () => Promise<unknown> } {
  let loadedPage: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (page) => (loadedPage = page),
      (error: unknown) => {
        pending = undefined; // a failed fetch may be tried again
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((page) => ({ default: page })));
  function RoutePage() {
    const Page = loadedPage ?? Lazy;
    return <Page />;
  }
  return Object.assign(RoutePage, { preload });
}

// The article route, the one most visits open on, is in the first script; the library, a page by
// address and the not-found page are fetched when they are opened.
const LibraryPage = routeModule(() => import('./pages/LibraryPage').then((m) => m.LibraryPage));
const ReadUrlPage = routeModule(() => import('./pages/ReadUrlPage').then((m) => m.ReadUrlPage));
const NotFoundPage = routeModule(() => import('./pages/NotFoundPage').then((m) => m.NotFoundPage));

/** The app's routes, declared once: rendered by App, matched by {@link preloadRoute}. */
const ROUTES: { path: string; Page: ComponentType & { preload?: () => Promise<unknown> } }[] = [
  { path: '/', Page: LibraryPage },
  { path: '/read/:slug', Page: ReadBundledPage },
  { path: '/read', Page: ReadUrlPage },
  { path: '/preview', Page: PreviewRoute },
  { path: '*', Page: NotFoundPage },
];

/** Fetches the code of the page at `pathname` if it is not in the first script (see {@link routeModule}). */
export function preloadRoute(pathname: string): Promise<unknown> {
  const path = matchRoutes(ROUTES, pathname)?.at(-1)?.route.path;
  const page = ROUTES.find((r) => r.path === path)?.Page;
  // A failure here shows as the page's error when it renders (the error boundary), not as no page at all.
  return page?.preload ? page.preload().catch(() => undefined) : Promise.resolve();
}

// Prerendering renders synchronously (renderToString): every page's code is loaded first.
if (typeof window === 'undefined') await Promise.all([LibraryPage, ReadUrlPage, NotFoundPage].map((page) => page.preload()));

// The editor (CodeMirror and the preview's tools) loads only on its route: readers never download it.
const EditorPage = lazy(() => import('../editor/EditorPage'));

function RouteLoading() {
  const { t } = useTranslation();
  return <p className="py-16 text-center text-muted">{t('errors.loading')}</p>;
}

function PreviewRoute() {
  return (
    <Suspense fallback={<RouteLoading />}>
      <EditorPage />
    </Suspense>
  );
}

/** Keeps the UI language and `<html lang dir>` in step with `?lng=` as the reader navigates. */
function LanguageSync({ i18n }: { i18n: I18n }) {
  const { search } = useLocation();
  useEffect(() => {
    const wanted = requestedUiLanguage(search, safeStorage());
    let current = true;
    // Another language's wording is fetched first (SiteHeader prefetches it when the link is
    // pointed at or focused); the page and <html lang dir> switch together once it is there.
    loadUiLanguage(i18n, wanted).then(
      () => {
        if (!current) return;
        if (wanted !== i18n.language) void i18n.changeLanguage(wanted);
        document.documentElement.lang = wanted;
        document.documentElement.dir = uiDirection(wanted);
      },
      // Offline or a failed fetch: the page stays in the language it is in, consistently.
      (error: unknown) => console.warn('UI language not loaded', error),
    );
    return () => {
      current = false;
    };
  }, [search, i18n]);
  return null;
}

/** Marks `<html data-ready>` once the app has hydrated or rendered, for tests and benchmarks. */
function ReadyMarker() {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return null;
}

function Shell({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  // The editor's two panes need the width a reading column does not.
  const width = pathname.startsWith('/preview') ? 'max-w-[110rem]' : 'max-w-6xl';
  return (
    <>
      <SiteHeader />
      <main id="content" tabIndex={-1} className={`@container/reader mx-auto w-full ${width} px-4 pb-16 outline-none sm:px-6`}>
        {/* Keyed by path: an error on one page must not stick to the next. */}
        <ErrorBoundary key={pathname} fallback={(error) => <ErrorPanel kind="unexpected" detail={error instanceof Error ? error.message : undefined} />}>
          {children}
        </ErrorBoundary>
      </main>
    </>
  );
}

/** The whole app for a router supplied by the caller (BrowserRouter in the browser, StaticRouter when prerendering). */
export function App({ i18n, pageData }: { i18n: I18n; pageData: PageData | null }) {
  return (
    <I18nextProvider i18n={i18n}>
      <PageDataContext.Provider value={pageData}>
        <ReaderSettingsProvider>
        <LanguageSync i18n={i18n} />
        <ReadyMarker />
        <Shell>
          <Suspense fallback={<RouteLoading />}>
          <Routes>
            {ROUTES.map(({ path, Page }) => (
              <Route key={path} path={path} element={<Page />} />
            ))}
          </Routes>
          </Suspense>
        </Shell>
        </ReaderSettingsProvider>
      </PageDataContext.Provider>
    </I18nextProvider>
  );
}

