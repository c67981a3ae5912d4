import { expect, test } from './fixtures';
import { ReaderPage, SEED, SettingsDialog } from './pages/reader-page';

test.describe('keyboard only', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): keyboard navigation: desktop only.

  for (const lng of ['ar', 'en'] as const) {
    test(`Tab reaches the skip link, header, summaries, "who said what" and the statements in order (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await reader.goto(SEED, lng);
      await page.keyboard.press('Tab');
      await expect(reader.skipLink).toBeFocused();
      await expect(reader.skipLink).toHaveText(lng === 'ar' ? 'انتقل إلى المحتوى' : 'Skip to content');
      // Visible when focused, inside the viewport.
      const skip = (await reader.skipLink.boundingBox())!;
      expect(skip.width).toBeGreaterThan(20);
      expect(skip.x).toBeGreaterThanOrEqual(0);
      expect(skip.x + skip.width).toBeLessThanOrEqual(page.viewportSize()!.width);

      const order = [
        { name: 'home link', selector: 'header a[href="/"]' },
        { name: 'settings button', selector: 'header button[aria-haspopup="dialog"]' },
        { name: 'language link', selector: 'header a[hreflang]' },
        { name: 'expand all', selector: 'section.threads > div button' },
        { name: 'ukraine summary', selector: '[data-thread="ukraine"] > summary' },
        { name: 'middle-east summary', selector: '[data-thread="middle-east"] > summary' },
        { name: 'korea summary', selector: '[data-thread="korea"] > summary' },
        { name: 'who-said-what link', selector: '.who-said-what a[href="#q-b12-1"]' },
        { name: 'statement', selector: 'article .article-body mark#q-b12-1' },
      ];
      for (const step of order) {
        await page.keyboard.press('Tab');
        expect(await reader.focusedMatches(step.selector), `next Tab stop is the ${step.name}`).toBe(true);
      }
    });
  }

  test('Enter and Space toggle a thread summary; its passage links are then reachable and jump to the passage', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    await reader.tabTo('[data-thread="korea"] > summary');
    await expect(reader.summary('korea')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(reader.thread('korea')).toHaveAttribute('open', '');
    await page.keyboard.press('Space');
    await expect(reader.thread('korea')).not.toHaveAttribute('open');
    await page.keyboard.press('Space');
    await expect(reader.thread('korea')).toHaveAttribute('open', '');

    await page.keyboard.press('Tab');
    await expect(reader.passageLinks('korea').first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(reader.passageLinks('korea').nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#b5-2$/u);
    await expect(reader.articleBody.locator('#b5-2')).toBeInViewport();
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'en');
    await page.keyboard.press('Tab');
    await expect(reader.skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#content')).toBeFocused();
    // The next Tab continues inside the content, not in the header.
    await page.keyboard.press('Tab');
    expect(await reader.focusedMatches('main *')).toBe(true);
  });

  for (const lng of ['ar', 'en'] as const) {
    test(`the settings dialog opens from the keyboard, keeps focus inside, and Escape closes it, returning focus (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      const settings = new SettingsDialog(page);
      await reader.goto(SEED, lng);
      await reader.tabTo('header button[aria-haspopup="dialog"]');
      await expect(reader.settingsButton).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(settings.dialog).toBeVisible();
      expect(await reader.focusedMatches('dialog *')).toBe(true);
      // Tab moves through the controls without leaving the modal dialog.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !document.activeElement || document.activeElement === document.body || !!document.activeElement.closest('dialog'))).toBe(true);
      }
      // Keyboard changes a setting: focus the larger-text button and press Space.
      await settings.larger.focus();
      await page.keyboard.press('Space');
      await expect(settings.sizeValue).toHaveText(lng === 'ar' ? '٤ من ٧' : '4 of 7');
      // Radio groups move with the arrow keys.
      await settings.options('theme').first().focus();
      await page.keyboard.press(lng === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect(settings.options('theme').nth(1)).toBeChecked();
      await expect(reader.html).toHaveAttribute('data-theme', 'light');

      await page.keyboard.press('Escape');
      await expect(settings.dialog).toBeHidden();
      await expect(reader.settingsButton).toBeFocused();
    });
  }

  test('focused controls show a visible focus indicator', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    const outline = async () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
      });
    for (const selector of ['[data-thread="ukraine"] > summary', '.who-said-what a[href^="#q-"]', 'article .article-body mark[data-quote]']) {
      await reader.tabTo(selector);
      expect(await reader.focusedMatches(selector)).toBe(true);
      const o = await outline();
      expect(o.style, selector).not.toBe('none');
      expect(o.width, selector).toBeGreaterThanOrEqual(2);
    }
    // After opening a section, its passage links too.
    await reader.toggleAll.click();
    await reader.passageLinks('ukraine').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(reader.passageLinks('ukraine').first()).toBeFocused();
    expect((await outline()).style).not.toBe('none');
  });
});
