/**
 * Hostile input in the browser (issue #5): the Content-Security-Policy of the built app, script
 * injection through every string field of an article (via /read?src= and pasted into /preview),
 * and bidi/zero-width spoofing of the app's own text.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ALL_PAYLOADS, hostileClassArticle, refusedClassDocument, type HostilePayload } from './hostile-payloads';
import { EMPTY_REPORT, inertnessReport, trapExecution } from './pages/hostile-checks';
import { pasteIntoEditor } from './pages/editor-page';
import { SEED } from './pages/reader-page';
import { CORS, HOST, readUrl } from './pages/remote-host';
import { ui, type Lng } from './pages/ui-text';

/** Routes whose HTML the static host serves: prerendered pages and the SPA fallback. */
const PAGES = ['/', SEED, '/preview', readUrl(`${HOST}/a.json`), '/no/such/page', '/offline/'];

/** A policy as a map of directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

const unescapeHtml = (s: string) => s.replace(/&#39;/gu, "'").replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

/** What every policy of the app must say, whether it comes as a meta element or a header. */
function expectStrictPolicy(policy: string, inlineScripts: string[], where: string) {
  const p = parsePolicy(policy);
  const scriptSrc = p.get('script-src') ?? [];
  expect(p.get('default-src'), where).toEqual(["'self'"]);
  expect(scriptSrc[0], where).toBe("'self'");
  // Nothing but the origin and hashes: no inline, no eval, no schemes, no wildcards, no nonces.
  for (const source of scriptSrc.slice(1)) expect(source, `${where}: script-src`).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/u);
  for (const text of inlineScripts) expect(scriptSrc, `${where}: the inline script's hash`).toContain(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  expect(p.has('script-src-attr') || p.has('script-src-elem'), `${where}: no looser per-element script rules`).toBe(false);
  expect(p.get('object-src'), where).toEqual(["'none'"]);
  expect(p.get('base-uri'), where).toEqual(["'none'"]);
  expect(p.get('form-action'), where).toEqual(["'none'"]);
  expect(p.get('require-trusted-types-for'), where).toEqual(["'script'"]);
  // The named policies (the app's worker addresses, the import's inert parser, the service worker's
  // one address), and no second policy of the same name.
  expect(p.get('trusted-types'), where).toEqual(['sahifa-worker', 'sahifa-import', 'sahifa-sw']);
}

