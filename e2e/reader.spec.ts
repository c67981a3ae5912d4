import { expect, test } from './fixtures';
import { SEED } from './pages/reader-page';

test.describe('library', () => {
  test('lists the bundled article and links to it', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: /بكين وموسكو/u });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${SEED}$`, 'u'));
    await expect(page.locator('article h1')).toContainText('بكين وموسكو');
  });
});

test.describe('RTL support', () => {
  test('the Arabic UI sets <html lang dir>, and the article carries its own', async ({ page }) => {
    await page.goto(`${SEED}?lng=ar`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('article')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
  });

  test('the English UI flips the chrome and leaves the article right-to-left', async ({ page }) => {
    await page.goto(`${SEED}?lng=en`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText(/minutes? read/u)).toBeVisible();
  });

  test('the language choice is remembered', async ({ page }) => {
    await page.goto('/?lng=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto(SEED);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('no horizontal scrolling', { tag: '@phone-layout' }, async ({ page }) => {
    await page.goto(SEED);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('article', () => {
  test('shows headings, lists and the closing quotation as a highlighted statement', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.locator('article .article-body h2')).toHaveCount(5);
    await expect(page.locator('article .article-body ul > li')).toHaveCount(5);
    const quotes = page.locator('article .article-body [data-quote]');
    await expect(quotes.last()).toContainText('في وقت تشهد فيه العلاقات الدولية');
  });

  test('is readable with scripts disabled (prerendered)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SEED);
    await expect(page.locator('article h1')).toContainText('بكين وموسكو');
    await expect(page.locator('article .article-body h2')).toHaveCount(5);
    // A short article is prerendered whole: no link to a complete-text page (e2e/long-article.spec.ts).
    await expect(page.locator('#sahifa-complete-text')).toHaveCount(0);
    await context.close();
  });

  test('a short article renders whole at once: nothing is left to add after hydration', async ({ page }) => {
    await page.goto(SEED);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expect(page.locator('article .article-body .article-chunk')).toHaveCount(1);
    await expect(page.locator('article .article-body [data-pending-chunks]')).toHaveCount(0);
  });

  // An unknown slug and an unknown path: url-articles.spec.ts, 'pages that do not exist'.
});

// axe runs for every page state, theme and UI language live in print-and-a11y.spec.ts.
