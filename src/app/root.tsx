import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation } from 'react-router';
import { createI18n, DEFAULT_UI_LANGUAGE, uiDirection } from '../i18n';
import { ErrorPanel } from '../reader/ErrorPanel';
import { SiteHeader } from './SiteHeader';
import { requestedUiLanguage, useUiLanguage } from './use-ui-language';
import './app.css';

// One instance for the page. Pages are prerendered in Arabic; the reader's own choice is applied
// right after hydration so the first client render matches the HTML.
const i18n = createI18n(DEFAULT_UI_LANGUAGE);

function Document({ children }: { children: ReactNode }) {
  const lng = useUiLanguage();
  const location = useLocation();
  useEffect(() => {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      storage = null;
    }
    const wanted = requestedUiLanguage(location.search, storage);
    if (wanted !== i18n.language) void i18n.changeLanguage(wanted);
  }, [location.search]);
  return (
    <html lang={lng} dir={uiDirection(lng)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-dvh font-ui antialiased">{children}</body>
    </html>
  );
}

/** The HTML shell around every route, error pages included. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Document>
        <SiteHeader />
        <main id="content" className="mx-auto w-full max-w-5xl px-4 pb-16 sm:px-6">
          {children}
        </main>
        <ScrollRestoration />
        <Scripts />
      </Document>
    </I18nextProvider>
  );
}

export default function App() {
  return <Outlet />;
}

/** Last line of defence: a route that throws shows a translated message, never a blank page. */
export function ErrorBoundary({ error }: { error: unknown }) {
  if (isRouteErrorResponse(error) && error.status === 404) return <ErrorPanel kind="not-found" />;
  return <ErrorPanel kind="unexpected" detail={error instanceof Error ? error.message : undefined} />;
}