test.describe('Content-Security-Policy of the built app', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): served HTML and policy enforcement do not depend on the screen: desktop only.

  test('every served page carries the policy as a meta element, right after the charset, pinning its one inline script by hash', async ({ request }) => {
    for (const path of PAGES) {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const tags = [...head.matchAll(/<(meta|script|link|title|base)\b[^>]*>/giu)].map((m) => m[0]);
      expect(tags[0], `${path}: charset first`).toMatch(/^<meta charset="utf-8"/iu);
      expect(tags[1], `${path}: then the policy`).toMatch(/^<meta http-equiv="Content-Security-Policy"/iu);
      const policy = unescapeHtml(/content="([^"]*)"/u.exec(tags[1]!)![1]!);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/giu)].map((m) => m[1]!);
      expect(inline.length, `${path}: the settings script`).toBe(1);
      expectStrictPolicy(policy, inline, path);
      expect(head, `${path}: no <base>`).not.toMatch(/<base\b/iu);
      // No inline event handler anywhere in the served markup.
      expect(html, path).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/iu);
    }
  });

  test('the server sends the same policy as a header on every page route, with frame-ancestors', async ({ request }) => {
    // Was a bug: the header went only with paths ending in ".html"; scripts/serve.ts now sends it on every response.
    for (const path of ['/index.html', ...PAGES]) {
      const response = await request.get(path);
      const header = response.headers()['content-security-policy'];
      expect(header, `${path}: Content-Security-Policy header`).toBeTruthy();
      const html = await response.text();
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/giu)].map((m) => m[1]!);
      expectStrictPolicy(header!, inline, `${path} header`);
      expect(parsePolicy(header!).get('frame-ancestors'), path).toEqual(["'none'"]);
    }
  });

  test('script injected at run time is refused: inline <script>, HTML with handlers, handler attributes, eval, Function, string timers, javascript: links', async ({ page, consoleErrors }) => {
    const ran = await trapExecution(page);
    await page.goto(`${SEED}?lng=en`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const before = consoleErrors.length;
    const attempts = ['script-text', 'script-child-node', 'inner-html', 'handler-attribute', 'eval', 'function', 'string-timer', 'javascript-link', 'other-policy'] as const;
    const outcomes: Record<string, string> = {};
    for (const attempt of attempts) {
      const seen = consoleErrors.length;
      // Run from a task of the page's own, not from the test's evaluation (DevTools evaluations may use eval freely).
      outcomes[attempt] = await page.evaluate(
        (what) =>
          new Promise<string>((resolve) => {
            window.setTimeout(() => {
              try {
                const call = `window.__pwned('${what}')`;
                switch (what) {
                  case 'script-text': {
                    const s = document.createElement('script');
                    s.textContent = call;
                    document.body.append(s);
                    break;
                  }
                  case 'script-child-node': {
                    const s = document.createElement('script');
                    s.append(document.createTextNode(call));
                    document.body.append(s);
                    break;
                  }
                  case 'inner-html':
                    document.body.insertAdjacentHTML('beforeend', `<img src="/missing.png" onerror="${call}">`);
                    break;
                  case 'handler-attribute': {
                    const b = document.createElement('button');
                    b.setAttribute('onclick', call);
                    document.body.append(b);
                    b.click();
                    break;
                  }
                  case 'eval':
                    // oxlint-disable-next-line no-eval
                    window.eval(call);
                    break;
                  case 'function':
                    // oxlint-disable-next-line no-new-func
                    new Function(call)();
                    break;
                  case 'string-timer':
                    (window.setTimeout as unknown as (code: string) => void)(call);
                    break;
                  case 'javascript-link': {
                    const a = document.createElement('a');
                    a.href = `javascript:${call}`;
                    document.body.append(a);
                    a.click();
                    break;
                  }
                  case 'other-policy':
                    (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy('attacker', { createHTML: (s: string) => s });
                    break;
                }
                resolve('no exception');
              } catch (error) {
                resolve(`${(error as Error).name}: ${(error as Error).message}`);
              }
            });
          }),
        attempt,
      );
      // Each attempt is refused with a report (the fixture logs every securitypolicyviolation event).
      await expect.poll(() => consoleErrors.slice(seen).some((e) => e.startsWith('CSP violation:')), { message: `${attempt} reported a violation` }).toBe(true);
    }
    // Give refused scripts every chance to run anyway.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(ran, 'nothing ran').toEqual([]);
    expect(outcomes.eval).toMatch(/^EvalError: .*'unsafe-eval'/u);
    expect(outcomes.function).toMatch(/^EvalError: .*'unsafe-eval'/u);
    for (const sink of ['script-text', 'inner-html', 'handler-attribute', 'string-timer', 'other-policy'] as const) expect(outcomes[sink], sink).toMatch(/^TypeError: /u);

    // The reports are the expected ones, and only they are removed from the fixture's list.
    const reports = consoleErrors.splice(before);
    const expected = [/^CSP violation: (require-trusted-types-for|trusted-types|script-src[-a-z]*) /u, /requires 'Trusted(Script|HTML)' assignment/u, /Content Security Policy/iu, /^Refused to /u, /TrustedTypePolicy named 'attacker'/u];
    for (const report of reports) expect(expected.some((re) => re.test(report)), `unexpected report: ${report}`).toBe(true);
    expect(reports.some((r) => r.startsWith('CSP violation: trusted-types '))).toBe(true);
    expect(reports.some((r) => /script-src/u.test(r))).toBe(true);

    // The page still works after all this.
    await page.getByRole('button', { name: ui('en', 'threads.expandAll') }).click();
    await expect(page.locator('[data-thread="korea"]')).toHaveAttribute('open', '');
  });
});

/** Serves `documents` (path → JSON text) from the fake news host. */
async function serveDocuments(page: Page, documents: Map<string, string>): Promise<void> {
  await page.route(`${HOST}/**`, (route) => {
    const body = documents.get(new URL(route.request().url()).pathname);
    return route.fulfill(body === undefined ? { status: 404, headers: CORS, body: '' } : { status: 200, headers: { ...CORS, 'content-type': 'application/json' }, body });
  });
}

/** Goes to `url` inside the running app, as following a link or the history does (no reload). */
async function navigateInApp(page: Page, url: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}

