/** Fills the built index.html template with a prerendered page (used by prerender.ts and the bench). */
import { COMPLETE_TEXT_LINK_ID, MAX_EMBEDDED_DATA, PAGE_DATA_ID, serializePageData, type PageData } from '../../src/app/page-data';
import { renderPage } from '../../src/app/render';
import { isProgressive } from '../../src/reader/body-chunks';

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * Replaces the stylesheet links of a built page with the stylesheets themselves: one round trip
 * less before the first paint on a slow connection (the whole CSS is about 6 KB compressed).
 * `read` returns a stylesheet's text by its URL path.
 */
export function inlineStylesheets(html: string, read: (href: string) => string): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gu, (_, href: string) => `<style>${read(href).replace(/<\/style/giu, '<\\/style')}</style>`);
}

/**
 * The page template again, from the built site's shell (`dist/spa.html`, which is the template
 * with nothing rendered into it): for pages made after the build, by the bench and the tests,
 * once prerendering has written the library over `dist/index.html`.
 */
export function templateFromShell(shell: string): string {
  if (!shell.includes('<div id="root"></div>')) throw new Error('not the built shell (spa.html): no empty root');
  return shell.replace('<div id="root"></div>', '<div id="root"><!--app-html--></div>').replace('</head>', '<!--app-head--></head>');
}

/**
 * Whether the page for `data` is a long article whose prerendered HTML holds only the first part
 * of its text (src/reader/body-chunks.ts); such an article also gets a complete-text page.
 */
export function hasCompleteTextPage(data: PageData | null): data is Extract<PageData, { kind: 'article' }> {
  return data?.kind === 'article' && isProgressive(data.article.body.length);
}

/** Where the complete-text page of an article at `url` (`/read/<slug>`) is served. */
export const completeTextUrl = (url: string) => `${url.replace(/\/$/u, '')}/full/`;

/**
 * After the first part of a long article: a link to its complete text, for readers whose browser
 * runs no script (the entry script removes it; the app then adds the rest of the text itself).
 * The prerendered pages are in the Arabic UI, so the link is too.
 */
const completeTextLink = (url: string) =>
  `<p id="${COMPLETE_TEXT_LINK_ID}" lang="ar" dir="rtl" style="max-width:40rem;margin:0 auto;padding:0 1rem 4rem;font-size:1.15rem;line-height:1.85">` +
  `هذا الجزء الأول من مقالة طويلة. <a href="${escapeHtml(completeTextUrl(url))}" style="color:var(--accent);text-decoration:underline;text-underline-offset:0.35em">اقرأ المقالة كاملة في صفحة واحدة</a></p>`;

function fill(template: string, title: string, description: string | undefined, root: string, after: string, end: string): string {
  if (!template.includes('<!--app-html-->')) throw new Error('the template has no <!--app-html--> placeholder: run `vite build` first');
  const meta = description ? `<meta name="description" content="${escapeHtml(description)}" />` : '';
  return template
    .replace(/<title>[^<]*<\/title>/u, `<title>${escapeHtml(title)}</title>`)
    .replace('<!--app-head-->', meta)
    .replace(/<!--app-html-->(\s*<\/div>)/u, (_, close: string) => `${root}${close}${after}`)
    .replace('</body>', `${end}</body>`);
}

/**
 * The HTML document for `url`: the app rendered with `data`, the data embedded for hydration, and
 * a title. A long article is rendered as its first part, followed by a link to its complete text
 * ({@link completePageHtml}).
 */
export function pageHtml(template: string, url: string, data: PageData | null, title: string, description?: string): string {
  const html = data ? renderPage(url, data) : '';
  let serialized = data ? serializePageData(data) : '';
  if (data?.kind === 'article' && serialized.length > MAX_EMBEDDED_DATA) {
    serialized = serializePageData({ path: data.path, kind: 'article-ref', src: `/articles/${data.article.slug}.json` });
  }
  // The data goes after the content: in <head> it would hold back the first paint of a long article.
  const dataScript = data ? `<script type="application/json" id="${PAGE_DATA_ID}">${serialized}</script>` : '';
  return fill(template, title, description, html, hasCompleteTextPage(data) ? completeTextLink(url) : '', dataScript);
}

/**
 * The complete text of a long article on one page, without scripts: what a reader whose browser
 * runs none gets by following the link after the first part. The inline settings script stays
 * (it applies the reader's theme and text size), the app's modules do not.
 */
export function completePageHtml(template: string, url: string, data: Extract<PageData, { kind: 'article' }>, title: string, description?: string): string {
  const html = renderPage(url, data, { complete: true });
  const scriptless = template.replace(/<script type="module"[^>]*><\/script>\s*/gu, '').replace(/<link rel="modulepreload"[^>]*>\s*/gu, '');
  return fill(scriptless, title, description, html, '', '');
}
