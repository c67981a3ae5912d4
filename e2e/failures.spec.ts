/**
 * Failures (issue #5): what a reader sees when an article at /read?src= cannot be had, and that
 * retrying works once the cause is gone; storage that is full while a draft autosaves; and a
 * block that cannot be rendered.
 *
 * Which failure each cause becomes, and its message in both languages, is proved for every cause
 * in src/reader/load-remote.test.ts. Here each cause runs once in the browser, in the language of
 * its project (Arabic on the phone, English on desktop), with its retry where retrying can help
 * and none where it cannot; a refused cross-origin read runs against a real local server (see
 * corsRefusingHost); the timeout runs on a fake clock (docs/decisions/0007-e2e-suite.md).
 */
import type { Page } from '@playwright/test';
import { MAX_DOCUMENT_BYTES } from '../src/article/parse';
import { FETCH_TIMEOUT_MS, MAX_MEGABYTES } from '../src/reader/load-remote';
import { expect, inProjectLanguage, test } from './fixtures';
import { DRAFT_KEY_PREFIX, pasteIntoEditor } from './pages/editor-page';
import { ARTICLE_URL, corsRefusingHost, ENGLISH_ARTICLE, fakeHost, HOST, json, readUrl, type Reply } from './pages/remote-host';
import { storeSettings } from './pages/reader-page';
import { LANGUAGES, ui, type Lng } from './pages/ui-text';

interface Cause {
  name: string;
  /** The UI language, which picks the project (see inProjectLanguage). */
  lng: Lng;
  /** The replies before the article comes: each is shown, and retried, in turn. */
  replies: Reply[];
  messages: (lng: Lng) => string[];
}

/** A number as the page writes it in `lng`'s wording: Arabic-Indic digits in the Arabic UI (the reader's default numerals). */
const num = (lng: Lng, n: number) => new Intl.NumberFormat(lng === 'ar' ? 'ar-u-nu-arab' : 'en-GB-u-nu-latn', { useGrouping: false }).format(n);

/** Causes that retrying can cure: shown, retried by keyboard, then the article. */
const PASSING: Cause[] = [
  {
    name: 'HTTP 500, then HTTP 503 on the retry',
    lng: 'ar',
    replies: [
      { status: 500, body: '{"error":"internal"}' },
      { status: 503, contentType: 'text/plain', body: 'maintenance' },
    ],
    messages: (l) => [ui(l, 'errors.httpServer', { status: num(l, 500) }), ui(l, 'errors.httpServer', { status: num(l, 503) })],
  },
  { name: 'HTTP 503', lng: 'en', replies: [{ status: 503, contentType: 'text/plain', body: 'maintenance' }], messages: (l) => [ui(l, 'errors.httpServer', { status: num(l, 503) })] },
  { name: 'a refused connection', lng: 'ar', replies: ['abort'], messages: (l) => [ui(l, 'errors.unreachable')] },
  { name: 'a refused connection', lng: 'en', replies: ['abort'], messages: (l) => [ui(l, 'errors.unreachable')] },
];

/** A body one byte over the size limit. */
const TOO_LARGE = `"${'x'.repeat(MAX_DOCUMENT_BYTES - 1)}"`;

