// @vitest-environment happy-dom
/**
 * The reader on hostile articles (issue #5): ArticleView, inside the providers the app uses
 * (i18next, reader settings), rendered to HTML with react-dom/server as the prerenderer does, and
 * rendered in happy-dom with react-dom/client as /read?src= and /preview do.
 *
 * - Every payload in every string field: no element or attribute from a payload becomes markup
 *   (the HTML has exactly the elements and attributes of the same article with harmless text), every
 *   link is http(s), mailto or in-page, and the payload comes back as text.
 * - Bidi and zero-width spoofing: no app text shares a bidi paragraph with spoofing text after it,
 *   and titles, bylines, speakers and sources are each alone in an isolating element.
 * - An unknown block renders as the "broken block" notice while the others render.
 * - fast-check: arbitrary articles never crash the reader and never emit markup from their strings.
 */
import fc from 'fast-check';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { baseArticle, fieldKind, getAt, stringPaths, withValueAt, type Path } from './base-article';
import { GENERATED_CASES } from './generators';
import { PAYLOADS, type Payload } from './payloads';
import { isSafeHref } from '../../src/article/links';
import { MAX_DEPTH, parseArticle } from '../../src/article/parse';
import type { Article, Block, Inline } from '../../src/article/schema';
import { PAGE_DATA_ID, serializePageData } from '../../src/app/page-data';
import { createI18n, type UiLanguage } from '../../src/i18n';
import { ArticleView } from '../../src/reader/ArticleView';
import { ReaderSettingsProvider } from '../../src/reader/use-reader-settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Bounded by construction (fixed counts and sizes); the cap only keeps a busy machine from failing a slow test.
vi.setConfig({ testTimeout: 120_000 });

const figures = { serverRenders: 0, clientRenders: 0, placements: 0, markupDefects: 0, unsafeLinks: 0, crashes: 0, fuzzRuns: 0 };

const I18N = { ar: createI18n('ar'), en: createI18n('en') };

function Reader({ article, ui }: { article: Article; ui: UiLanguage }) {
  return (
    <I18nextProvider i18n={I18N[ui]}>
      <ReaderSettingsProvider>
        <ArticleView article={article} />
      </ReaderSettingsProvider>
    </I18nextProvider>
  );
}

/** The prerenderer's view: HTML from react-dom/server. A throw is counted as a crash. */
function serverHtml(article: Article, ui: UiLanguage = 'ar'): string {
  figures.serverRenders++;
  try {
    return renderToString(<Reader article={article} ui={ui} />);
  } catch (error) {
    figures.crashes++;
    throw error;
  }
}

