import { expect, test } from './fixtures';
import { ReaderPage, SEED, SettingsDialog, THREAD_IDS } from './pages/reader-page';
import { ARTICLE_URL, ENGLISH_ARTICLE, fakeHost, json, readUrl } from './pages/remote-host';

const LATIN = /[A-Za-z]/u;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/u;

test.describe('UI language', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): size-independent behaviour: desktop only.

  test('the language link flips <html dir> and the chrome, while the article keeps lang="ar" dir="rtl"', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(`${SEED}`, 'ar');
    await reader.summary('korea').click();
    await expect(reader.languageLink).toHaveText('English');
    await expect(reader.languageLink).toHaveAttribute('lang', 'en');
    await expect(reader.threadsHeading).toHaveText('محاور القصة');

    await reader.languageLink.click();
    await expect(page).toHaveURL(/[?&]lng=en/u);
    await expect(reader.html).toHaveAttribute('lang', 'en');
    await expect(reader.html).toHaveAttribute('dir', 'ltr');
    await expect(reader.languageLink).toHaveText('العربية');
    await expect(reader.languageLink).toHaveAttribute('lang', 'ar');
    await expect(reader.header.locator('a[href="/"]')).toHaveText('Sahifa');
    await expect(page.getByRole('button', { name: 'Reading settings' })).toBeVisible();
    await expect(reader.threadsHeading).toHaveText('The story’s threads');
    await expect(reader.summary('korea')).toContainText('Korea');
    await expect(reader.meta).toContainText('3 minutes read');
    await expect(reader.article).toHaveAttribute('lang', 'ar');
    await expect(reader.article).toHaveAttribute('dir', 'rtl');
    expect(await reader.style(reader.articleBody, 'direction')).toBe('rtl');
    // The open section survives the switch.
    await expect(reader.thread('korea')).toHaveAttribute('open', '');

    await reader.languageLink.click();
    await expect(reader.html).toHaveAttribute('dir', 'rtl');
    await expect(reader.html).toHaveAttribute('lang', 'ar');
    await expect(reader.threadsHeading).toHaveText('محاور القصة');
    await expect(reader.meta).toContainText('٣ دقائق قراءة');
  });

  test('following the language link keeps the #thread- fragment and other query parameters', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(`${SEED}?ref=home`, 'ar', '#thread-korea');
    await reader.languageLink.click();
    await expect(reader.html).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(new RegExp(`${SEED}\\?ref=home&lng=en#thread-korea$`, 'u'));
    await expect(reader.thread('korea')).toHaveAttribute('open', '');
  });

  for (const lng of ['ar', 'en'] as const) {
    test(`the language link's href keeps the #thread- fragment and other query parameters (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      const other = lng === 'ar' ? 'en' : 'ar';
      await reader.goto(`${SEED}?ref=home`, lng, '#thread-korea');
      await expect(reader.thread('korea')).toHaveAttribute('open', '');
      await expect(reader.languageLink).toHaveAttribute('href', `${SEED}?ref=home&lng=${other}#thread-korea`, { timeout: 2000 });
    });
  }

  for (const lng of ['ar', 'en'] as const) {
    test(`every UI string is in the UI language (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      const settings = new SettingsDialog(page);
      const foreign = lng === 'ar' ? LATIN : ARABIC_LETTER;
      const check = async (where: string, roots = page.locator('header, main')) => {
        const texts = await reader.chromeText(roots, lng);
        expect(texts.length, `${where}: some text in ${lng}`).toBeGreaterThan(0);
        // Protocol and format names are technical tokens, the same in both languages.
        const wrong = texts.filter((t) => foreign.test(t.replace(/\?src=|https?|JSON/gu, '')));
        expect(wrong, `${where}: strings in the wrong script`).toEqual([]);
      };
      await reader.goto('/', lng);
      await check('library');
      await reader.goto(SEED, lng);
      await reader.toggleAll.click();
      await check('article with open sections');
      await settings.open(reader.settingsButton);
      await check('settings dialog', settings.dialog);
      await page.keyboard.press('Escape');
      await reader.goto('/nowhere', lng);
      await check('404 page');
      await reader.goto(readUrl('javascript:void 0'), lng);
      await check('error page');
      // The English article's chrome is in the UI language too.
      await fakeHost(page, [json(ENGLISH_ARTICLE)]);
      await reader.goto(readUrl(ARTICLE_URL), lng);
      await reader.toggleAll.click();
      const uiTexts = await reader.chromeText(page.locator('section.threads, nav.who-said-what, article > header > p[lang]'), lng);
      expect(uiTexts.filter((t) => foreign.test(t))).toEqual([]);
    });
  }

  for (const lng of ['ar', 'en'] as const) {
    test(`the speaker tooltip and description are marked with the UI language, not the article's (${lng} UI)`, async ({ page }) => {
      const reader = new ReaderPage(page);
      const other = lng === 'ar' ? 'en' : 'ar';
      if (other === 'en') {
        await fakeHost(page, [json(ENGLISH_ARTICLE)]);
        await reader.goto(readUrl(ARTICLE_URL), lng);
      } else {
        await reader.goto(SEED, lng);
      }
      await expect(reader.article).toHaveAttribute('lang', other);
      const mark = reader.quotes.first();
      await mark.scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
      await mark.hover();
      await expect(reader.tooltip).toBeVisible();
      const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang');
      expect(await reader.tooltip.evaluate(langOf)).toBe(lng);
      expect(await reader.style(reader.tooltip, 'direction')).toBe(lng === 'ar' ? 'rtl' : 'ltr');
      const description = page.locator(`#${await mark.getAttribute('aria-describedby')}`);
      expect(await description.evaluate(langOf)).toBe(lng);
    });
  }
});