/** Waits until the element's text is `expected` (compared as well-formed strings: lone surrogates cannot cross into the test). */
async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    ([sel, want]) => {
      const text = document.querySelector(sel!)?.textContent;
      return text !== undefined && text !== null && text.toWellFormed() === want!.toWellFormed();
    },
    [selector, expected],
  );
}

const byClass = new Map<string, HostilePayload[]>();
for (const p of ALL_PAYLOADS) byClass.set(p.cls, [...(byClass.get(p.cls) ?? []), p]);

/**
 * What the browser adds to test/hostile/render.test.tsx, which renders every payload in every
 * field on its own (happy-dom and react-dom/server): the real page, under its CSP and Trusted
 * Types, with nothing running and no unsafe link or stray element in the live DOM. One article
 * and one refused document per payload class carry all the class's payloads at once, so the
 * battery costs a few dozen in-app navigations instead of one per payload
 * (docs/decisions/0007-e2e-suite.md).
 */
test.describe('script injection through every string field', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): what the DOM holds does not depend on the screen: desktop only.
  test.describe.configure({ timeout: 120_000 });

  test(`/read?src=: every payload, a class to an article, renders as text; nothing runs, no unsafe link; the refused documents too`, async ({ page }) => {
    const ran = await trapExecution(page);
    const documents = new Map<string, string>();
    const classes = [...byClass.entries()];
    for (const [cls, payloads] of classes) {
      documents.set(`/article-${cls}.json`, JSON.stringify(hostileClassArticle(cls, payloads), null, 2));
      documents.set(`/refused-${cls}.json`, JSON.stringify(refusedClassDocument(payloads), null, 2));
    }
    await serveDocuments(page, documents);
    await page.goto(readUrl(`${HOST}/none.json`, 'ar'));
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    for (const [cls, payloads] of classes) {
      const article = hostileClassArticle(cls, payloads);
      await navigateInApp(page, readUrl(`${HOST}/article-${cls}.json`, 'ar'));
      await waitForText(page, 'main article h1', article.title as string);
      // Each payload is there, as text, in its own heading of the body.
      expect(await headingTexts(page, 'main article .article-body h2', payloads), `${cls}: payloads shown as text`).toEqual([]);
      expect(await inertnessReport(page), `${cls}: article`).toEqual(EMPTY_REPORT);

      await navigateInApp(page, readUrl(`${HOST}/refused-${cls}.json`, 'ar'));
      const problems = page.getByRole('alert').locator('ul > li');
      await expect(problems.first(), `${cls}: refused`).toBeVisible();
      expect(await problems.count(), `${cls}: problems listed`).toBeGreaterThanOrEqual(5);
      expect(await inertnessReport(page), `${cls}: refused document`).toEqual(EMPTY_REPORT);
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(ran, 'payloads that ran').toEqual([]);
  });

  test(`/preview: the same articles and refused documents pasted into the editor`, async ({ page }) => {
    const ran = await trapExecution(page);
    await page.goto('/preview?lng=en');
    const editor = page.getByTestId('draft-editor');
    await editor.waitFor();
    const paste = (text: string) => pasteIntoEditor(page, text, { replace: true });
    for (const [cls, payloads] of byClass) {
      const article = hostileClassArticle(cls, payloads);
      await paste(JSON.stringify(article, null, 2));
      await waitForText(page, '[data-testid="draft-preview"] article h1', article.title as string);
      await expect(page.getByTestId('preview-stale')).toHaveCount(0);
      // The preview shows a new article's first chunk at once and the rest in idle time: all of it, then.
      await expect(page.locator('[data-testid="draft-preview"] [data-pending-chunks]')).toHaveCount(0);
      expect(await headingTexts(page, '[data-testid="draft-preview"] article .article-body h2', payloads), `${cls}: payloads shown as text`).toEqual([]);
      expect(await inertnessReport(page, 'main'), `${cls}: previewed article`).toEqual(EMPTY_REPORT);

      await paste(JSON.stringify(refusedClassDocument(payloads), null, 2));
      await expect(page.getByTestId('preview-stale'), `${cls}: refused`).toHaveCount(1);
      await expect.poll(() => page.getByTestId('draft-problems').locator('li[data-severity="error"]').count(), { message: `${cls}: problems listed` }).toBeGreaterThanOrEqual(5);
      expect(await inertnessReport(page, 'main'), `${cls}: refused draft`).toEqual(EMPTY_REPORT);
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(ran, 'payloads that ran').toEqual([]);
  });
});