/** The browser's view: a react-dom/client render in happy-dom; returns the container and a cleanup. */
async function clientRender(article: Article, ui: UiLanguage = 'ar'): Promise<{ container: HTMLElement; done: () => void }> {
  figures.clientRenders++;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<Reader article={article} ui={ui} />));
  return {
    container,
    done: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** HTML parsed the way a browser parses it (inert: a template's content runs nothing). */
function parsed(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

// Elements and attributes the reader itself renders; anything else came from an article.
const APP_ELEMENTS = new Set(['article', 'div', 'header', 'p', 'h1', 'h2', 'h3', 'span', 'bdi', 'time', 'section', 'button', 'details', 'summary', 'svg', 'path', 'ol', 'ul', 'li', 'a', 'mark', 'em', 'strong', 'blockquote', 'nav', 'aside', 'template']);
const APP_ATTRIBUTES = new Set(['class', 'id', 'lang', 'dir', 'href', 'rel', 'role', 'style', 'hidden', 'tabindex', 'type', 'open', 'datetime', 'viewbox', 'width', 'height', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'd']);
// Inline styles the reader writes: the reading-progress bar, the tooltip before placing, a gap's height.
const APP_STYLE = /^(?:transform:scaleX\([\d.]+\);?|visibility:hidden;?|block-size:\d+rem;?)$/u;
const FOREIGN_TAG = /<\s*\/?\s*(?:script|iframe|img|object|embed|style|link|meta|base|form|input|math|video|audio|source|body|html|head|noscript|textarea|title|xmp|marquee|frame|frameset|applet|image|foreignobject|animate|set|use|mglyph|mtext|table)\b/iu;

/**
 * Why the markup under `root` (and its HTML source, when given: happy-dom's own serialiser does not
 * escape text, so a client render is checked on its DOM alone) could carry a payload: a foreign element or
 * attribute, an event handler, a style the app does not write, a link that is not http(s), mailto or
 * in-page. Empty when it is clean.
 */
function markupDefects(root: ParentNode, html: string | null): string[] {
  const defects: string[] = [];
  const raw = html === null ? null : FOREIGN_TAG.exec(html);
  if (raw) defects.push(`raw markup ${raw[0]}`);
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (!APP_ELEMENTS.has(tag)) defects.push(`element <${tag}>`);
    for (const { name, value } of el.attributes) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) defects.push(`event handler ${n} on <${tag}>`);
      else if (!APP_ATTRIBUTES.has(n) && !n.startsWith('data-') && !n.startsWith('aria-')) defects.push(`attribute ${n} on <${tag}>`);
      else if (n === 'style' && !APP_STYLE.test(value.replace(/\s+/gu, ''))) defects.push(`style "${value}"`);
      else if (n === 'href' && !value.startsWith('#')) {
        const scheme = (() => {
          try {
            return new URL(value).protocol;
          } catch {
            return 'unparseable';
          }
        })();
        if (!isSafeHref(value) || !['http:', 'https:', 'mailto:'].includes(scheme)) {
          figures.unsafeLinks++;
          defects.push(`link to ${JSON.stringify(value)} (${scheme})`);
        }
      }
    }
  }
  figures.markupDefects += defects.length;
  return defects;
}

/** The element tree with no text: tags and attributes, payload-bearing values (speaker, external href) masked. */
function skeleton(root: ParentNode): string {
  const out: string[] = [];
  const walk = (node: ParentNode, depth: number) => {
    for (const el of node.children) {
      const attrs = [...el.attributes]
        .map(({ name, value }) => `${name}=${name === 'data-speaker' || (name === 'href' && !value.startsWith('#')) ? '*' : value}`)
        .sort()
        .join(' ');
      out.push(`${'  '.repeat(depth)}<${el.tagName.toLowerCase()} ${attrs}>`);
      walk(el, depth + 1);
    }
  };
  walk(root, 0);
  return out.join('\n');
}

const base = baseArticle();
const paths = stringPaths(base);
const textPaths = paths.filter((p) => fieldKind(p) === 'text');
const hrefPaths = paths.filter((p) => fieldKind(p) === 'href');

/** The base article with `text` in every text field and `href` in every link target. */
const carrying = (text: string, href: string): Article => [...textPaths.map((p) => [p, text] as const), ...hrefPaths.map((p) => [p, href] as const)].reduce((a, [p, v]) => withValueAt(a, p, v), base);

/** The same article with harmless text, and a link target that is (or, like the payload, is not) linkable. */
const HARMLESS = 'نص عادي';
const harmless = (payload: Payload) => carrying(HARMLESS, payload.safeHref ? 'https://news.invalid/x' : 'ftp://news.invalid/x');