/** Causes that stay until someone changes the article or the server: the message and no retry. */
const LASTING: Cause[] = [
  { name: 'HTTP 404', lng: 'ar', replies: [{ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }], messages: (l) => [ui(l, 'errors.notFound', { status: num(l, 404) })] },
  { name: 'HTTP 410', lng: 'en', replies: [{ status: 410, contentType: 'text/html', body: '<h1>Gone</h1>' }], messages: (l) => [ui(l, 'errors.notFound', { status: num(l, 410) })] },
  { name: 'HTTP 403', lng: 'en', replies: [{ status: 403, contentType: 'text/html', body: '<h1>Forbidden</h1>' }], messages: (l) => [ui(l, 'errors.http', { status: num(l, 403) })] },
  {
    name: 'an HTML page instead of JSON',
    lng: 'en',
    replies: [{ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>News</title><p>Hello</p>' }],
    messages: (l) => [ui(l, 'errors.notJson')],
  },
  { name: 'no content type at all', lng: 'ar', replies: [{ status: 200, contentType: '', body: 'not json at all' }], messages: (l) => [ui(l, 'errors.notJson')] },
  { name: 'broken JSON served as text/plain', lng: 'en', replies: [{ status: 200, contentType: 'text/plain; charset=utf-8', body: '{"format": "sahifa-article/1", "title": ' }], messages: (l) => [ui(l, 'errors.notJson')] },
  { name: 'a body over the size limit', lng: 'ar', replies: [json(TOO_LARGE)], messages: (l) => [ui(l, 'errors.tooLarge', { size: num(l, MAX_MEGABYTES) })] },
];

const alert = (page: Page) => page.getByRole('alert');

/** The tab's title: `<what> · <app name>` in `lng`. */
const tabTitle = (lng: Lng, what: string) => `${what} · ${ui(lng, 'app.name')}`;

/** The UI text for `key` as a whole-string pattern, with its `{{time}}` left open. */
const withTime = (lng: Lng, key: string) => new RegExp(`^${ui(lng, key, { time: '\u0000' }).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace('\u0000', '.+')}$`, 'u');

/**
 * The failure view for `message` in `lng`: heading, the address that failed (isolated, left to
 * right), message, a retry button or none; the tab says so; the site header stays and no article shows.
 */
async function expectFailure(page: Page, lng: Lng, message: string, { retry = true, address = ARTICLE_URL }: { retry?: boolean; address?: string | null } = {}) {
  await expect(alert(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
  await expect(alert(page).getByRole('heading', { level: 1 })).toHaveText(ui(lng, 'errors.loadFailed'));
  await expect(alert(page)).toContainText(message);
  await expect(page).toHaveTitle(tabTitle(lng, ui(lng, 'errors.titleFailed')));
  if (address) {
    const shown = alert(page).locator('bdi');
    await expect(shown).toHaveText(address.replace(/^https:\/\//u, ''));
    await expect(shown).toHaveAttribute('dir', 'ltr');
    await expect(shown).toHaveAttribute('title', address);
    await expect(alert(page)).toContainText(`${ui(lng, 'errors.address')} ${address.replace(/^https:\/\//u, '')}`);
  }
  await expect(alert(page).getByRole('button', { name: ui(lng, 'errors.retry'), exact: true })).toHaveCount(retry ? 1 : 0);
  // Never a blank page: the site header stays, with its way home.
  await expect(page.locator('body > #root > header')).toBeVisible();
  await expect(page.locator('article')).toHaveCount(0);
}

/** Presses the retry button from the keyboard (focus, then Enter); checks it is a comfortable target first. */
async function retryByKeyboard(page: Page, lng: Lng) {
  const button = alert(page).getByRole('button', { name: ui(lng, 'errors.retry'), exact: true });
  const box = (await button.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.width).toBeGreaterThanOrEqual(24);
  await button.focus();
  await page.keyboard.press('Enter');
}

test.describe('/read?src= when the article cannot be had', () => {
  for (const cause of LASTING) {
    inProjectLanguage(cause.lng, () => {
      test(`${cause.name}: a translated message, the address, and no retry (${cause.lng})`, async ({ page }) => {
        const { lng } = cause;
        const host = await fakeHost(page, cause.replies);
        await page.goto(readUrl(ARTICLE_URL, lng));
        await expectFailure(page, lng, cause.messages(lng)[0]!, { retry: false });
        expect(host.requests()).toBe(1);
      });
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`a server whose cross-origin policy refuses the read: the CORS message, the address, a way to the editor, no retry (${lng})`, async ({ page, consoleErrors }) => {
        const host = await corsRefusingHost();
        try {
          await page.goto(readUrl(host.url, lng));
          await expectFailure(page, lng, ui(lng, 'errors.cors'), { retry: false, address: host.url });
          await expect(alert(page).getByRole('link', { name: ui(lng, 'errors.openEditor') })).toHaveAttribute('href', '/preview');
          // The read, refused; then the no-cors probe that showed the server answers.
          expect(host.requests()).toEqual([
            { method: 'GET', origin: new URL(page.url()).origin },
            { method: 'HEAD', origin: undefined },
          ]);
        } finally {
          await host.close();
        }
        // The browser reports the refused read itself; the page's answer is what is tested.
        consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/blocked by CORS policy/u.test(e)));
      });
    });
  }

  for (const cause of PASSING) {
    inProjectLanguage(cause.lng, () => {
      test(`${cause.name}: a translated message and a retry that works once the cause is gone (${cause.lng})`, async ({ page }) => {
        const { lng } = cause;
        const host = await fakeHost(page, [...cause.replies, json(ENGLISH_ARTICLE)]);
        await page.goto(readUrl(ARTICLE_URL, lng));
        for (const [i, message] of cause.messages(lng).entries()) {
          await expectFailure(page, lng, message);
          expect(host.requests()).toBe(i + 1);
          await retryByKeyboard(page, lng);
        }
        await expect(page.locator('article h1')).toHaveText(ENGLISH_ARTICLE.title);
        await expect(alert(page)).toHaveCount(0);
        await expect(page).toHaveTitle(tabTitle(lng, ENGLISH_ARTICLE.title));
        expect(host.requests()).toBe(cause.replies.length + 1);
      });
    });
  }

  inProjectLanguage('en', () => {
    test('no answer: the loading message until the timeout (fake clock), then the timeout message and a retry that works (en)', async ({ page }) => {
      await page.clock.install();
      const host = await fakeHost(page, ['hang', json(ENGLISH_ARTICLE)]);
      await page.goto(readUrl(ARTICLE_URL, 'en'));
      await expect(page.getByText(ui('en', 'errors.loading'))).toBeVisible();
      // The time counts from the request.
      await expect.poll(() => host.requests()).toBe(1);
      await page.clock.runFor(FETCH_TIMEOUT_MS - 1_000);
      await expect(page.getByText(ui('en', 'errors.loading'))).toBeVisible();
      await expect(alert(page)).toHaveCount(0);
      await page.clock.runFor(1_500);
      await expectFailure(page, 'en', ui('en', 'errors.timeout'));
      await retryByKeyboard(page, 'en');
      await expect(page.locator('article h1')).toHaveText(ENGLISH_ARTICLE.title);
      expect(host.requests()).toBe(2);
      await host.release({ status: 200, body: '{}' });
    });

    test('an unsafe or missing src is refused with a translated message, no retry and no request (en)', async ({ page }) => {
      const host = await fakeHost(page, [json(ENGLISH_ARTICLE)]);
      for (const src of ['javascript:alert(document.domain)', 'data:application/json,{}', 'not a url']) {
        await page.goto(readUrl(src, 'en'));
        await expectFailure(page, 'en', ui('en', 'errors.badSource'), { retry: false, address: null });
      }
      for (const path of ['/read?lng=en', '/read?src=&lng=en']) {
        await page.goto(path);
        await expectFailure(page, 'en', ui('en', 'errors.noSource'), { retry: false, address: null });
      }
      expect(host.requests()).toBe(0);
    });

    test('an invalid article lists its problems with line and column, without a retry (en)', async ({ page }) => {
      const invalid = JSON.stringify({ ...ENGLISH_ARTICLE, status: 'live' }, null, 2);
      const line = invalid.split('\n').findIndex((l) => l.includes('"status"')) + 1;
      const column = invalid.split('\n')[line - 1]!.indexOf('"live"') + 1;
      await fakeHost(page, [json(invalid)]);
      await page.goto(readUrl(ARTICLE_URL, 'en'));
      await expectFailure(page, 'en', ui('en', 'errors.invalidArticle'), { retry: false });
      const problems = alert(page).locator('ul > li');
      await expect(problems).toHaveCount(1);
      await expect(problems.first()).toContainText(`${ui('en', 'problems.at', { line, column })}:`);
      await expect(problems.first()).toContainText('/status');
    });
  });

  inProjectLanguage('ar', () => {
    test('a long address is shortened to its host and file name, whole in its title; with Latin numerals chosen the status is in Latin digits (ar)', async ({ page }) => {
      await storeSettings(page, { numerals: 'latn' });
      const long = `${HOST}/${'archive/2026/'.repeat(8)}harbour-talks.json?utm_source=${'x'.repeat(40)}`;
      await fakeHost(page, [{ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }]);
      await page.goto(readUrl(long, 'ar'));
      await expectFailure(page, 'ar', ui('ar', 'errors.notFound', { status: 404 }), { retry: false, address: null });
      const shown = alert(page).locator('bdi');
      await expect(shown).toHaveText('news.example/…/harbour-talks.json');
      await expect(shown).toHaveAttribute('title', long);
      await expect(shown).toHaveAttribute('dir', 'ltr');
    });

    test('offline: the offline message, and the article once back online (ar)', async ({ page, context }) => {
      let online = await fakeHost(page, [{ status: 503, body: '' }]);
      await page.goto(readUrl(ARTICLE_URL, 'ar'));
      await expectFailure(page, 'ar', ui('ar', 'errors.httpServer', { status: num('ar', 503) }));
      expect(online.requests()).toBe(1);

      // The connection goes: nothing stands in for the news site any more, the browser is offline.
      await page.unroute(`${HOST}/**`);
      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await retryByKeyboard(page, 'ar');
      await expectFailure(page, 'ar', ui('ar', 'errors.offline'));

      await context.setOffline(false);
      online = await fakeHost(page, [json(ENGLISH_ARTICLE)]);
      await retryByKeyboard(page, 'ar');
      await expect(page.locator('article h1')).toHaveText(ENGLISH_ARTICLE.title);
      expect(online.requests()).toBe(1);
    });

    test('broken JSON served as JSON: the problem with its line and column, no retry (by design), and a reload shows the fixed article (ar)', async ({ page }) => {
      const broken = '{\n  "format": "sahifa-article/1",\n  "slug": "harbour-talks",\n  "title": "Harbour talks\n}\n';
      await fakeHost(page, [json(broken), json(ENGLISH_ARTICLE)]);
      await page.goto(readUrl(ARTICLE_URL, 'ar'));
      await expectFailure(page, 'ar', ui('ar', 'errors.invalidArticle'), { retry: false });
      await expect(alert(page).locator('ul > li').first()).toContainText(`${ui('ar', 'problems.at', { line: num('ar', 4), column: num('ar', 12) })}: `);
      await page.reload();
      await expect(page.locator('article h1')).toHaveText(ENGLISH_ARTICLE.title);
    });
  });
});

/** An article with a block of a type format v1 does not have, between two good ones. */
const WITH_UNKNOWN_BLOCK = {
  ...ENGLISH_ARTICLE,
  body: [ENGLISH_ARTICLE.body[1], { type: 'chart', id: 'c1', series: [3, 1, 4] }, ENGLISH_ARTICLE.body[2]],
};

test.describe('a block that cannot be shown', () => {
  for (const lng of LANGUAGES) {
    // Each in its project's language (Arabic on the phone, English on desktop): the notice's wording once per language.
    inProjectLanguage(lng, () => {
      test(`/read?src=: an unknown block type is refused by the schema, with the problem named (${lng})`, async ({ page }) => {
        await fakeHost(page, [json(JSON.stringify(WITH_UNKNOWN_BLOCK, null, 2))]);
        await page.goto(readUrl(ARTICLE_URL, lng));
        await expectFailure(page, lng, ui(lng, 'errors.invalidArticle'), { retry: false });
        const problem = alert(page).locator('ul > li');
        await expect(problem).toHaveCount(1);
        await expect(problem).toContainText(ui(lng, 'problems.unknown-type', { received: 'chart', expected: 'heading, paragraph, list, quote' }));
        await expect(problem).toContainText('/body/1/type');
      });

      test(`/preview: a block the reader cannot render (a newer format's, reaching it past the validator) shows a notice; the rest of the article shows (${lng})`, async ({ page, consoleErrors }) => {
        // The schema refuses unknown blocks, and no valid block fails to render; the only way to reach
        // the reader's per-block error boundary is for an article to arrive that the validator did not
        // see. Here the analysis worker's answer gains a block of an unknown type in the middle.
        await tamperWithWorker(page, { type: 'chart', id: 'future-chart', content: ['Exports by month'], series: [3, 1, 4] });
        const preview = await pastePreview(page, lng, ENGLISH_ARTICLE);
        const body = preview.locator('article .article-body');
        const notice = body.getByRole('note');
        await expect(notice).toHaveText(ui(lng, 'article.brokenBlock'));
        await expect(notice).toHaveAttribute('lang', lng);
        // In its place: after the heading, before the first paragraph; everything else is there.
        expect(await body.locator('h2, p, [role="note"]').evaluateAll((els) => els.map((el) => el.id || el.getAttribute('role')))).toEqual(['h1', 'note', 'p1', 'p2', 'p3']);
        await expect(preview.locator('[data-thread]')).toHaveCount(2);
        await expect(preview.locator('.who-said-what a[href^="#q-"]')).toHaveCount(4);
        // React reports the error its boundary caught: expected here, and only that.
        const caught = consoleErrors.filter((e) => e.startsWith('Error: unknown block type'));
        expect(caught.length).toBeGreaterThanOrEqual(1);
        consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !caught.includes(e)));
      });
    });
  }

  test('/preview: a block without content (say a newer format\'s image) takes down only itself', { tag: '@desktop-only' }, async ({ page, consoleErrors }) => {
    // Desktop only (the projects' grep, playwright.config.ts): what renders does not depend on the screen: desktop only.
    // The walks over the whole body that ArticleView makes outside the per-block boundaries (quotes,
    // reading time, thread passages) must not trip over a block with no `content` either.
    await tamperWithWorker(page, { type: 'image', id: 'future-image', src: '/photo.jpg', alt: 'The harbour' });
    const preview = await pastePreview(page, 'en', ENGLISH_ARTICLE);
    await expect(preview.locator('article .article-body').getByRole('note')).toHaveText(ui('en', 'article.brokenBlock'));
    await expect(preview.locator('article .article-body p:not([role="note"])')).toHaveCount(3);
    await expect(preview.locator('.who-said-what a[href^="#q-"]')).toHaveCount(4);
    const caught = consoleErrors.filter((e) => e.startsWith('Error: unknown block type'));
    expect(caught.length).toBeGreaterThanOrEqual(1);
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !caught.includes(e)));
  });
});