/**
 * The payloads whose heading in the body does not read exactly as the payload (compared as
 * well-formed strings: lone surrogates cannot cross into the test). Empty when all are shown.
 */
async function headingTexts(page: Page, selector: string, payloads: readonly HostilePayload[]): Promise<string[]> {
  return page.evaluate(
    ([sel, expected]) => {
      const shown = [...document.querySelectorAll(sel!)].map((h) => (h.textContent ?? '').toWellFormed());
      return (expected as string[]).filter((text, i) => shown[i] !== text.toWellFormed()).map((t) => JSON.stringify(t.slice(0, 60)));
    },
    [selector, payloads.map((p) => p.text)] as const,
  );
}

// ---------------------------------------------------------------------------------------------
// Spoofing: direction overrides and invisible characters in titles, speakers and link text.

const RLO = '\u202E';
const LRO = '\u202D';
const ZWSP = '\u200B';
const SPOOF_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/**
 * An article in `lang` whose title, byline, dateline, source, thread labels, speakers and link
 * text carry overrides left open and zero-width characters. Each string ends with the override
 * that would visibly reorder the UI text after it: LRO before Arabic chrome (an English article
 * in the Arabic UI), RLO before English chrome (an Arabic article in the English UI).
 */
function spoofArticle(lang: Lng): Record<string, unknown> {
  const en = lang === 'en';
  const end = en ? LRO : RLO;
  const s = (text: string) => `${text}${end}`;
  const link = (words: string) => ({ type: 'link', href: 'https://news.example/statement', content: [`${words}${RLO}`] });
  return {
    format: 'sahifa-article/1',
    slug: `spoof-${lang}`,
    title: s(en ? `Harbour ${RLO}talks${ZWSP} resume` : `محادثات ${LRO}الميناء${ZWSP} تُستأنف`),
    subtitle: s(en ? 'Negotiators meet again' : 'المفاوضون يلتقون مجددًا'),
    byline: s(en ? `Staff${ZWSP} reporter` : `مراسل${ZWSP} الصحيفة`),
    dateline: s(en ? 'GENEVA' : 'جنيف'),
    published: '2026-11-20T09:00:00Z',
    lang,
    status: 'published',
    source: { name: s(en ? 'Wire service' : 'وكالة الأنباء') },
    threads: [{ id: 'ukraine', label: { ar: s('أوكرانيا'), en: s('Ukraine') } }],
    body: [
      {
        type: 'paragraph',
        id: 'p1',
        content: [
          en ? 'The minister said ' : 'وقال الوزير ',
          { type: 'quote', kind: 'statement', speaker: s(en ? `Amina${ZWSP} Haddad` : `أمينة${ZWSP} حداد`), content: [en ? 'we will reopen ' : 'سنعيد فتح ', link(en ? 'the port' : 'الميناء'), en ? ' next week' : ' الأسبوع المقبل'] },
          en ? ' before leaving.' : ' قبل أن يغادر.',
        ],
        threads: [{ id: 'ukraine' }],
      },
      {
        type: 'paragraph',
        id: 'p2',
        content: [en ? 'Read ' : 'اقرأ ', link(en ? 'the full statement' : 'البيان كاملًا'), en ? ' online.' : ' على الموقع.'],
        threads: [{ id: 'ukraine' }],
      },
      { type: 'quote', id: 'q1', speaker: s(en ? `Omar${ZWSP} Said` : `عمر${ZWSP} سعيد`), content: [en ? 'The ships cannot wait.' : 'السفن لا تستطيع الانتظار.'] },
    ],
  };
}

/** The spoof article with every override and invisible character removed: what it should read like. */
function cleanCopy(article: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(article).replace(/\\u200b|\\u202d|\\u202e|\u200B|\u202D|\u202E/giu, '')) as Record<string, unknown>;
}

/** Every string value in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

interface ChromeLine {
  text: string;
  /** Letters of one script in one text node that are not laid out in their script's direction. */
  misordered: string[];
}

/**
 * The app's own visible text (text nodes whose nearest `lang` is the UI language, outside
 * content), each with the letters laid out against their script's direction, if any: an
 * override leaking out of content makes Arabic letters run left to right (or Latin right to left).
 */
