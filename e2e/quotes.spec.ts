import { expect, inProjectLanguage, test } from './fixtures';
import { ReaderPage, SEED, SettingsDialog } from './pages/reader-page';
import { ARTICLE_URL, ENGLISH_ARTICLE, fakeHost, json, readUrl } from './pages/remote-host';

const SPEAKERS = { ar: (name: string) => `قاله: ${name}`, en: (name: string) => `Said by ${name}` };
const UNATTRIBUTED = { ar: 'اقتباس بلا قائل مسمّى', en: 'Quotation with no named speaker' };

/** Hovers like a person would: the element is already on screen (Playwright's own scrolling would fire a scroll event, which hides the tooltip). */
async function hover(reader: ReaderPage, n: number) {
  const mark = reader.quotes.nth(n);
  await mark.scrollIntoViewIfNeeded();
  await reader.page.waitForTimeout(100);
  await mark.hover();
}

/** Opens the English test article from the fake host. */
async function openEnglishArticle(reader: ReaderPage, lng: 'ar' | 'en') {
  await fakeHost(reader.page, [json(ENGLISH_ARTICLE)]);
  await reader.goto(readUrl(ARTICLE_URL), lng);
  await reader.title.waitFor();
}

test.describe('highlighted statements', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): pointer and keyboard behaviour: desktop only.

  test('the seed article marks its closing statement, without a speaker', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    await expect(reader.quotes).toHaveCount(1);
    const mark = reader.quotes.first();
    await expect(mark).toHaveJSProperty('tagName', 'MARK');
    await expect(mark).toHaveId('q-b12-1');
    await expect(mark).not.toHaveAttribute('data-speaker');
    await expect(mark).toHaveAccessibleDescription(UNATTRIBUTED.ar);
    expect(await reader.style(mark, 'background-color')).toBe('rgb(255, 241, 184)');
  });

  for (const lng of ['ar', 'en'] as const) {
    test(`hovering a statement shows who said it (${lng} UI)`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await openEnglishArticle(reader, lng);
      await expect(reader.quotes).toHaveCount(4);
      await expect(reader.quotes.nth(0)).toHaveAttribute('data-speaker', 'Amina Haddad');
      await expect(reader.quotes.nth(1)).toHaveAttribute('data-speaker', 'Omar Said');
      await expect(reader.quotes.nth(3)).not.toHaveAttribute('data-speaker');
      await expect(reader.tooltip).toHaveCount(0);

      await hover(reader, 1);
      await expect(reader.tooltip).toBeVisible();
      await expect(reader.tooltip).toHaveText(SPEAKERS[lng]('Omar Said'));
      // Placed next to the statement, inside the viewport.
      const tip = (await reader.tooltip.boundingBox())!;
      const mark = (await reader.quotes.nth(1).boundingBox())!;
      expect(Math.abs(tip.y + tip.height - mark.y) < 20 || Math.abs(tip.y - (mark.y + mark.height)) < 20).toBe(true);
      expect(tip.x).toBeGreaterThanOrEqual(0);
      expect(tip.x + tip.width).toBeLessThanOrEqual(page.viewportSize()!.width);

      await hover(reader, 3);
      await expect(reader.tooltip).toHaveText(UNATTRIBUTED[lng]);
      await reader.title.hover();
      await expect(reader.tooltip).toHaveCount(0);
    });
  }

  test('keyboard focus on a statement shows who said it; moving on or Escape hides it', async ({ page }) => {
    const reader = new ReaderPage(page);
    await openEnglishArticle(reader, 'en');
    const seen = await reader.tabTo('article .article-body mark[data-quote]');
    expect(seen.at(-1), seen.join('\n')).toMatch(/^mark#q-p1-1/u);
    await expect(reader.tooltip).toHaveText('Said by Amina Haddad');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveId('q-p2-1');
    await expect(reader.tooltip).toHaveText('Said by Omar Said');
    await page.keyboard.press('Escape');
    await expect(reader.tooltip).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(':focus')).toHaveId('q-p1-1');
    await expect(reader.tooltip).toHaveText('Said by Amina Haddad');
    await page.keyboard.press('Shift+Tab');
    await expect(reader.tooltip).toHaveCount(0);
  });

  test('keyboard focus on a statement below the fold shows who said it', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'en');
    expect(await reader.inViewport(reader.quotes.first())).toBe(false);
    await reader.tabTo('article .article-body mark[data-quote]');
    await expect(reader.quotes.first()).toBeFocused();
    await expect(reader.quotes.first()).toBeInViewport();
    await expect(reader.tooltip).toHaveText(UNATTRIBUTED.en, { timeout: 2000 });
  });

  for (const lng of ['ar', 'en'] as const) {
    test(`"Who said what" groups the statements by speaker, unattributed last (${lng} UI)`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await openEnglishArticle(reader, lng);
      await expect(reader.whoSaidWhat.locator('#who-said-what')).toHaveText(lng === 'ar' ? 'من قال ماذا' : 'Who said what');
      const groups = reader.whoSaidWhat.locator('> details > ul > li');
      await expect(groups).toHaveCount(3);
      const n = (k: number) => (lng === 'ar' ? '٠١٢٣'[k] : String(k));
      await expect(groups.nth(0).locator('p')).toHaveText(`Amina Haddad (${n(2)})`);
      await expect(groups.nth(1).locator('p')).toHaveText(`Omar Said (${n(1)})`);
      await expect(groups.nth(2).locator('p')).toHaveText(`${lng === 'ar' ? 'بلا قائل مسمّى' : 'No named speaker'} (${n(1)})`);
      await expect(groups.nth(0).locator('a')).toHaveText(['“we will reopen the port next week”', '“every crane will be working by Monday”']);
      await expect(groups.nth(0).locator('a').first()).toHaveAttribute('href', '#q-p1-1');
      await expect(groups.nth(0).locator('a').nth(1)).toHaveAttribute('href', '#q-p2-3');
      await expect(groups.nth(1).locator('a')).toHaveAttribute('href', '#q-p2-1');
      await expect(groups.nth(2).locator('a')).toHaveAttribute('href', '#q-p3-0');
      // The statements keep the article's language and direction inside the UI's.
      await expect(groups.nth(0).locator('a').first()).toHaveAttribute('lang', 'en');
      await expect(groups.nth(0).locator('a').first()).toHaveAttribute('dir', 'ltr');
    });
  }

  test('turning highlights off removes the highlight and the tooltips; on again restores them', async ({ page }) => {
    const reader = new ReaderPage(page);
    const settings = new SettingsDialog(page);
    await openEnglishArticle(reader, 'ar');
    const mark = reader.quotes.first();
    const highlighted = await reader.style(mark, 'background-color');
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');

    await settings.open(reader.settingsButton);
    await expect(settings.highlights).toBeChecked();
    await settings.highlights.uncheck();
    await expect(reader.html).toHaveAttribute('data-highlights', 'off');
    await page.keyboard.press('Escape');
    await expect(settings.dialog).toBeHidden();

    await expect.poll(() => reader.style(mark, 'background-color')).toBe('rgba(0, 0, 0, 0)');
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await mark.focus();
    await page.waitForTimeout(200);
    await expect(reader.tooltip).toHaveCount(0);
    // The statement is still announced with its speaker to screen readers.
    await expect(mark).toHaveAccessibleDescription(SPEAKERS.ar('Amina Haddad'));

    // Remembered across a reload, and switched back on.
    await page.reload();
    await reader.waitForApp();
    await expect(reader.html).toHaveAttribute('data-highlights', 'off');
    expect(await reader.style(reader.quotes.first(), 'background-color')).toBe('rgba(0, 0, 0, 0)');
    await settings.open(reader.settingsButton);
    await expect(settings.highlights).not.toBeChecked();
    await settings.highlights.check();
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.style(reader.quotes.first(), 'background-color')).toBe(highlighted);
    await hover(reader, 0);
    await expect(reader.tooltip).toHaveText(SPEAKERS.ar('Amina Haddad'));
  });
});

