/**
 * /read?src= articles from other sites, and pages that do not exist. What a reader sees when the
 * article cannot be had is in failures.spec.ts (one browser run per cause) and
 * src/reader/load-remote.test.ts (every cause and its message, in both languages). A long article
 * by URL loads in a worker and shows its first part first (issue #13; scripts/bench-remote.ts has
 * the figures at 4x CPU slowdown).
 */
import type { Page } from '@playwright/test';
import { expect, inProjectLanguage, test } from './fixtures';
import { ReaderPage, SEED, SEED_SLUG } from './pages/reader-page';
import { ARTICLE_URL, ENGLISH_ARTICLE, fakeHost, json, readUrl } from './pages/remote-host';
import { LANGUAGES, ui } from './pages/ui-text';

/** The address of every worker the page starts, as it starts it. */
function workersOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}

/**
 * Notes in `window.__firstLook` whether, when the first paragraph came into the page, the last one
 * (`b<last>`) was not there yet: the article was shown before all of it was rendered.
 */
async function watchFirstLook(page: Page, last: string) {
  await page.addInitScript((lastId) => {
    const w = window as unknown as { __firstLook?: boolean; __firstCount?: string | null };
    const watch = new MutationObserver(() => {
      if (!document.getElementById('b1')) return;
      w.__firstLook = !document.getElementById(lastId);
      // What "who said what" gives as the number of statements at that moment.
      w.__firstCount = document.querySelector('.who-said-what-summary')?.textContent ?? null;
      watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
  }, last);
}

/** Blocks of the long article: about 1.1 MB of JSON. */
const LONG_PARAGRAPHS = 4000;
const SPEAKER = 'المتحدث باسم البلدية';
const LAST_WORDS = 'هذه الفقرة الأخيرة من المقالة الطويلة.';

/**
 * A long Arabic article, paragraphs `b1`…`b<n>`: a heading instead of every 100th, a statement in
 * every 10th, the last one's words known. (scripts/lib/long-article.ts makes a similar one, but
 * brings the page templates, which the test runner cannot load.)
 */
function longArticle(paragraphs: number) {
  const filler = ['تابع الوفد جولته في المدينة القديمة وزار عددًا من الأسواق والمكتبات.', 'وتحدث السكان عن ارتفاع الأسعار وعن آمالهم في موسم زراعي أفضل.', 'وفي المساء أقيم حفل موسيقي في الساحة الرئيسية حضره المئات.'];
  const body = Array.from({ length: paragraphs }, (_, k) => {
    const i = k + 1;
    const id = `b${i}`;
    if (i === paragraphs) return { type: 'paragraph', id, content: [LAST_WORDS] };
    if (i % 100 === 0) return { type: 'heading', id, level: 2, content: [`القسم ${i / 100}`] };
    if (i % 10 === 0) return { type: 'paragraph', id, content: [`قال ${SPEAKER}: `, { type: 'quote', kind: 'statement', speaker: SPEAKER, open: '"', close: '"', content: [`العمل مستمر في الحي رقم ${i}`] }, '.'] };
    return { type: 'paragraph', id, content: [`${filler[i % 3]} ${filler[(i + 1) % 3]}`] };
  });
  return { format: 'sahifa-article/1', slug: 'by-url-long', title: 'مقالة طويلة جدًا من موقع آخر', lang: 'ar', dir: 'rtl', status: 'published', threads: [], body };
}

test.describe('a long article by URL', () => {
  for (const lng of LANGUAGES) {
    // Desktop in English, the phone in Arabic: one page load each.
    inProjectLanguage(lng, () => {
      test(`loads in a worker, shows its first part while the rest is still coming, and answers the reader meanwhile (${lng})`, async ({ page }) => {
        // A megabyte of article on a machine shared with other tests: more time than a short page needs.
        test.slow();
        const article = longArticle(LONG_PARAGRAPHS);
        const body = JSON.stringify(article);
        expect(Buffer.byteLength(body)).toBeGreaterThan(1_000_000);
        const workers = workersOf(page);
        await watchFirstLook(page, `b${LONG_PARAGRAPHS}`);
        await fakeHost(page, [json(body)]);
        const reader = new ReaderPage(page);
        await reader.goto(readUrl(ARTICLE_URL), lng);
        await expect(reader.title).toHaveText(article.title);
        // The first paragraph shows before the end of the body is in the page.
        await expect(page.locator('#b1')).toBeVisible();
        expect(await page.evaluate(() => (window as unknown as { __firstLook?: boolean }).__firstLook)).toBe(true);
        // The page answers while the text grows (a gap still stands for what is to come): the
        // settings dialog opens and closes.
        await expect(page.locator('[data-pending-chunks]').first()).toBeAttached();
        await reader.settingsButton.click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        // The reader jumps to the end from the keyboard while the text grows; in the end the whole
        // text is there, down to its last paragraph.
        await page.keyboard.press('End');
        const last = page.locator(`#b${LONG_PARAGRAPHS}`);
        await expect(last).toHaveText(LAST_WORDS, { timeout: 45_000 });
        await expect(reader.whoSaidWhat).toContainText(SPEAKER);
        // The first look already gave the whole article's number of statements (sent by the worker
        // with the first blocks), not the one or two of its first screen.
        const firstCount = await page.evaluate(() => (window as unknown as { __firstCount?: string | null }).__firstCount);
        expect(firstCount).toBe(await page.locator('.who-said-what-summary').textContent());
        // Fetched, parsed and validated in the worker, not on the page's main thread. (How long the
        // page's tasks are is for scripts/bench-remote.ts, at 4x CPU slowdown on a quiet machine: here,
        // beside other tests, a bound loose enough never to fail would prove nothing.)
        expect(workers.filter((url) => /remote-article\.worker/u.test(url))).toHaveLength(1);
      });
    });
  }

  test('an invalid article is reported with the same problem through the worker and, with the worker blocked, from the main thread', { tag: '@desktop-only' }, async ({ page }) => {
    // Desktop only (the projects' grep, playwright.config.ts): loading does not depend on the screen.
    const invalid = JSON.stringify({ ...ENGLISH_ARTICLE, status: 'live' }, null, 2);
    const line = invalid.split('\n').findIndex((l) => l.includes('"status"')) + 1;
    const column = invalid.split('\n')[line - 1]!.indexOf('"live"') + 1;
    const workers = workersOf(page);
    await fakeHost(page, [json(invalid), json(invalid), json(ENGLISH_ARTICLE)]);
    const problem = page.getByRole('alert').locator('ul > li');
    await page.goto(readUrl(ARTICLE_URL, 'en'));
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText(`${ui('en', 'problems.at', { line, column })}:`);
    await expect(problem).toContainText('/status');
    const fromWorker = await problem.innerText();
    expect(workers.filter((url) => /remote-article\.worker/u.test(url))).toHaveLength(1);

    // The worker's script cannot be had: the page loads the article itself, with the same outcome.
    let blocked = 0;
    await page.route(/remote-article\.worker/u, (route) => {
      blocked++;
      return route.abort('blockedbyclient');
    });
    await page.reload();
    await expect(problem).toHaveCount(1);
    expect(blocked).toBeGreaterThan(0);
    expect(await problem.innerText()).toBe(fromWorker);
    // And a valid article still shows.
    await page.reload();
    await expect(page.locator('article h1')).toHaveText(ENGLISH_ARTICLE.title);
  });
});

test.describe('/read?src= articles from other sites', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): size-independent behaviour: desktop only.

  // Both UI directions around the same left-to-right article.
  for (const lng of LANGUAGES) {
    test(`a valid English article renders left-to-right inside the ${lng} UI`, async ({ page }) => {
      const host = await fakeHost(page, [json(ENGLISH_ARTICLE)]);
      const reader = new ReaderPage(page);
      await reader.goto(readUrl(ARTICLE_URL), lng);
      await expect(reader.title).toHaveText(ENGLISH_ARTICLE.title);
      // The tab carries the headline.
      await expect(page).toHaveTitle(`${ENGLISH_ARTICLE.title} · ${ui(lng, 'app.name')}`);
      await expect(reader.article).toHaveAttribute('lang', 'en');
      await expect(reader.article).toHaveAttribute('dir', 'ltr');
      await expect(reader.html).toHaveAttribute('dir', lng === 'ar' ? 'rtl' : 'ltr');
      expect(await reader.style(reader.articleBody, 'direction')).toBe('ltr');
      await expect(reader.articleBody.locator('p')).toHaveCount(3);
      await expect(reader.articleBody.locator('#p1')).toContainText('Opening the session, the minister said “we will reopen the port next week” before taking questions.', { useInnerText: true });
      await expect(page.locator('[data-thread]')).toHaveCount(2);
      await expect(reader.summary('middle-east')).toContainText(lng === 'ar' ? 'الشرق الأوسط' : 'Middle East');
      await expect(reader.whoSaidWhatLinks).toHaveCount(4);
      await expect(reader.meta).toContainText(lng === 'ar' ? 'بقلم Staff reporter' : 'By Staff reporter');
      await expect(reader.meta).toContainText(lng === 'ar' ? 'نُشر في ١ مارس ٢٠٢٦' : 'Published 1 March 2026');
      expect(host.requests()).toBe(1);
    });
  }
});