async function chromeLines(page: Page, lng: Lng): Promise<ChromeLine[]> {
  return page.evaluate(
    ([want, spoof]) => {
      const spoofRe = new RegExp(spoof!, 'u');
      const out: { text: string; misordered: string[] }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const el = n.parentElement!;
        if (!n.data.trim() || spoofRe.test(n.data) || el.closest('[aria-hidden="true"], [hidden], script, style, .cm-editor')) continue;
        if ((el.closest('[lang]')?.getAttribute('lang') ?? '') !== want) continue;
        if (!el.checkVisibility() || el.getClientRects().length === 0) continue;
        const misordered: string[] = [];
        for (const m of n.data.matchAll(/[A-Za-z]{3,}|[\u0621-\u063A\u0641-\u064A]{3,}/gu)) {
          const rtl = /[\u0600-\u06FF]/u.test(m[0]);
          const centres: { x: number; y: number }[] = [];
          for (let i = 0; i < m[0].length; i++) {
            const r = document.createRange();
            r.setStart(n, m.index! + i);
            r.setEnd(n, m.index! + i + 1);
            const box = r.getBoundingClientRect();
            centres.push({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
          }
          // Words broken across lines are left out; within a line each letter follows the one before.
          if (Math.abs(centres[0]!.y - centres.at(-1)!.y) > 4) continue;
          const forward = centres.every((c, i) => i === 0 || (rtl ? c.x <= centres[i - 1]!.x + 0.5 : c.x >= centres[i - 1]!.x - 0.5));
          if (!forward || (rtl ? centres.at(-1)!.x >= centres[0]!.x : centres.at(-1)!.x <= centres[0]!.x)) misordered.push(m[0]);
        }
        out.push({ text: n.data.trim(), misordered });
      }
      return out;
    },
    [lng, SPOOF_CHARS.source] as const,
  );
}

/**
 * Every visible text node of the content that carries an override or invisible character, with
 * its nearest isolating container (a `bdi`, an element with its own `dir`, an isolating
 * `unicode-bidi`, or a box that starts a paragraph of its own), and the app's own text found
 * inside that container (it must be none).
 */
async function isolation(page: Page, chrome: string[]): Promise<{ text: string; container: string; chromeInside: string[]; inQuote: boolean }[]> {
  return page.evaluate(
    ([spoof, chromeTexts]) => {
      const spoofRe = new RegExp(spoof as string, 'u');
      const known = new Set(chromeTexts as string[]);
      const out: { text: string; container: string; chromeInside: string[]; inQuote: boolean }[] = [];
      const isolating = (el: Element) => {
        const s = getComputedStyle(el);
        return el.localName === 'bdi' || el.hasAttribute('dir') || /isolate|plaintext/u.test(s.unicodeBidi) || !/^inline$|^contents$/u.test(s.display);
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const el = n.parentElement!;
        if (!spoofRe.test(n.data) || el.closest('[aria-hidden="true"], [hidden], script, style, .cm-editor')) continue;
        if (!el.checkVisibility()) continue;
        let container: Element = el;
        while (!isolating(container) && container.parentElement) container = container.parentElement;
        const chromeInside: string[] = [];
        const inner = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        for (let m = inner.nextNode() as Text | null; m; m = inner.nextNode() as Text | null) {
          if (m !== n && known.has(m.data.trim())) chromeInside.push(m.data.trim());
        }
        out.push({ text: n.data, container: `<${container.localName}${container.getAttribute('dir') ? ` dir=${container.getAttribute('dir')}` : ''}${container.className ? ` class="${String(container.className).slice(0, 40)}"` : ''}>`, chromeInside, inQuote: !!el.closest('mark[data-quote], .who-said-what a') });
      }
      return out;
    },
    [SPOOF_CHARS.source, chrome] as const,
  );
}

/**
 * For each highlighted statement and each "who said what" link: whether the reader's closing
 * quotation mark is laid out after every other letter (on the last line, at its end side).
 */
async function closingMarks(page: Page, selector = 'article mark[data-quote], .who-said-what a[href^="#q-"]'): Promise<{ text: string; closeIsLast: boolean }[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const rtl = getComputedStyle(el).direction === 'rtl';
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const boxes: { x: number; y: number }[] = [];
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i < n.data.length; i++) {
          if (/\s|[\u200B-\u200F\u202A-\u202E]/u.test(n.data[i]!)) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const b = r.getBoundingClientRect();
          boxes.push({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
        }
      }
      const close = boxes.at(-1)!;
      const before = (b: { x: number; y: number }) => b.y < close.y - 4 || (Math.abs(b.y - close.y) <= 4 && (rtl ? b.x > close.x : b.x < close.x));
      return { text: el.textContent ?? '', closeIsLast: boxes.every((b) => b === close || before(b)) };
    }),
  );
}

