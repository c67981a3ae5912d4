import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { uiDirection } from '../i18n';
import { ErrorPanel } from '../reader/ErrorPanel';
import { ReaderSettingsProvider } from '../reader/use-reader-settings';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { PageDataContext, type PageData } from './page-data';
import { LibraryPage } from './pages/LibraryPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ReadBundledPage } from './pages/ReadBundledPage';
import { ReadUrlPage } from './pages/ReadUrlPage';
import { SiteHeader } from './SiteHeader';
import { requestedUiLanguage, safeStorage } from './use-ui-language';

// The editor (CodeMirror and the preview's tools) loads only on its route: readers never download it.
const EditorPage = lazy(() => import('../editor/EditorPage'));

function PreviewRoute() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="py-16 text-center text-muted">{t('errors.loading')}</p>}>
      <EditorPage />
    </Suspense>
  );
}

/** Keeps the UI language and `<html lang dir>` in step with `?lng=` as the reader navigates. */
function LanguageSync({ i18n }: { i18n: I18n }) {
  const { search } = useLocation();
  useEffect(() => {
    const wanted = requestedUiLanguage(search, safeStorage());
    if (wanted !== i18n.language) void i18n.changeLanguage(wanted);
    document.documentElement.lang = wanted;
    document.documentElement.dir = uiDirection(wanted);
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
          <Routes>
            <Route path="/" element={<LibraryPage />} />
            <Route path="/read/:slug" element={<ReadBundledPage />} />
            <Route path="/read" element={<ReadUrlPage />} />
            <Route path="/preview" element={<PreviewRoute />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Shell>
        </ReaderSettingsProvider>
      </PageDataContext.Provider>
    </I18nextProvider>
  );
}

