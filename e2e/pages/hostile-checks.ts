import type { Page } from '@playwright/test';

/**
 * Catches any payload that runs: `window.__pwned(id)` (a binding, so it survives navigations and
 * cannot be overwritten by page script before it is called) and any `alert`/`confirm`/`prompt`
 * dialog the page did not expect. Returns the list of what ran, to assert empty.
 */
export async function trapExecution(page: Page, { allowDialogs = false } = {}): Promise<string[]> {
  const ran: string[] = [];
  await page.exposeBinding('__pwned', (_source, id: unknown) => {
    ran.push(`__pwned(${String(id)})`);
  });
  if (!allowDialogs) {
    page.on('dialog', (dialog) => {
      ran.push(`${dialog.type()}(${dialog.message()})`);
      void dialog.dismiss().catch(() => {});
    });
  }
  return ran;
}

/** What `inertnessReport` found; every list must be empty. */
export interface InertnessReport {
  /** Elements anywhere in the document with an inline event handler attribute (`on…`). */
  handlers: string[];
  /** Elements in the page content (`main`) that article text can never legitimately produce. */
  forbiddenElements: string[];
  /** `<svg>` in the content that is not one of the app's icons (aria-hidden, paths only). */
  foreignSvg: string[];
  /** Links whose target is not http(s), mailto or a same-page `#fragment`. */
  unsafeLinks: string[];
  /** Style attributes in the content carrying url(), expression() or a script scheme. */
  styles: string[];
  /** Elements in <head> that are not the app's own (a <base>, a refresh, a stray script or style). */
  head: string[];
}

/**
 * Looks through the live DOM for anything a payload could have become. `scope` is where article
 * content is shown (the reader's `main`, the preview pane); links there must be absolute http(s),
 * mailto, or fragments; links elsewhere (the site header) must at least resolve to http(s).
 */
export async function inertnessReport(page: Page, scope = 'main'): Promise<InertnessReport> {
  return page.evaluate((scopeSelector) => {
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${[...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value.slice(0, 60))}`).join(' ')}`.trim();
    const all = [...document.querySelectorAll('*')];
    const handlers = all.filter((el) => [...el.attributes].some((a) => /^on/iu.test(a.name))).map(describe);
    const scopes = [...document.querySelectorAll(scopeSelector)];
    const inScope = scopes.flatMap((s) => [s, ...s.querySelectorAll('*')]);
    // Tags article text could become if it were parsed as markup; none are used by the reader's content views.
    const FORBIDDEN = new Set([
      'script', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'style', 'meta', 'base', 'link', 'form', 'video', 'audio', 'source',
      'math', 'template', 'noscript', 'animate', 'set', 'foreignobject', 'applet', 'marquee', 'frameset', 'portal', 'track', 'picture',
    ]);
    // CodeMirror's own cursor helpers beside an inline widget (a zero-length problem's marker): an <img>
    // without a source, inside the editor's content, which renders the draft as text only.
    const editorBuffer = (el: Element) => el.localName === 'img' && el.className === 'cm-widgetBuffer' && !el.hasAttribute('src') && !!el.parentElement?.closest('.cm-content');
    const forbiddenElements = inScope.filter((el) => FORBIDDEN.has(el.localName.toLowerCase()) && !editorBuffer(el)).map(describe);
    const foreignSvg = inScope
      .filter((el) => el.localName === 'svg')
      .filter((svg) => svg.getAttribute('aria-hidden') !== 'true' || [...svg.querySelectorAll('*')].some((child) => child.localName !== 'path'))
      .map(describe);
    const schemeOk = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
    const unsafeLinks: string[] = [];
    const linked = new Set([...document.querySelectorAll('a[href], area[href]'), ...scopes.flatMap((s) => [...s.querySelectorAll('[*|href]')])]);
    for (const a of linked) {
      const raw = a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '';
      let url: URL | null = null;
      try {
        url = new URL(raw, document.baseURI);
      } catch {
        url = null;
      }
      const content = scopes.some((s) => s.contains(a));
      // The app's own links beside content (a failure's "open it in the editor") are router links to its routes.
      const appRoute = a.hasAttribute('data-discover') && raw.startsWith('/') && !raw.startsWith('//');
      const ok = content ? appRoute || raw.startsWith('#') || (/^(https?:\/\/|mailto:)/iu.test(raw) && !!url && schemeOk(url)) : !!url && schemeOk(url);
      if (!ok || a.localName !== 'a') unsafeLinks.push(describe(a));
    }
    const styles = inScope.filter((el) => /url\s*\(|expression\s*\(|javascript:|@import/iu.test(el.getAttribute('style') ?? '')).map(describe);
    // The app's <head>: charset, CSP, viewport, colour scheme, icon, font preloads, title, its scripts and styles.
    const head = [...document.head.children]
      .filter((el) => {
        const tag = el.localName;
        if (tag === 'title') return false;
        if (tag === 'meta') return !(el.hasAttribute('charset') || ['viewport', 'color-scheme', 'description', 'theme-color'].includes(el.getAttribute('name') ?? '') || el.getAttribute('http-equiv') === 'Content-Security-Policy');
        if (tag === 'link') return !['icon', 'preload', 'stylesheet', 'modulepreload', 'manifest', 'alternate', 'canonical'].includes(el.getAttribute('rel') ?? '') || /^(javascript|data|vbscript):/iu.test(el.getAttribute('href') ?? '');
        if (tag === 'script') return !(el.getAttribute('type') === 'module' ? (el.getAttribute('src') ?? '').startsWith('/assets/') : !el.hasAttribute('src'));
        if (tag === 'style') return false; // CodeMirror's and Vite's style sheets
        return true;
      })
      .map(describe);
    return { handlers, forbiddenElements, foreignSvg, unsafeLinks, styles, head };
  }, scope);
}

export const EMPTY_REPORT: InertnessReport = { handlers: [], forbiddenElements: [], foreignSvg: [], unsafeLinks: [], styles: [], head: [] };
