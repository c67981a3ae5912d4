/** Fills the built index.html template with a prerendered page (used by prerender.ts and the bench). */
import { MAX_EMBEDDED_DATA, PAGE_DATA_ID, serializePageData, type PageData } from '../../src/app/page-data';
import { renderPage } from '../../src/app/render';

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * Replaces the stylesheet links of a built page with the stylesheets themselves: one round trip
 * less before the first paint on a slow connection (the whole CSS is about 6 KB compressed).
 * `read` returns a stylesheet's text by its URL path.
 */
export function inlineStylesheets(html: string, read: (href: string) => string): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gu, (_, href: string) => `<style>${read(href).replace(/<\/style/giu, '<\\/style')}</style>`);
}

/** The HTML document for `url`: the app rendered with `data`, the data embedded for hydration, and a title. */
export function pageHtml(template: string, url: string, data: PageData | null, title: string, description?: string): string {
  if (!template.includes('<!--app-html-->')) throw new Error('the template has no <!--app-html--> placeholder: run `vite build` first');
  const html = data ? renderPage(url, data) : '';
  let serialized = data ? serializePageData(data) : '';
  if (data?.kind === 'article' && serialized.length > MAX_EMBEDDED_DATA) {
    serialized = serializePageData({ path: data.path, kind: 'article-ref', src: `/articles/${data.article.slug}.json` });
  }
  const dataScript = data ? `<script type="application/json" id="${PAGE_DATA_ID}">${serialized}</script>` : '';
  const meta = description ? `<meta name="description" content="${escapeHtml(description)}" />` : '';
  return template
    .replace(/<title>[^<]*<\/title>/u, `<title>${escapeHtml(title)}</title>`)
    .replace('<!--app-head-->', meta)
    // The data goes after the content: in <head> it would hold back the first paint of a long article.
    .replace('<!--app-html-->', html)
    .replace('</body>', `${dataScript}</body>`);
}
