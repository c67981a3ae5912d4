/**
 * /read?src= articles from other sites, and pages that do not exist. What a reader sees when the
 * article cannot be had is in failures.spec.ts (one browser run per cause) and
 * src/reader/load-remote.test.ts (every cause and its message, in both languages).
 */
import { expect, inProjectLanguage, test } from './fixtures';
import { ReaderPage, SEED, SEED_SLUG } from './pages/reader-page';
import { ARTICLE_URL, ENGLISH_ARTICLE, fakeHost, json, readUrl } from './pages/remote-host';
import { LANGUAGES, ui } from './pages/ui-text';

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
