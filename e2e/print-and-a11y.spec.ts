import { axeViolations, expect, test } from './fixtures';
import { ReaderPage, SEED, SettingsDialog, storeSettings, THREAD_IDS } from './pages/reader-page';
import { readUrl } from './pages/remote-host';

test.describe('printing', () => {
  test.skip(({ isMobile }) => isMobile, 'print: desktop only');

  for (const lng of ['ar', 'en'] as const) {
    test(`opens every section and hides the site chrome, then restores the sections (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await reader.goto(SEED, lng);
      await reader.summary('middle-east').click();
      await expect(reader.thread('middle-east')).toHaveAttribute('open', '');

      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      for (const id of THREAD_IDS) await expect(reader.thread(id)).toHaveAttribute('open', '');
      await expect(reader.passages('korea').first()).toBeVisible();
      expect(await reader.style(reader.header, 'display')).toBe('none');
      expect(await reader.style(reader.toggleAll, 'display')).toBe('none');
      expect(await reader.style(reader.progress.locator('xpath=..'), 'display')).toBe('none');
      // The full text is there too, every chunk laid out for paper.
      await expect(reader.articleBody.locator('#b12')).toBeVisible();
      expect(await reader.style(page.locator('.article-chunk'), 'content-visibility')).toBe('visible');

      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      await expect(reader.thread('korea')).not.toHaveAttribute('open');
      expect(await reader.openThreadIds()).toEqual(['middle-east']);
      expect(await reader.style(reader.header, 'display')).not.toBe('none');
    });
  }
});

test.describe('accessibility (axe)', () => {
  for (const lng of ['ar', 'en'] as const) {
    for (const theme of ['light', 'dark', 'sepia'] as const) {
      // The library, the collapsed article and the 404 page are scanned by a11y-battery.spec.ts in every theme.
      test(`no violations on the article with its sections expanded and with the settings open, and on an error page (${lng}, ${theme})`, async ({ page, isMobile }) => {
        // Colours do not depend on the screen size: every theme × language runs on desktop; on
        // phones the Arabic UI in light and the English UI in dark check the phone layout
        // (bottom sheet, one-column reader, target sizes) while keeping the suite fast.
        test.skip(isMobile && !((lng === 'ar' && theme === 'light') || (lng === 'en' && theme === 'dark')), 'colours are checked on desktop');
        test.setTimeout(60_000);
        await storeSettings(page, { theme });
        const reader = new ReaderPage(page);
        const settings = new SettingsDialog(page);
        const axe = async (where: string) => {
          await expect(reader.html).toHaveAttribute('data-theme', theme);
          expect(await axeViolations(page), where).toEqual([]);
        };
        await reader.goto(SEED, lng);
        await reader.toggleAll.click();
        await expect(reader.passages('korea').first()).toBeVisible();
        await axe('article, sections expanded');
        await settings.open(reader.settingsButton);
        await axe('settings dialog open');
        await page.keyboard.press('Escape');
        await page.route('https://news.example/**', (route) => route.fulfill({ status: 404, headers: { 'access-control-allow-origin': '*' }, body: '' }));
        await reader.goto(readUrl('https://news.example/missing.json'), lng);
        await expect(reader.alert).toBeVisible();
        await axe('?src= error page');
      });
    }
  }
});
