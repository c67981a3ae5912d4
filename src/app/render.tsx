/**
 * Prerendering: renders one page to HTML at build time (used by scripts/prerender.ts).
 * The HTML is in the default UI language, Arabic.
 */
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { createI18n, DEFAULT_UI_LANGUAGE } from '../i18n';
import { App } from './App';
import type { PageData } from './page-data';

/** The app's HTML for `url`, rendered with `data` as the page data. */
export function renderPage(url: string, data: PageData | null): string {
  return renderToString(
    <StaticRouter location={url}>
      <App i18n={createI18n(DEFAULT_UI_LANGUAGE)} pageData={data} />
    </StaticRouter>,
  );
}
