import { expect, projectLanguage, test } from './fixtures';
import { ReaderPage, SEED } from './pages/reader-page';

/**
 * What the article route downloads before it is needed (docs/decisions/0010-initial-js.md): the
 * settings panel, the other UI language's wording and the other pages' code are modules of their
 * own, fetched when they are needed; the app itself is requested once the page has painted. Chunk files are named after their module (`SettingsPanel-<hash>.js`).
 */
const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`, 'u');
const SETTINGS = chunk('SettingsPanel');
const ENGLISH = chunk('en');
const OTHER_PAGES = [chunk('LibraryPage'), chunk('ReadUrlPage'), chunk('NotFoundPage'), chunk('EditorPage')];

test.describe('initial JavaScript', () => {
  test('the article route fetches the settings panel only when asked for, and it opens on a slow network', async ({ page, isMobile }) => {
    const lng = projectLanguage(isMobile);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const reader = new ReaderPage(page);
    await reader.goto(SEED, lng);
    // Past the load and idle time: nothing is fetched "just in case" after the page is up.
    await page.waitForLoadState('networkidle');
    // The app itself (React, the router, the wording) is requested only once the page has painted:
    // before that the page runs only its boot script (src/app/boot.ts).
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      app: performance.getEntriesByType('resource').find((e) => /\/assets\/app-[\w-]+\.js$/u.test(e.name))?.startTime ?? null,
    }));
    expect(timing.paint, 'first contentful paint').not.toBeNull();
    expect(timing.app, 'the app script').not.toBeNull();
    expect(timing.app!).toBeGreaterThan(timing.paint!);
    expect(scripts.filter((s) => SETTINGS.test(s)), 'settings panel before it is asked for').toEqual([]);
    expect(scripts.filter((s) => OTHER_PAGES.some((p) => p.test(s))), 'other pages').toEqual([]);
    // The English wording only when the UI is English (the Arabic is in the first script).
    expect(scripts.some((s) => ENGLISH.test(s)), 'English wording').toBe(lng === 'en');
    await expect(reader.settingsButton).toHaveAccessibleName(lng === 'en' ? 'Reading settings' : 'إعدادات القراءة');
    await expect(page.locator('dialog')).toHaveCount(0);

    // A slow connection (about 400 kbit/s, 400 ms round trips): a tap or click still opens the panel.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
    const fetched = page.waitForRequest((r) => SETTINGS.test(new URL(r.url()).pathname));
    if (isMobile) await reader.settingsButton.tap();
    else await reader.settingsButton.click();
    await fetched;
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true);
    await expect(dialog.locator('h2')).toHaveText(lng === 'en' ? 'Reading settings' : 'إعدادات القراءة');
    await expect(reader.settingsButton).not.toHaveAttribute('aria-busy');
  });

  test('the prerendered library hydrates as it is: its page code is fetched first, nothing is replaced', { tag: '@desktop-only' }, async ({ page }) => {
    // Counts elements removed from the prerendered main content until the app is up: a page that
    // suspended while hydrating, or rendered afresh, would replace them (a flash).
    await page.addInitScript(() => {
      const w = window as unknown as { __removed: number };
      w.__removed = 0;
      new MutationObserver((records) => {
        for (const r of records) {
          const inApp = r.target instanceof Element && r.target.closest('#root');
          if (inApp) w.__removed += [...r.removedNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE).length;
        }
      }).observe(document, { subtree: true, childList: true });
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/');
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    expect(scripts.some((s) => chunk('LibraryPage').test(s))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __removed: number }).__removed), 'elements replaced while hydrating').toBe(0);
    await expect(page.locator('main a[href^="/read/"]').first()).toBeVisible();
  });
});
