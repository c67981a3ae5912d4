/** Fills the built index.html template with a prerendered page (used by prerender.ts and the bench). */
import { COMPLETE_TEXT_LINK_ID, MAX_EMBEDDED_DATA, PAGE_DATA_ID, serializePageData, type PageData } from '../../src/app/page-data';
import { renderPage } from '../../src/app/render';
import { isProgressive } from '../../src/reader/body-chunks';
import { STATIC_PAGE_ATTRIBUTE, TEXT_FACE_FILES, TEXT_FACE_HOLD_ATTRIBUTE } from '../../src/reader/settings';

/** Text for HTML: element content or a double-quoted attribute value. */
export const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

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


// Letters of the Arabic block, which the text face covers (its unicode-range also has a few
// punctuation marks that never appear without Arabic letters around them).
const ARABIC_LETTERS = /[\u0600-\u06FF]/u;

/** Everything written in `node` (strings, and the strings in arrays and objects), joined. */
const allText = (node: unknown): string => {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(allText).join(' ');
  if (node && typeof node === 'object') return Object.values(node).map(allText).join(' ');
  return '';
};

/**
 * The weights of the text face that the first screen of a page draws: the bold of headlines and
 * headings and the regular of the text, when they are in Arabic. Preloaded, they are there for the
 * first paint (the face is `font-display: optional`, so a weight found late is skipped for the
 * page); a page with no Arabic in the text face loads neither, as its unicode-range intends.
 * The shell (`null`: an article from a URL, the editor, a missing page) cannot know its article,
 * and those are mostly Arabic: both.
 */
export function textFaceWeights(data: PageData | null): (keyof typeof TEXT_FACE_FILES)[] {
  if (!data) return [400, 700];
  if (data.kind === 'article') {
    const { title, subtitle, dateline, body } = data.article;
    return ARABIC_LETTERS.test(allText([title, subtitle, dateline, body])) ? [400, 700] : [];
  }
  const { articles } = data.library;
  const weights: (keyof typeof TEXT_FACE_FILES)[] = [];
  if (articles.some((a) => ARABIC_LETTERS.test(a.subtitle ?? ''))) weights.push(400);
  if (articles.some((a) => ARABIC_LETTERS.test(a.title))) weights.push(700);
  return weights;
}

/** `<link rel=preload>` elements for the text face's `weights`. */
export const fontPreloads = (weights: readonly (keyof typeof TEXT_FACE_FILES)[]) =>
  weights.map((w) => `<link rel="preload" href="${TEXT_FACE_FILES[w]}" as="font" type="font/woff2" crossorigin />`).join('\n    ');

/**
 * Fills the template. `weights`: the text face's weights the first screen draws, preloaded; a
 * page with content in that face (not the empty shell) also asks the pre-paint script to hold its
 * first paint for them (src/reader/settings.ts, TEXT_FACE_HOLD_ATTRIBUTE).
 */
function fill(template: string, title: string, description: string | undefined, root: string, after: string, end: string, weights: readonly (keyof typeof TEXT_FACE_FILES)[] = [], scriptless = false): string {
  if (!template.includes('<!--app-html-->')) throw new Error('the template has no <!--app-html--> placeholder: run `vite build` first');
  const meta = description ? `<meta name="description" content="${escapeHtml(description)}" />` : '';
  const hold = root && weights.length > 0 ? `${TEXT_FACE_HOLD_ATTRIBUTE}="${weights.join(' ')}" ` : '';
  return template
    .replace(/<html /u, `<html ${scriptless ? `${STATIC_PAGE_ATTRIBUTE} ` : ''}${hold}`)
    .replace('<!--font-preloads-->', fontPreloads(weights))
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
  return fill(template, title, description, html, hasCompleteTextPage(data) ? completeTextLink(url) : '', dataScript, textFaceWeights(data));
}

/**
 * The complete text of a long article on one page, without scripts: what a reader whose browser
 * runs none gets by following the link after the first part. The inline settings script stays
 * (it applies the reader's theme and text size), the app's modules do not.
 */
export function completePageHtml(template: string, url: string, data: Extract<PageData, { kind: 'article' }>, title: string, description?: string): string {
  const html = renderPage(url, data, { complete: true });
  return fill(withoutModules(template), title, description, html, '', '', textFaceWeights(data), true);
}

/** The page template without the app's module scripts and their preloads (a page that runs none). */
export function withoutModules(template: string): string {
  return template.replace(/<script type="module"[^>]*><\/script>\s*/gu, '').replace(/<link rel="modulepreload"[^>]*>\s*/gu, '');
}