describe('every payload in every string field, rendered', () => {
  const baselines = new Map<string, string>();
  const baselineSkeleton = (payload: Payload) => {
    const key = String(payload.safeHref);
    if (!baselines.has(key)) baselines.set(key, skeleton(parsed(serverHtml(harmless(payload)))));
    return baselines.get(key)!;
  };

  it.each(PAYLOADS)('server: $id ($class) stays text', (payload) => {
    figures.placements += textPaths.length + hrefPaths.length;
    const html = serverHtml(carrying(payload.text, payload.text));
    const dom = parsed(html);
    expect(markupDefects(dom, html)).toEqual([]);
    expect(skeleton(dom)).toBe(baselineSkeleton(payload));
    // The payload comes back as the title's text and as each speaker attribute, unaltered.
    expect(dom.querySelector('h1')!.textContent).toBe(payload.text);
    for (const mark of dom.querySelectorAll('[data-speaker]')) expect(mark.getAttribute('data-speaker')).toBe(payload.text);
    // Speakers are interpolated into translations: i18next must not read {{…}} or $t(…) in them.
    for (const name of dom.querySelectorAll('nav p > bdi')) expect(name.textContent).toBe(payload.text);
    const described = [...dom.querySelectorAll('span[hidden][id^="speaker-"]')].map((el) => el.textContent);
    expect(described).toEqual([I18N.ar.t('article.speaker', { name: payload.text })]);
    expect(described[0]!.endsWith(payload.text)).toBe(true);
    const links = [...dom.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#'));
    expect(links).toEqual(payload.safeHref ? [payload.text] : []);
  });

  it.each(PAYLOADS)('client: $id ($class) stays text', async (payload) => {
    const alerts: unknown[] = [];
    const realAlert = window.alert;
    window.alert = (message?: unknown) => void alerts.push(message);
    const { container, done } = await clientRender(carrying(payload.text, payload.text));
    try {
      expect(markupDefects(container, null)).toEqual([]);
      expect(container.querySelector('h1')!.textContent).toBe(payload.text);
      expect(document.querySelectorAll('script, iframe, object, embed, img, svg foreignObject').length).toBe(0);
      expect(alerts).toEqual([]);
    } finally {
      done();
      window.alert = realAlert;
    }
  });

  it('page data: no payload can end the data script of a prerendered page, and the data comes back whole', () => {
    for (const payload of PAYLOADS) {
      const article = carrying(payload.text, payload.text);
      const json = serializePageData({ path: '/read/x', kind: 'article', article });
      const page = `<script type="application/json" id="${PAGE_DATA_ID}">${json}</script>`;
      const dom = parsed(page);
      expect(dom.querySelectorAll('*').length, payload.id).toBe(1);
      expect(JSON.parse(dom.querySelector('script')!.textContent!), payload.id).toEqual({ path: '/read/x', kind: 'article', article });
      expect(json, payload.id).not.toMatch(/<|\u2028|\u2029/u);
    }
  });

  it('renders nothing from the source credit, the source URL or thread keywords', () => {
    const marker = 'SAHIFA-NOT-SHOWN';
    const article = withValueAt(withValueAt(withValueAt(base, ['source', 'credit'], marker), ['source', 'url'], `https://news.invalid/${marker}`), ['threads', 3, 'keywords', 0], marker);
    expect(serverHtml(article)).not.toContain(marker);
  });
});

describe('bidi and zero-width spoofing', () => {
  const spoofers = PAYLOADS.filter((p) => p.class === 'bidi-spoof' || p.class === 'zero-width');
  const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'DD', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'UL', 'TEMPLATE']);
  const isIsolate = (el: Element) => el.tagName === 'BDI' || el.hasAttribute('dir');
  const isBoundary = (el: Element) => isIsolate(el) || BLOCKS.has(el.tagName);

  /** The bidi paragraphs of `scope`: runs of text nodes, with nested isolates left out and nested blocks splitting them. */
  function paragraphs(scope: Element): Text[][] {
    const out: Text[][] = [[]];
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) out[out.length - 1]!.push(child as Text);
        else if (child.nodeType === 1) {
          const el = child as Element;
          if (BLOCKS.has(el.tagName)) out.push([], []);
          else if (!isIsolate(el)) walk(el);
        }
      }
    };
    walk(scope);
    return out;
  }

  interface Sharing {
    /** Where: the tags from the scope up. */
    scope: string;
    text: string;
    /** App text in the same paragraph, before and after the spoofing text. */
    before: string[];
    after: string[];
    /** Article text in the same paragraph. */
    article: string[];
  }

  /**
   * Every visible text node holding `target`, with the text that shares its bidi paragraph: app text
   * before and after it (in other nodes, or in the same node when the app built one string around
   * it), and other article text.
   */
  function sharing(root: ParentNode, articleStrings: readonly string[], target: string): Sharing[] {
    const fromArticle = (data: string) => articleStrings.some((s) => s.includes(data) || (data.endsWith('…') && s.includes(data.slice(0, -1))));
    const found: Sharing[] = [];
    const walker = document.createTreeWalker(root as Node, 4);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.includes(target) || node.parentElement?.closest('[hidden]')) continue;
      let scope = node.parentElement!;
      while (!isBoundary(scope) && scope.parentElement) scope = scope.parentElement;
      const run = paragraphs(scope).find((r) => r.includes(node))!;
      const i = run.indexOf(node);
      const others = (list: Text[]) => list.map((t) => t.data).filter((d) => d.trim() !== '');
      const chrome = (list: Text[]) => others(list).filter((d) => !fromArticle(d));
      // A node that is not article text as a whole was built by the app around the target.
      const built = !fromArticle(node.data);
      const head = node.data.slice(0, node.data.indexOf(target));
      const tail = node.data.slice(node.data.lastIndexOf(target) + target.length);
      const inner = (part: string) => (built && part.trim() !== '' ? [part] : []);
      const path: string[] = [];
      for (let el: Element | null = scope; el && path.length < 4; el = el.parentElement) path.push(el.tagName.toLowerCase() + (el.hasAttribute('dir') ? '[dir]' : ''));
      found.push({
        scope: path.join(' < '),
        text: node.data,
        before: [...chrome(run.slice(0, i)), ...inner(head)],
        after: [...inner(tail), ...chrome(run.slice(i + 1))],
        article: others(run).filter((d) => d !== node.data && fromArticle(d)),
      });
    }
    return found;
  }

  const QUOTE_MARKS = new Set(['«', '»', '“', '”', '"']);
  // GAP 1 (ThreadSections.tsx): a thread label is a plain <span> in the <summary>, followed by the
  // passage count ("3 مقاطع") in the same bidi paragraph. Only the Tailwind `flex` class on the
  // summary separates them (flex items are laid out apart); the markup does not. Without that CSS
  // (reader modes, a failed style sheet) an override left open in a label reorders the count. The
  // label should be in a <bdi> (as speakers and bylines are).
  const isLabelGap = (s: Sharing) => s.scope.startsWith('summary');
  // GAP 2 (InlineContent.tsx Quote, WhoSaidWhat.tsx): the house quotation marks the reader draws
  // around a quote share the bidi paragraph of the quoted text, so an override left open inside a
  // quote reorders or mirrors the closing mark (e.g. LRO makes it point the wrong way). The quoted
  // text should be isolated from the marks (e.g. <bdi> around it, or the marks drawn by CSS).
  const isQuoteMarkGap = (s: Sharing) => s.after.length > 0 && s.after.every((d) => QUOTE_MARKS.has(d));

  const results = new Map<string, Sharing[]>();
  /** What shares a bidi paragraph with spoofing text, for each spoofing payload in every field at once. */
  const spoofed = (payload: Payload, ui: UiLanguage) => {
    const key = `${payload.id}/${ui}`;
    if (!results.has(key)) {
      const article = carrying(payload.text, 'https://news.invalid/x');
      results.set(key, sharing(parsed(serverHtml(article, ui)), stringPaths(article).map((p) => String(getAt(article, p))), payload.text));
    }
    return results.get(key)!;
  };
  const cases = spoofers.flatMap((p) => (['ar', 'en'] as const).map((ui) => [`${p.id} (${ui} UI)`, p, ui] as const));

  it.each(cases)('%s: no app text follows spoofing text in its bidi paragraph (gaps 1 and 2 aside)', (_name, payload, ui) => {
    const found = spoofed(payload, ui);
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((s) => s.after.length > 0 && !isLabelGap(s) && !isQuoteMarkGap(s))).toEqual([]);
  });

  // Gap 1 was fixed: thread labels are in <bdi> elements.
  it.each(cases)('thread labels are isolated: %s', (_name, payload, ui) => {
    expect(spoofed(payload, ui).filter(isLabelGap).filter((s) => s.before.length + s.after.length > 0)).toEqual([]);
  });

  // Gap 2, partly fixed: the quoted words are now in a <bdi>, so an override inside a quote no longer
  // moves its own marks. Still open: an override left open in the plain text of a paragraph reaches the
  // house marks of a later quote in that paragraph, as it reaches every later word of the paragraph
  // (the editor's lint flags such characters; the reader does not strip them).
  it.fails.each(cases)('GAP 2, quotation marks after an override in the same paragraph: %s', (_name, payload, ui) => {
    expect(spoofed(payload, ui).filter(isQuoteMarkGap)).toEqual([]);
  });

  /**
   * Named fields, each alone wherever it is shown: the title in its own block; byline, speakers and
   * source name in a <bdi>; subtitle and dateline in their own paragraphs. All carry the payload at
   * once: each occurrence is checked in its own bidi paragraph. The block quote's speaker, the
   * source credit and thread keywords are not shown at all.
   */
  const NAMED: Path[] = [
    ['title'],
    ['subtitle'],
    ['dateline'],
    ['byline'],
    ['source', 'name'],
    ['source', 'credit'],
    ['body', 8, 'speaker'],
    ['threads', 3, 'keywords', 1],
    ...stringPaths(base).filter((p) => p[p.length - 1] === 'speaker' && p.includes('content')),
  ];

  it.each(spoofers)('$id in the title, subtitle, dateline, byline, source and every speaker: each alone in an isolating element', (payload) => {
    const article = NAMED.reduce((a, p) => withValueAt(a, p, payload.text), base);
    const found = sharing(parsed(serverHtml(article, 'ar')), [], payload.text);
    // In page order: dateline, title, subtitle, byline, the one speaker in "who said what" (its
    // hidden description for assistive technology is never displayed), source name.
    expect(found.map((s) => s.scope.split(' < ')[0])).toEqual(['p', 'h1', 'p', 'bdi', 'bdi[dir]', 'bdi']);
    for (const s of found) expect([s.scope, s.before, s.after, s.article]).toEqual([s.scope, [], [], []]);
  });

  // GAP 3 (QuoteTooltip.tsx): the tooltip shows t('article.speaker', { name }) as one string, so the
  // speaker's name sits in the same paragraph as "قاله:" / "Said by" with no <bdi>. The name ends
  // the string, so an override in it cannot reorder the label (the first test holds), but it is not
  // isolated: a translation that puts the name first would be reordered. (The hidden descriptions
  // used by aria-describedby have the same form; they are never displayed.)
  // Was gap 3: the tooltip now puts the name in a <bdi>.
  it('the quote tooltip shows the speaker alone in an isolating element', async () => {
    const payload = spoofers.find((p) => p.id === 'rlo-mimics-chrome')!;
    const speakerPaths = stringPaths(base).filter((p) => p[p.length - 1] === 'speaker' && p.includes('content'));
    const article = speakerPaths.reduce((a, p) => withValueAt(a, p, payload.text), base);
    const { container, done } = await clientRender(article, 'ar');
    try {
      const mark = container.querySelector('mark[data-quote]')!;
      await act(async () => mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
      const tooltip = container.querySelector('[role="tooltip"]');
      expect(tooltip).not.toBeNull();
      const found = sharing(tooltip!, [], payload.text);
      expect(found.length).toBe(1);
      for (const s of found) expect([s.before, s.after]).toEqual([[], []]);
    } finally {
      done();
    }
  });
});