/**
 * Makes the editor's analysis worker answer with `block` inserted after the first block of the
 * article: an article that reaches the reader without having been through the validator.
 */
async function tamperWithWorker(page: Page, block: Record<string, unknown>) {
  await page.addInitScript((extra) => {
    const Native = window.Worker;
    const slot = Object.getOwnPropertyDescriptor(Native.prototype, 'onmessage')!;
    class Tampered extends Native {}
    Object.defineProperty(Tampered.prototype, 'onmessage', {
      configurable: true,
      get(this: Worker) {
        return slot.get!.call(this) as unknown;
      },
      set(this: Worker, handler: ((e: MessageEvent) => void) | null) {
        slot.set!.call(this, (e: MessageEvent) => {
          const data = e.data as { stage?: string; result?: { article?: { body: { id?: string }[] } | null } };
          const body = data.stage === 'article' ? data.result?.article?.body : undefined;
          if (body && !body.some((b) => b.id === extra.id)) body.splice(1, 0, extra);
          handler?.call(this, e);
        });
      },
    });
    window.Worker = Tampered;
  }, block);
}

/** Opens /preview in `lng`, pastes `article` as JSON and returns the preview pane once its title shows. */
async function pastePreview(page: Page, lng: Lng, article: { title: string }) {
  await page.goto(`/preview?lng=${lng}`);
  await pasteIntoEditor(page, JSON.stringify(article, null, 2));
  // On a phone the preview is the other tab.
  if (await page.getByRole('tablist').isVisible()) await page.getByRole('tab', { name: ui(lng, 'preview.tabPreview'), exact: true }).click();
  const preview = page.getByTestId('draft-preview');
  await expect(preview.locator('article h1')).toHaveText(article.title);
  return preview;
}