test.describe('highlighted statements on touch screens', { tag: '@phone-only' }, () => {
  // Phones only (the projects' grep, playwright.config.ts): touch: phone projects only.

  test('tapping a statement shows who said it, inside the viewport; tapping elsewhere hides it', { tag: '@phone-layout' }, async ({ page }) => {
    const reader = new ReaderPage(page);
    await openEnglishArticle(reader, 'ar');
    await reader.quotes.nth(2).scrollIntoViewIfNeeded();
    await reader.quotes.nth(2).tap();
    await expect(reader.tooltip).toBeVisible();
    await expect(reader.tooltip).toHaveText(SPEAKERS.ar('Amina Haddad'));
    const tip = (await reader.tooltip.boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(await reader.horizontalOverflow()).toBeLessThanOrEqual(0);

    await reader.articleBody.locator('#h1').tap();
    await expect(reader.tooltip).toHaveCount(0);
  });

  test('tapping the unattributed closing statement of the seed article says it has no named speaker', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'en');
    await reader.quotes.first().scrollIntoViewIfNeeded();
    await reader.quotes.first().tap();
    await expect(reader.tooltip).toHaveText(UNATTRIBUTED.en);
  });
});

test.describe('"Who said what" links', () => {
  // Arabic on the phone, English on desktop: each wording once, each size once.
  for (const lng of ['ar', 'en'] as const) {
    inProjectLanguage(lng, () => {
      test(`jump to the highlighted statement (${lng} UI)`, async ({ page, isMobile }) => {
        const reader = new ReaderPage(page);
        await reader.goto(SEED, lng);
        await expect(reader.whoSaidWhat.locator('#who-said-what')).toHaveText(lng === 'ar' ? 'من قال ماذا' : 'Who said what');
        await expect(reader.whoSaidWhat.locator('> details > ul > li > p')).toHaveText(lng === 'ar' ? 'بلا قائل مسمّى (١)' : 'No named speaker (1)');
        // On the phone the list is a closed disclosure under its title (docs/decisions/0009-phone-and-print.md).
        if (isMobile) await reader.whoSaidWhat.locator('summary').click();
        const link = reader.whoSaidWhatLinks.first();
        await expect(reader.whoSaidWhatLinks).toHaveCount(1);
        await expect(link).toHaveAttribute('href', '#q-b12-1');
        await expect(link).toContainText('«في وقت تشهد فيه العلاقات الدولية');
        await link.click();
        await expect(page).toHaveURL(/#q-b12-1$/u);
        const mark = page.locator('#q-b12-1');
        await expect(mark).toBeInViewport();
        await expect(mark).toHaveAttribute('data-quote', '');
        expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
      });
    });
  }
});