describe('unknown blocks', () => {
  const withBlock = (block: unknown): Article => {
    const article = baseArticle();
    article.body.splice(2, 0, block as Block);
    return article;
  };
  const NOTICE = { ar: 'تعذّر عرض هذا المقطع.', en: 'This passage could not be shown.' };

  it('client: a block of an unknown type shows the broken-block notice and every other block renders', async () => {
    const article = withBlock({ type: 'callout', id: 'c1', content: ['<script>alert("sahifa-callout")</script>'] });
    const { container, done } = await clientRender(article, 'en');
    try {
      const notes = [...container.querySelectorAll('[role="note"]')];
      expect(notes.map((n) => n.textContent)).toEqual([NOTICE.en]);
      for (const block of base.body) expect(container.querySelector(`[id="${block.id}"]`), block.id).not.toBeNull();
      expect(container.innerHTML).not.toContain('sahifa-callout');
    } finally {
      done();
    }
  });

  it('server: a block of an unknown type does not stop the render, and the chunks without it are kept', () => {
    const many = withBlock({ type: 'callout', id: 'c1', content: ['x'] });
    for (let i = 0; i < 30; i++) many.body.push({ type: 'paragraph', id: `tail-${i}`, content: [`فقرة ${i}`] });
    const html = serverHtml(many);
    // The rest of the page is there: header, threads, who said what, and the next chunk of 24 blocks.
    const dom = parsed(html);
    expect(dom.querySelector('h1')!.textContent).toBe(base.title);
    expect(dom.querySelector('#tail-29')).not.toBeNull();
  });

  // GAP 4 (ArticleView.tsx): on the server, error boundaries do not catch; the error goes to the
  // chunk's <Suspense>, whose whole chunk (up to 24 blocks) is left out of the HTML for the client to
  // render. A prerendered page without JavaScript would miss every block of that chunk, not just the
  // unknown one. (parseArticle refuses unknown types, so no bundled article can carry one today.)
  it.fails('server: the blocks beside an unknown block in the same chunk are in the HTML', () => {
    const dom = parsed(serverHtml(withBlock({ type: 'callout', id: 'c1', content: ['x'] })));
    for (const block of base.body) expect(dom.querySelector(`[id="${block.id}"]`), block.id).not.toBeNull();
  });

  // GAP 5 (blocks.ts textBlocks / ArticleView.tsx): a block of an unknown type with no `content`
  // array (a "video" with a `src`, say) is passed on by textBlocks with `content: undefined`, and
  // placedStatements and readingMinutes, run for the whole article outside any block's error
  // boundary, throw on it ("content is not iterable"): the whole article fails instead of one block.
  // Unreachable through parseArticle, which refuses unknown types.
  // Was a gap: blocks.ts textBlocks now treats missing content as empty.
  it('client: an unknown block without content also shows just the notice', async () => {
    const errors: unknown[] = [];
    const realError = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const { container, done } = await clientRender(withBlock({ type: 'video', id: 'v1', src: 'https://news.invalid/v.mp4' }), 'en');
      try {
        expect(container.querySelectorAll('[role="note"]')).toHaveLength(1);
        expect(container.querySelector('h1')?.textContent).toBe(base.title);
      } finally {
        done();
      }
    } finally {
      console.error = realError;
    }
  });
});

