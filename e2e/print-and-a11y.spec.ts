/**
 * Printing. The axe scans that lived here (the article with its sections expanded, the settings
 * dialog, a ?src= error page, in each theme) are states of the scan in a11y-battery.spec.ts
 * (docs/decisions/0007-e2e-suite.md).
 */
import { expect, test } from './fixtures';
import { ReaderPage, SEED, THREAD_IDS } from './pages/reader-page';

test.describe('printing', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): print: desktop only.

  // No wording is involved: the English UI, as on every desktop run of such behaviour.
  test('opens every section and hides the site chrome, then restores the sections', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'en');
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
});