test.describe('pages that do not exist', () => {
  // Wording, once per language: Arabic on the phone, English on desktop.
  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`an unknown path shows the translated 404 page, whose link goes home (${lng})`, async ({ page }) => {
        const reader = new ReaderPage(page);
        await reader.goto('/no/such/page', lng);
        await expect(reader.alert.getByRole('heading', { level: 1 })).toHaveText(ui(lng, 'errors.notFoundTitle'));
        await expect(reader.alert).toContainText(ui(lng, 'errors.notFoundBody'));
        const back = reader.alert.getByRole('link', { name: ui(lng, 'errors.backToLibrary') });
        await back.click();
        await expect(page).toHaveURL(/\/$/u);
        await expect(page.getByRole('link', { name: /بكين وموسكو/u })).toBeVisible();
      });

      test(`/read/unknown-slug shows the article-not-found message (${lng})`, async ({ page }) => {
        const reader = new ReaderPage(page);
        await reader.goto('/read/unknown-slug', lng);
        await expect(reader.alert.getByRole('heading', { level: 1 })).toHaveText(ui(lng, 'errors.notFoundTitle'));
        await expect(reader.alert).toContainText(ui(lng, 'errors.articleNotFound', { slug: 'unknown-slug' }));
        await expect(reader.article).toHaveCount(0);
        await expect(reader.header).toBeVisible();
      });
    });
  }

  test('the bundled article is not confused with a near slug', { tag: '@desktop-only' }, async ({ page }) => {
    // Desktop only (the projects' grep, playwright.config.ts): routing does not depend on the screen: desktop only.
    const reader = new ReaderPage(page);
    await reader.goto(`${SEED}-2`, 'en');
    await expect(reader.alert).toContainText(ui('en', 'errors.articleNotFound', { slug: `${SEED_SLUG}-2` }));
  });
});
