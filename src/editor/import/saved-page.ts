/**
 * Reading a saved web page (.html): the article is extracted with @mozilla/readability (loaded only
 * here, when such a file is opened), then walked like pasted HTML; when Readability finds nothing, the
 * whole body is walked, its menus, sidebars and footers left out.
 *
 * Trusted Types: Readability writes HTML from strings in two places, unwrapping images in <noscript> and
 * restoring the page before a second attempt. Both are avoided (noscript elements are removed first, and
 * `charThreshold: 0` accepts the first attempt), and its result is taken as an element (`serializer`),
 * so it needs no policy of its own. It runs on an inert document parsed for it alone.
 */
import type { SourceDirection } from '../../article/import-blocks';
import { isSafeHref } from '../../article/links';
import { parseInert, restoreText } from './parse-html';

export interface SavedPage {
  /** The element to walk: Readability's article, or the page's body. */
  root: Element;
  /** The article's title as Readability reads it, else the page's <title>; the page's h1 when either holds it and more (a site's name). */
  title: string;
  dir: SourceDirection;
  byline: string | null;
  siteName: string | null;
  /** The page's own address, when the file says it (saved-from comment, canonical link, og:url). */
  url: string | null;
  /** Whether the root is Readability's article (so the page's other parts were left out). */
  extracted: boolean;
  /** Menus, sidebars and footers of the page, and its scripts, counted before Readability removed them (0 when not extracted). */
  pageParts: number;
  scripts: number;
}

const PAGE_PARTS = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/** The address a saved page came from, if it says so: a browser's "saved from url" comment, or its own metadata. */
function originalUrl(doc: Document): string | null {
  const candidates: (string | null | undefined)[] = [];
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let n = walker.nextNode(), i = 0; n && i < 8; n = walker.nextNode(), i++) {
    const m = /saved from url=\(\d+\)(\S+)/u.exec(restoreText((n as Comment).data));
    if (m) candidates.push(m[1]);
  }
  candidates.push(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  for (const c of candidates) {
    const url = c && restoreText(c).trim();
    if (url && /^https?:\/\//iu.test(url) && isSafeHref(url)) return url;
  }
  return null;
}

/**
 * Makes every link absolute or marks it unusable, before Readability resolves links against the inert
 * document's address (which is the app's own). Links within the page (#…) stay as they are; a link that
 * cannot be made an http, https or mailto address loses its href and keeps it as data-sahifa-href, which
 * the walker counts as a link left out.
 */
function settleLinks(doc: Document, base: string | null): void {
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const raw = restoreText(a.getAttribute('href') ?? '').trim();
    if (raw === '' || raw.startsWith('#')) continue;
    if (isSafeHref(raw)) {
      a.setAttribute('href', raw);
      continue;
    }
    let resolved: string | null = null;
    if (base) {
      try {
        resolved = new URL(raw, base).href;
      } catch {
        resolved = null;
      }
    }
    if (resolved && isSafeHref(resolved)) a.setAttribute('href', resolved);
    else {
      a.removeAttribute('href');
      a.setAttribute('data-sahifa-href', raw.slice(0, 200));
    }
  }
}

function outermostCount(doc: Document, selector: string): number {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(selector))) if (!el.parentElement?.closest(selector)) n++;
  return n;
}

interface ReadabilityResult {
  title?: string | null;
  content?: unknown;
  textContent?: string | null;
  dir?: string | null;
  byline?: string | null;
  siteName?: string | null;
}

/**
 * Extracts the article of a saved page. Readability changes the document it reads, so when it finds
 * nothing the page is parsed again and its whole body is walked (the walker then counts the page's
 * menus, sidebars, footers and scripts itself).
 */
export async function readSavedPage(html: string): Promise<SavedPage> {
  const doc = parseInert(html);
  const url = originalUrl(doc);
  const scripts = doc.querySelectorAll('script').length;
  const pageParts = outermostCount(doc, PAGE_PARTS);
  const pageTitle = restoreText(doc.querySelector('title')?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const h1 = restoreText(doc.querySelector('h1')?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  settleLinks(doc, url);
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) noscript.remove();

  let result: ReadabilityResult | null = null;
  if (doc.body) {
    try {
      const { Readability } = await import('@mozilla/readability');
      result = new Readability(doc as never, { serializer: (el: Element) => el, charThreshold: 0 } as never).parse() as ReadabilityResult | null;
    } catch {
      // A page Readability cannot read is walked whole.
      result = null;
    }
  }
  const clean = (s: string | null | undefined) => restoreText(s ?? '').replace(/\s+/gu, ' ').trim() || null;
  // Readability keeps "Story | Site" whole when the story's part is short: the page's h1 is the story's title.
  const titled = (title: string) => (h1 && title !== h1 && title.includes(h1) ? h1 : title);
  const content = result?.content;
  if (result && typeof content === 'object' && content !== null && 'nodeType' in content && (result.textContent ?? '').trim() !== '') {
    return {
      root: content as Element,
      title: titled(clean(result.title) ?? pageTitle),
      dir: result.dir === 'rtl' || result.dir === 'ltr' ? result.dir : 'unknown',
      byline: clean(result.byline),
      siteName: clean(result.siteName),
      url,
      extracted: true,
      pageParts,
      scripts,
    };
  }
  const whole = parseInert(html);
  settleLinks(whole, url);
  return { root: whole.body ?? whole.documentElement, title: titled(pageTitle), dir: 'unknown', byline: null, siteName: null, url, extracted: false, pageParts: 0, scripts: 0 };
}