describe('huge and deep articles', () => {
  it('renders the 20,000-block article (its first chunks) without a crash', () => {
    const g = GENERATED_CASES.find((c) => c.name === 'blocks-20000')!;
    const result = parseArticle(g.make());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dom = parsed(serverHtml(result.article));
    expect(dom.querySelector('#p0')).not.toBeNull();
  });

  it('renders bold (strong) as <strong>, inside the paragraph and around its own content only', () => {
    const dom = parsed(serverHtml(base));
    const strong = dom.querySelectorAll('#extra-link strong');
    expect(strong).toHaveLength(1);
    expect(strong[0]!.textContent).toBe('التصويب');
    expect(strong[0]!.children).toHaveLength(0);
  });

  it('renders emphasis nested as deep as the parser allows', () => {
    let content: Inline[] = ['عميق'];
    // Root, body, block and content take 4 levels; each emphasis takes 2 (its object and its content).
    const levels = Math.floor((MAX_DEPTH - 4) / 2);
    for (let i = 0; i < levels; i++) content = [{ type: 'em', content }];
    const result = parseArticle(JSON.stringify({ ...base, body: [{ type: 'paragraph', id: 'deep', content }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dom = parsed(serverHtml(result.article));
    expect(dom.querySelectorAll('#deep em')).toHaveLength(levels);
  });
});

describe('fuzzing the reader (fast-check)', () => {
  const hostileString = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS.map((p) => p.text)) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...PAYLOADS.map((p) => p.text), 'نص', ' ', '\u202E', '<', '"'), { maxLength: 4 }).map((a) => a.join('')) },
  );
  const href = fc.oneof({ weight: 9, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS.map((p) => p.text)) });
  const { run } = fc.letrec<{ run: Inline; quote: Inline; em: Inline; strong: Inline; link: Inline; span: Inline }>((tie) => ({
    run: fc.oneof({ depthSize: 'small', withCrossShrink: true }, hostileString, tie('quote'), tie('em'), tie('strong'), tie('link'), tie('span')),
    quote: fc.record(
      { type: fc.constant('quote' as const), kind: fc.constantFrom('statement' as const, 'scare' as const), speaker: fc.option(hostileString, { nil: null }), open: fc.constantFrom('"', '«', ''), close: fc.constantFrom('"', '»', ''), content: fc.array(tie('run'), { maxLength: 3 }) },
      { requiredKeys: ['type', 'kind', 'content'] },
    ),
    em: fc.record({ type: fc.constant('em' as const), content: fc.array(tie('run'), { maxLength: 3 }) }),
    strong: fc.record({ type: fc.constant('strong' as const), content: fc.array(tie('run'), { maxLength: 3 }) }),
    link: fc.record({ type: fc.constant('link' as const), href, content: fc.array(tie('run'), { maxLength: 3 }) }),
    span: fc.record({ type: fc.constant('span' as const), lang: fc.constantFrom('en', 'ar', 'fa', 'he', 'en-GB'), dir: fc.constantFrom('rtl' as const, 'ltr' as const), content: fc.array(tie('run'), { maxLength: 3 }) }, { requiredKeys: ['type', 'lang', 'content'] }),
  }));
  const content = fc.array(run, { maxLength: 4 });
  const threads = fc.subarray(['ukraine', 'korea', 'black-sea']).map((ids) => ids.map((id) => ({ id })));
  const block = fc.oneof(
    fc.record({ type: fc.constant('paragraph' as const), content, threads }),
    fc.record({ type: fc.constant('heading' as const), level: fc.constantFrom(2 as const, 3 as const), content, threads }),
    fc.record({ type: fc.constant('quote' as const), speaker: fc.option(hostileString, { nil: null }), content, threads }),
    fc.record({ type: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(fc.record({ content, threads }), { minLength: 1, maxLength: 3 }) }),
  );
  const article = fc
    .record({
      title: hostileString.filter((s) => s.length > 0),
      subtitle: hostileString,
      byline: hostileString,
      dateline: hostileString,
      lang: fc.constantFrom('ar', 'en', 'fa', 'he'),
      dir: fc.constantFrom('rtl' as const, 'ltr' as const),
      labels: fc.array(hostileString.filter((s) => s.length > 0), { minLength: 2, maxLength: 2 }),
      source: fc.record({ name: hostileString, url: href }),
      body: fc.array(block, { maxLength: 6 }),
    })
    .map(({ labels, body, ...meta }): Article => ({
      ...base,
      ...meta,
      threads: base.threads.map((t) => (t.id === 'black-sea' ? { ...t, label: { ar: labels[0]!, en: labels[1]! } } : t)),
      body: body.map((b, i) => (b.type === 'list' ? { ...b, id: `l${i}`, items: b.items.map((item, j) => ({ ...item, id: `l${i}-${j}` })) } : { ...b, id: `b${i}` })) as Block[],
    }));

  it('never crashes and never emits markup from an article, valid or not', () => {
    let accepted = 0;
    fc.assert(
      fc.property(article, fc.constantFrom('ar' as const, 'en' as const), (a, ui) => {
        figures.fuzzRuns++;
        // What the validator accepts is what reaches the reader; the reader must be safe on the rest too.
        if (parseArticle(JSON.stringify(a)).ok) accepted++;
        const html = serverHtml(a, ui);
        const dom = parsed(html);
        expect(markupDefects(dom, html)).toEqual([]);
        expect(dom.querySelector('h1')!.textContent).toBe(a.title);
      }),
      { numRuns: 100 },
    );
    // Many generated articles are valid ones (the rest carry an unsafe link or an over-long field).
    console.log(`  fuzzed articles the validator accepts: ${accepted} of 100`);
    expect(accepted).toBeGreaterThan(20);
  });
});

afterAll(() => {
  console.log(
    [
      'Hostile input, reader (test/hostile/render.test.tsx):',
      `  payloads ${PAYLOADS.length} × ${textPaths.length + hrefPaths.length} string fields = ${figures.placements} placements rendered on the server, and again in the browser`,
      `  renders: ${figures.serverRenders} server, ${figures.clientRenders} client; fuzz runs ${figures.fuzzRuns}`,
      `  markup from a payload ${figures.markupDefects}, unsafe links ${figures.unsafeLinks}, crashes ${figures.crashes}`,
    ].join('\n'),
  );
});