/** The reader's own words that sit next to content in the article view, in `lng`, and its quotation marks. */
function chromeWords(lng: Lng): string[] {
  return [ui(lng, 'article.by'), ui(lng, 'article.source'), ui(lng, 'quotes.title'), ui(lng, 'threads.title'), ui(lng, 'threads.goTo'), '“', '”', '«', '»', '(١)', '(1)'];
}

test.describe('spoofing with direction overrides and invisible characters', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): text order does not depend on the screen size: desktop only.

  for (const [lng, articleLang] of [
    ['ar', 'en'],
    ['en', 'ar'],
  ] as const) {
    test(`the ${lng} UI around a spoofing ${articleLang} article reads as it does around the clean article; title, byline, dateline, speakers, labels and source are isolated (${lng})`, async ({ page }) => {
      const spoof = spoofArticle(articleLang);
      await serveDocuments(
        page,
        new Map([
          ['/spoof.json', JSON.stringify(spoof)],
          ['/clean.json', JSON.stringify({ ...cleanCopy(spoof), slug: `clean-${articleLang}` })],
        ]),
      );
      await page.goto(readUrl(`${HOST}/clean.json`, lng));
      await expect(page.locator('article h1')).toBeVisible();
      await page.locator('[data-thread="ukraine"] > summary').click();
      const clean = await chromeLines(page, lng);
      // The detector of the next test agrees with the clean article: its closing marks come last.
      expect((await closingMarks(page)).filter((m) => !m.closeIsLast)).toEqual([]);

      await page.goto(readUrl(`${HOST}/spoof.json`, lng));
      await expect(page.locator('article h1')).toHaveText(spoof.title as string);
      await page.locator('[data-thread="ukraine"] > summary').click();
      const spoofed = await chromeLines(page, lng);
      // The same UI words, in the same order, each laid out in its own direction. (Thread labels
      // are content in the UI language: left out.)
      const content = new Set(stringsOf(cleanCopy(spoof)).map((t) => t.trim()));
      const words = (lines: ChromeLine[]) => lines.map((l) => l.text).filter((t) => !content.has(t));
      expect(words(spoofed)).toEqual(words(clean));
      expect(spoofed.filter((l) => l.misordered.length)).toEqual([]);
      expect(clean.filter((l) => l.misordered.length)).toEqual([]);
      // The reading-time line, "who said what" and the header are among the lines checked.
      const texts = spoofed.map((l) => l.text);
      expect(texts).toContain(ui(lng, 'article.readingTime', { count: 1, n: lng === 'ar' ? '١' : '1' }));
      expect(texts).toContain(ui(lng, 'quotes.title'));
      expect(texts).toContain(ui(lng, 'app.name'));

      // Metadata and speaker names sit in isolating containers with no UI text of the app's inside.
      // (Quotations are the next test's subject.)
      const found = (await isolation(page, chromeWords(lng))).filter((f) => !f.inQuote);
      expect(found.length).toBeGreaterThanOrEqual(8);
      for (const f of found) expect(f.chromeInside, `${JSON.stringify(f.text)} in ${f.container}`).toEqual([]);
    });
  }

  test('an override left open in a link inside a statement cannot move the reader’s own quotation marks in the text', async ({ page }) => {
    const spoof = spoofArticle('en');
    await serveDocuments(page, new Map([['/spoof.json', JSON.stringify(spoof)]]));
    await page.goto(readUrl(`${HOST}/spoof.json`, 'en'));
    await page.locator('[data-thread="ukraine"] > summary').click();
    const found = await isolation(page, chromeWords('en'));
    const link = found.filter((f) => f.text === `the port${RLO}`);
    // In the text and in the thread section's copy.
    expect(link.length).toBe(2);
    for (const f of link) expect(f.chromeInside, `${f.container}`).toEqual([]);
    // On screen: the closing mark comes after every letter of the quotation.
    const marks = await closingMarks(page, 'article mark[data-quote]');
    expect(marks.length).toBe(2);
    expect(marks.filter((m) => !m.closeIsLast)).toEqual([]);
  });

  test('an override left open in a quotation cannot move the quotation marks of its “who said what” link', async ({ page }) => {
    // Was a bug: the excerpt shared its element with the reader's marks; it is in a <bdi> now.
    const spoof = spoofArticle('en');
    await serveDocuments(page, new Map([['/spoof.json', JSON.stringify(spoof)]]));
    await page.goto(readUrl(`${HOST}/spoof.json`, 'en'));
    await expect(page.locator('article h1')).toBeVisible();
    // The excerpt sits in its own isolate inside the link, apart from the marks.
    await expect(page.locator('.who-said-what a[href^="#q-"] bdi').first()).toBeAttached();
    expect((await closingMarks(page, '.who-said-what a[href^="#q-"]')).filter((m) => !m.closeIsLast)).toEqual([]);
  });

  test('the speaker tooltip keeps the speaker’s name isolated from “Said by”', async ({ page }) => {
    const spoof = spoofArticle('ar');
    await serveDocuments(page, new Map([['/spoof.json', JSON.stringify(spoof)]]));
    await page.goto(readUrl(`${HOST}/spoof.json`, 'en'));
    await page.locator('article .article-body mark[data-quote]').first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    expect((await chromeLines(page, 'en')).filter((l) => l.misordered.length)).toEqual([]);
    const inTooltip = (await isolation(page, [])).filter((f) => f.container.startsWith('<div dir=') && f.text.startsWith(ui('en', 'article.speaker', { name: '' })));
    expect(inTooltip, 'the name shares a text node (or an unisolated container) with “Said by”').toEqual([]);
    const speaker = await page.locator('article .article-body mark[data-quote]').first().getAttribute('data-speaker');
    expect(speaker).toContain(RLO);
    await expect(page.getByRole('tooltip').locator('bdi')).toHaveText(speaker!);
  });

  for (const lng of ['ar', 'en'] as const) {
    test(`/preview warns about every override in the title, the speakers and the link text (${lng})`, async ({ page }) => {
      const spoof = spoofArticle('ar');
      const text = JSON.stringify(spoof, null, 2);
      await page.goto(`/preview?lng=${lng}`);
      await pasteIntoEditor(page, text);
      await expect(page.locator('[data-testid="draft-preview"] article h1')).toHaveText(spoof.title as string);
      const lines = text.split('\n');
      const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
      const warnings = page.getByTestId('draft-problems').locator('li[data-severity="warning"]');
      const codepoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
      const expectWarning = async (line: number, c: string) =>
        expect(warnings.filter({ hasText: ui(lng, 'lint.bidi-override', { codepoint: codepoint(c) }) }).and(page.locator(`[data-line="${line}"]`)), `line ${line}: ${codepoint(c)}`).not.toHaveCount(0);
      await expectWarning(lineOf('"title"'), RLO);
      await expectWarning(lineOf('"title"'), LRO);
      await expectWarning(lineOf('"speaker": "أمينة'), RLO);
      await expectWarning(lineOf('"speaker": "عمر'), RLO);
      await expectWarning(lineOf(`الميناء${RLO}"`), RLO);
      await expectWarning(lineOf(`البيان كاملًا${RLO}"`), RLO);
      await expectWarning(lineOf('"byline"'), RLO);
      // No error: the article itself is valid, and shows.
      await expect(page.getByTestId('draft-problems').locator('li[data-severity="error"]')).toHaveCount(0);
    });
  }

  test('/preview warns about a zero-width space that makes two speakers look like one', async ({ page }) => {
    // Was a gap: the lint now has an `invisible-character` check (zero-width space, word joiner, BOM).
    const article = {
      format: 'sahifa-article/1',
      slug: 'two-aminas',
      title: 'Harbour talks',
      lang: 'en',
      status: 'draft',
      threads: [],
      body: [
        { type: 'quote', id: 'q1', speaker: 'Amina Haddad', content: ['We will reopen the port.'] },
        { type: 'quote', id: 'q2', speaker: `Amina${ZWSP} Haddad`, content: ['We never said that.'] },
      ],
    };
    await page.goto('/preview?lng=en');
    await pasteIntoEditor(page, JSON.stringify(article, null, 2));
    await expect(page.locator('[data-testid="draft-preview"] article h1')).toHaveText('Harbour talks');
    await expect(page.getByTestId('draft-problems').locator('li[data-severity="warning"]').filter({ hasText: /U\+200B/u })).not.toHaveCount(0, { timeout: 5_000 });
  });
});
