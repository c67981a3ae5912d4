/**
 * A very long article (docs/decisions/0003-long-articles.md): its prerendered page holds the first
 * part of the text and a link to the complete text; after hydration the app adds the rest a chunk
 * at a time, and deep links, thread sections, "who said what", printing and the progress bar work
 * on the whole text even before it is all there. The article and its pages are generated from the
 * build under test (scripts/lib/long-article.ts) and served by the tests themselves.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { FIRST_BLOCKS } from '../src/reader/body-chunks';
import { expect, inProjectLanguage, test } from './fixtures';
import { ReaderPage } from './pages/reader-page';

const SLUG = 'e2e-long';
const PATH = `/read/${SLUG}`;
const PARAGRAPHS = 1200;

interface Generated {
  html: string;
  full: string;
  json: string;
  lastWords: string;
}
let generated: Generated;

test.beforeAll(() => {
  const out = test.info().outputPath('long-article');
  execFileSync('npx', ['tsx', 'scripts/lib/long-article.ts', process.env.SAHIFA_DIST ?? 'dist', out, String(PARAGRAPHS)], { stdio: 'inherit' });
  const json = readFileSync(join(out, 'article.json'), 'utf8');
  const last = (JSON.parse(json) as { body: { content: string[] }[] }).body.at(-1)!;
  generated = { html: readFileSync(join(out, 'index.html'), 'utf8'), full: readFileSync(join(out, 'full', 'index.html'), 'utf8'), json, lastWords: last.content[0]! };
});

/** Serves the generated pages as a static host would serve a bundled article's. */
async function serve(target: Page | BrowserContext): Promise<void> {
  const html = (body: string) => ({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await target.route((url) => url.pathname === PATH, (route) => route.fulfill(html(generated.html)));
  await target.route((url) => url.pathname === `${PATH}/full/`, (route) => route.fulfill(html(generated.full)));
  await target.route((url) => url.pathname === `/articles/${SLUG}.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: generated.json }));
}

/** 4x CPU slowdown, as on a mid-range phone. */
async function slowDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/**
 * Holds back the rest of the text: the app adds it in idle callbacks, which wait here until
 * {@link releaseGrowth}. So a test sees the page as a reader does in its first moments, however
 * fast this machine is.
 */
async function holdGrowth(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __held: (() => void)[]; __release: () => void };
    const original = window.requestIdleCallback.bind(window);
    w.__held = [];
    window.requestIdleCallback = (callback, options) => {
      w.__held.push(() => original(callback, options));
      return 0;
    };
    w.__release = () => {
      window.requestIdleCallback = original;
      for (const run of w.__held.splice(0)) run();
    };
  });
}

async function releaseGrowth(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
}

const blocks = (page: Page) => page.locator('.article-body .article-chunk > [id]');
const gaps = (page: Page) => page.locator('.article-body [data-pending-chunks]');

test.describe('a very long article', () => {
  test.describe.configure({ timeout: 90_000 });

  test('without scripts: the first part, then a link to the complete text, which has it all', { tag: '@desktop-only' }, async ({ browser }) => {
    // Desktop only (the projects' grep, playwright.config.ts): static HTML without scripts does not depend on the screen: desktop only.
    const context = await browser.newContext({ javaScriptEnabled: false });
    await serve(context);
    const page = await context.newPage();
    await page.goto(PATH);
    await expect(blocks(page)).toHaveCount(FIRST_BLOCKS);
    await expect(page.locator(`#b${PARAGRAPHS}`)).toHaveCount(0);
    const link = page.locator('#sahifa-complete-text a');
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `${PATH}/full/`);

    // Followed from the keyboard: scrolling to the link lays out the chunks above it (content-visibility),
    // which can move it between Playwright's check that it is still and its click at fixed coordinates.
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${PATH}/full/$`, 'u'));
    await expect(blocks(page)).toHaveCount(PARAGRAPHS);
    await expect(page.locator(`#b${PARAGRAPHS}`)).toHaveText(generated.lastWords);
    await expect(page.locator('script[type="module"]')).toHaveCount(0);
    await expect(page.locator('#sahifa-complete-text')).toHaveCount(0);
    await expect(page.locator('[data-thread="korea"] ol > li')).toHaveCount(3);
    await context.close();
  });

  // Hydration in each UI language, each at its project's size (Arabic on the phone, English on desktop).
  for (const lng of ['ar', 'en'] as const) {
    inProjectLanguage(lng, () => {
      test(`hydrates the first part as prerendered, then adds the rest of the text (${lng})`, async ({ page }) => {
        await serve(page);
        // The prerendered first paragraph, kept before any script runs: hydration must adopt it, not replace it.
        await page.addInitScript(() => {
          document.addEventListener('readystatechange', () => {
            if (document.readyState === 'interactive') (window as unknown as { __first: Element | null }).__first = document.getElementById('b2');
          });
        });
        const reader = new ReaderPage(page);
        await reader.goto(PATH, lng);
        await expect(page.locator('#sahifa-complete-text')).toHaveCount(0);
        if (lng === 'ar') expect(await page.evaluate(() => document.getElementById('b2') === (window as unknown as { __first: Element | null }).__first)).toBe(true);

        await expect(gaps(page)).toHaveCount(0, { timeout: 60_000 });
        await expect(blocks(page)).toHaveCount(PARAGRAPHS);
        await expect(page.locator(`#b${PARAGRAPHS}`)).toHaveText(generated.lastWords);
        await expect(page.locator(`#b${PARAGRAPHS - 5}-2`)).toHaveText('البند الثاني من القائمة.');
        // Find-in-page searches the document's text: the last words are in it.
        expect(await page.evaluate((words) => document.body.textContent!.includes(words), generated.lastWords)).toBe(true);
        // Blocks in reading order, each once.
        const ids = await blocks(page).evaluateAll((els) => els.map((el) => el.id));
        expect(ids).toEqual(Array.from({ length: PARAGRAPHS }, (_, i) => `b${i + 1}`));
      });
    });
  }

  test('a link to a late paragraph renders it and scrolls to it before the rest has arrived', { tag: '@phone-only' }, async ({ page }) => {
    // On the phone only: a slow CPU is a phone's, and a phone's viewport is where a jump has the least room.
    await serve(page);
    await slowDown(page);
    await holdGrowth(page);
    const reader = new ReaderPage(page);
    const target = `b${PARAGRAPHS - 50}`;
    await reader.goto(PATH, undefined, `#${target}`);
    await expect(page.locator(`#${target}`)).toBeVisible();
    await expect.poll(() => reader.inViewport(page.locator(`#${target}`))).toBe(true);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(target);
    // The rest arrives around it, and it stays where the reader is.
    await expect(gaps(page).first()).toBeAttached();
    await releaseGrowth(page);
    await expect(gaps(page)).toHaveCount(0, { timeout: 60_000 });
    expect(await reader.inViewport(page.locator(`#${target}`))).toBe(true);
  });

  test('#thread-korea opens its section; a late passage is one click away', { tag: '@phone-only' }, async ({ page }) => {
    // On the phone only: a slow CPU is a phone's, and a phone's viewport is where a jump has the least room.
    await serve(page);
    await slowDown(page);
    await holdGrowth(page);
    const reader = new ReaderPage(page);
    await reader.goto(PATH, 'ar', '#thread-korea');
    await expect(reader.thread('korea')).toHaveAttribute('open', '');
    await expect.poll(() => reader.inViewport(reader.summary('korea'))).toBe(true);
    await expect(reader.passages('korea')).toHaveCount(3);

    const late = `b${PARAGRAPHS - 47}`;
    expect(await page.locator(`#${late}`).count(), 'not rendered yet').toBe(0);
    await reader.passageLinks('korea').last().click();
    await expect(page).toHaveURL(new RegExp(`#${late}$`, 'u'));
    await expect.poll(() => reader.inViewport(page.locator(`.article-body #${late}`))).toBe(true);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(late);
    await releaseGrowth(page);
    await expect(gaps(page)).toHaveCount(0, { timeout: 60_000 });
    expect(await reader.inViewport(page.locator(`.article-body #${late}`))).toBe(true);
  });

  test('"who said what" reaches a statement near the end', { tag: '@phone-only' }, async ({ page }) => {
    // On the phone only: a slow CPU is a phone's, and a phone's viewport is where a jump has the least room.
    await serve(page);
    await slowDown(page);
    await holdGrowth(page);
    const reader = new ReaderPage(page);
    await reader.goto(PATH, 'ar');
    // On the phone the list is a closed disclosure (docs/decisions/0009-phone-and-print.md).
    await reader.whoSaidWhat.locator('summary').click();
    await reader.whoSaidWhat.getByRole('button').click();
    const statement = `q-b${PARAGRAPHS - 10}-1`;
    const link = reader.whoSaidWhat.locator(`a[href="#${statement}"]`);
    expect(await page.locator(`#${statement}`).count(), 'not rendered yet').toBe(0);
    await link.click();
    await expect.poll(() => reader.inViewport(page.locator(`#${statement}`))).toBe(true);
    await expect(page.locator(`#${statement}`)).toHaveAttribute('data-quote', '');
  });

  test('printing puts the whole text in the page at once', { tag: '@desktop-only' }, async ({ page }) => {
    // Desktop only (the projects' grep, playwright.config.ts): print: desktop only.
    await serve(page);
    await holdGrowth(page);
    const reader = new ReaderPage(page);
    await reader.goto(PATH, 'ar');
    expect(await gaps(page).count(), 'still growing').toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const count = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      // Read in the same task: what the print would lay out.
      return document.querySelectorAll('.article-body .article-chunk > [id]').length;
    });
    expect(count).toBe(PARAGRAPHS);
    await expect(gaps(page)).toHaveCount(0);
    await expect(page.locator(`#b${PARAGRAPHS}`)).toBeVisible();
    expect(await reader.style(page.locator('.article-chunk').last(), 'content-visibility')).toBe('visible');
  });

  test('the reading progress bar measures the whole article, also while it grows', { tag: '@desktop-only' }, async ({ page }) => {
    // Desktop only: the bar's measure does not depend on the screen (layout.spec.ts checks the bar on both sizes).
    await serve(page);
    await holdGrowth(page);
    const reader = new ReaderPage(page);
    await reader.goto(PATH, 'ar');
    // The gaps come with the render after hydration (growth is held, so they stay): wait for them.
    await expect(gaps(page).first(), 'still growing').toBeAttached();
    expect(await reader.progressScale()).toBeLessThan(0.05);
    // The page is as long as the whole article is estimated to be, not just its first part.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(40 * 16 * 40);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => reader.progressScale()).toBeGreaterThan(0.2);
    expect(await reader.progressScale()).toBeLessThan(0.8);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => reader.progressScale()).toBeGreaterThan(0.99);
  });
});
