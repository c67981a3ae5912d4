import { expect, test } from './fixtures';
import { ReaderPage, SEED, SettingsDialog, storeSettings } from './pages/reader-page';

test.describe('no horizontal scrolling at 360 px', { tag: '@phone-only' }, () => {
  // Phones only (the projects' grep, playwright.config.ts): a phone narrowed to 360 px; the desktop
  // project would show the same width without the phone's emulation, and the iPhone is wider.
  for (const lng of ['ar', 'en'] as const) {
    test(`library, article, open sections, largest text and the settings sheet (${lng})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      const reader = new ReaderPage(page);
      const settings = new SettingsDialog(page);
      const noOverflow = async (where: string) => expect(await reader.horizontalOverflow(), where).toBeLessThanOrEqual(0);

      await reader.goto('/', lng);
      await noOverflow('library');
      await reader.goto(SEED, lng);
      await noOverflow('article');
      await reader.toggleAll.click();
      await expect(reader.passages('ukraine').first()).toBeVisible();
      await noOverflow('threads expanded');

      await settings.open(reader.settingsButton);
      while ((await settings.larger.getAttribute('aria-disabled')) !== 'true') await settings.larger.click();
      await expect(settings.sizeValue).toHaveText(lng === 'ar' ? '٧ من ٧' : '7 of 7');
      await noOverflow('settings sheet open, largest text');
      // The sheet itself fits the narrow screen.
      const sheet = (await settings.dialog.boundingBox())!;
      expect(sheet.x).toBeGreaterThanOrEqual(0);
      expect(sheet.x + sheet.width).toBeLessThanOrEqual(360.5);
      const inner = await settings.dialog.evaluate((el) => {
        const scroller = el.firstElementChild as HTMLElement;
        return scroller.scrollWidth - scroller.clientWidth;
      });
      expect(inner, 'no sideways scrolling inside the sheet').toBeLessThanOrEqual(0);
      await page.keyboard.press('Escape');
      await expect(settings.dialog).toBeHidden();
      await noOverflow('largest text');
      // Every block of the article stays inside the viewport.
      const widest = await reader.article.locator('h1, .article-body > div > *, .threads li, .who-said-what a').evaluateAll((els) =>
        Math.max(...els.map((el) => el.getBoundingClientRect().right - Math.min(0, el.getBoundingClientRect().left))),
      );
      expect(widest).toBeLessThanOrEqual(360.5);
    });
  }

  test('the English article (left-to-right) in the Arabic UI, threads open, largest text', async ({ page }) => {
    const { fakeHost, json, readUrl, ENGLISH_ARTICLE, ARTICLE_URL } = await import('./pages/remote-host');
    await page.setViewportSize({ width: 360, height: 740 });
    await storeSettings(page, { size: 6 });
    await fakeHost(page, [json(ENGLISH_ARTICLE)]);
    const reader = new ReaderPage(page);
    await reader.goto(readUrl(ARTICLE_URL), 'ar');
    await reader.toggleAll.click();
    await expect(reader.passages('middle-east').first()).toBeVisible();
    expect(await reader.horizontalOverflow()).toBeLessThanOrEqual(0);
  });
});

test.describe('reading progress', () => {
  test('the bar grows as the reader scrolls to the end of the article', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    await expect(reader.progress).toHaveCount(1);
    await expect(reader.progress.locator('xpath=..')).toHaveAttribute('aria-hidden', 'true');
    const start = await reader.progressScale();
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThan(0.2);

    const total = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(total / 2));
    await expect.poll(() => reader.progressScale()).toBeGreaterThan(start);
    const middle = await reader.progressScale();
    expect(middle).toBeLessThan(1);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => reader.progressScale()).toBeGreaterThan(0.99);
    // The bar sits at the top of the viewport and spans it when full.
    const box = (await reader.progress.boundingBox())!;
    expect(box.y).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThan(page.viewportSize()!.width - 2);

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => reader.progressScale()).toBeLessThan(0.2);
  });
});