test.describe('RTL support', () => {
  test('disclosure chevrons are mirrored in the Arabic UI and turn down when open', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    for (const id of THREAD_IDS) expect(await reader.style(reader.chevron(id), 'scale')).toBe('-1 1');
    await reader.summary('korea').click();
    await expect.poll(() => reader.style(reader.chevron('korea'), 'rotate')).toBe('-90deg');
    expect(await reader.style(reader.chevron('ukraine'), 'rotate')).toBe('none');
    // The back arrows of passage links are mirrored as well.
    expect(await reader.style(reader.passageLinks('korea').first().locator('svg'), 'scale')).toBe('-1 1');
  });

  test('in the English UI the chevrons inside the right-to-left article are not mirrored', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'en');
    await expect(reader.article).toHaveAttribute('dir', 'rtl');
    await expect(reader.threadsSection).toHaveAttribute('dir', 'ltr');
    for (const id of THREAD_IDS) expect(await reader.style(reader.chevron(id), 'scale')).toBe('none');
    await reader.summary('korea').click();
    await expect.poll(() => reader.style(reader.chevron('korea'), 'rotate')).toBe('90deg');
    expect(await reader.style(reader.passageLinks('korea').first().locator('svg'), 'scale')).toBe('none');
    // The passages themselves keep the article's direction.
    const passage = reader.passages('korea').first().locator('p');
    await expect(passage).toHaveAttribute('dir', 'rtl');
    await expect(passage).toHaveAttribute('lang', 'ar');
  });

  test('the Arabic UI lays the header out from the right', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    const home = (await reader.header.locator('a[href="/"]').boundingBox())!;
    const language = (await reader.languageLink.boundingBox())!;
    expect(home.x).toBeGreaterThan(language.x);
    await reader.goto(SEED, 'en');
    const homeEn = (await reader.header.locator('a[href="/"]').boundingBox())!;
    const languageEn = (await reader.languageLink.boundingBox())!;
    expect(homeEn.x).toBeLessThan(languageEn.x);
  });

  test('the article text starts at the right edge, and an English article in the Arabic UI at the left', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    expect(await reader.style(reader.articleBody.locator('#b1'), 'direction')).toBe('rtl');
    const body = (await reader.articleBody.boundingBox())!;
    const heading = await reader.articleBody.locator('#b2').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    expect(Math.abs(body.x + body.width - heading.right)).toBeLessThan(2);

    await fakeHost(page, [json(ENGLISH_ARTICLE)]);
    await reader.goto(readUrl(ARTICLE_URL), 'ar');
    await expect(reader.html).toHaveAttribute('dir', 'rtl');
    await expect(reader.article).toHaveAttribute('dir', 'ltr');
    const enBody = (await reader.articleBody.boundingBox())!;
    const enHeading = await reader.articleBody.locator('#h1').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().left;
    });
    expect(Math.abs(enHeading - enBody.x)).toBeLessThan(2);
    // Its thread chrome follows the Arabic UI, so its chevrons are mirrored.
    expect(await reader.style(reader.chevron('middle-east'), 'scale')).toBe('-1 1');
  });

  test('the reading progress bar fills from the right for the right-to-left article', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    const [x] = (await reader.style(reader.progress, 'transform-origin')).split(' ');
    const width = (await reader.progress.evaluate((el) => el.getBoundingClientRect().width)) || page.viewportSize()!.width;
    expect(Number.parseFloat(x!)).toBeCloseTo(width, 0);
  });
});