/** Makes `localStorage` refuse, as a full one does, every write longer than a few characters (from the next page load on). */
async function fillStorage(page: Page) {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (String(key).length + String(value).length > 64) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
}

const DRAFT = 'محادثات الميناء تُستأنف\n\nعاد المفاوضون إلى طاولة الحوار صباح اليوم.\n';

test.describe('storage full', () => {
  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`autosaving a draft into full storage: a warning, the text stays in the editor, and a new draft asks first (${lng})`, async ({ page }) => {
        await page.goto(`/preview?lng=${lng}`);
        const editor = page.getByTestId('draft-editor');
        const phone = await page.getByRole('tablist').isVisible();
        await editor.focus();
        await page.keyboard.insertText(DRAFT);
        const saveState = page.getByTestId('save-state');
        await expect(saveState).toHaveText(withTime(lng, 'drafts.savedAt'));

        // The storage fills up; the page is opened again and restores the draft.
        await fillStorage(page);
        await page.reload();
        await expect(editor).toContainText('محادثات الميناء تُستأنف');
        await expect(page.getByRole('status').filter({ hasText: withTime(lng, 'drafts.restored') })).toBeVisible();

        // Typing goes on; the autosave fails and says so, and how to keep the draft.
        await editor.focus();
        await page.keyboard.press('ControlOrMeta+End');
        await page.keyboard.insertText('وقال الوسيط إن الجولة المقبلة ستُعقد الأسبوع القادم.');
        await expect(page.getByRole('status').filter({ hasText: ui(lng, 'drafts.quota') })).toHaveText(ui(lng, 'drafts.quota'));
        await expect(page.getByText(ui(lng, 'drafts.notSaved'), { exact: true })).toBeVisible();
        await expect(saveState).toHaveText('');
        // Nothing typed is lost from the page: the editor and the preview have it.
        await expect(editor).toContainText('الجولة المقبلة ستُعقد');
        if (phone) await page.getByRole('tab', { name: ui(lng, 'preview.tabPreview') }).click();
        await expect(page.getByTestId('draft-preview').locator('.article-body')).toContainText('الجولة المقبلة ستُعقد');
        if (phone) await page.getByRole('tab', { name: ui(lng, 'preview.tabEdit') }).click();
        // The stored copy is the one from before.
        expect(await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)!.split('\n').slice(1).join('\n')), DRAFT_KEY_PREFIX)).toEqual([DRAFT]);

        // "New draft" would throw the unsaved text away: it asks, and "cancel" keeps everything.
        const newDraft = page.getByRole('button', { name: ui(lng, 'drafts.new'), exact: true });
        const asked: string[] = [];
        page.once('dialog', (dialog) => {
          asked.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        await newDraft.click();
        await expect.poll(() => asked).toEqual([`confirm: ${ui(lng, 'drafts.confirmDiscard')}`]);
        await expect(editor).toContainText('الجولة المقبلة ستُعقد');

        // Confirming starts the new, empty draft.
        page.once('dialog', (dialog) => void dialog.accept());
        await newDraft.click();
        await expect(editor).not.toContainText('الجولة المقبلة');
        await expect(editor.locator('.cm-placeholder')).toHaveText(ui(lng, 'preview.placeholder'));
        // The placeholder shows only in an empty document.
        await expect(editor.locator('.cm-line')).toHaveCount(1);
      });
    });
  }

  test('the reader keeps working when storage refuses every write: sections open, settings change', { tag: '@desktop-only' }, async ({ page }) => {
    // Desktop only (the projects' grep, playwright.config.ts): storage does not depend on the screen: desktop only.
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/read/beijing-moscow-talks?lng=en');
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.getByRole('button', { name: ui('en', 'threads.expandAll') }).click();
    await expect(page.locator('[data-thread="korea"]')).toHaveAttribute('open', '');
    await page.getByRole('button', { name: ui('en', 'settings.open') }).click();
    await page.getByRole('dialog').getByText(ui('en', 'settings.themes.dark'), { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
});

