/**
 * Prerendering: renders one page to HTML at build time (used by scripts/prerender.ts).
 * The HTML is in the default UI language, Arabic.
 */
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { createI18n, DEFAULT_UI_LANGUAGE } from '../i18n';
import { CompleteBodyContext } from '../reader/ArticleView';
import { App } from './App';
import type { PageData } from './page-data';

export interface RenderOptions {
  /**
   * Render a long article's whole body (the complete-text page for readers without JavaScript);
   * by default a long body is rendered as its first chunks, as the browser's first render will.
   */
  complete?: boolean;
}

/** The app's HTML for `url`, rendered with `data` as the page data. */
export function renderPage(url: string, data: PageData | null, { complete = false }: RenderOptions = {}): string {
  return renderToString(
    <CompleteBodyContext.Provider value={complete}>
      <StaticRouter location={url}>
        <App i18n={createI18n(DEFAULT_UI_LANGUAGE)} pageData={data} />
      </StaticRouter>
    </CompleteBodyContext.Provider>,
  );
}
