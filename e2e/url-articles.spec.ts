import { expect, test } from './fixtures';
import { ReaderPage, SEED } from './pages/reader-page';
import { ARTICLE_URL, ENGLISH_ARTICLE, fakeHost, json, readUrl, type Reply } from './pages/remote-host';

const T = {
  ar: {
    loadFailed: 'تعذّر تحميل المقالة.',
    retry: 'أعد المحاولة',
    loading: 'جارٍ تحميل المقالة…',
    http: (s: number) => `ردّ الخادم بالخطأ ${s}.`,
    notJson: 'لم يُرجع العنوان مقالة بصيغة JSON.',
    invalid: 'هذه المقالة غير صالحة:',
    network: 'تعذّر الوصول إلى المقالة. تحقّق من اتصالك.',
    timeout: 'استغرق الخادم وقتًا أطول من اللازم للرد.',
    badSource: 'لا يمكن تحميل إلا عناوين http وhttps.',
    noSource: 'أعطِ عنوان المقالة بالشكل ‎?src=https://…',
    at: (line: number, column: number) => `السطر ${line}، العمود ${column}`,
  },
  en: {
    loadFailed: 'The article could not be loaded.',
    retry: 'Try again',
    loading: 'Loading the article…',
    http: (s: number) => `The server answered with error ${s}.`,
    notJson: 'The address did not return article JSON.',
    invalid: 'This article is not valid:',
    network: 'The article could not be reached. Check your connection.',
    timeout: 'The server took too long to answer.',
    badSource: 'Only http and https addresses can be loaded.',
    noSource: 'Give the article’s address as ?src=https://…',
    at: (line: number, column: number) => `Line ${line}, column ${column}`,
  },
} as const;

/** An article whose `status` is not one of the allowed values, pretty-printed: the problem has a known line. */
const INVALID_TEXT = JSON.stringify({ ...ENGLISH_ARTICLE, status: 'live' }, null, 2);
const statusLine = INVALID_TEXT.split('\n').findIndex((l) => l.includes('"status"')) + 1;
const statusColumn = INVALID_TEXT.split('\n')[statusLine - 1]!.indexOf('"live"') + 1;

/** A JSON syntax error on line 3. */
const BROKEN_TEXT = '{\n  "format": "sahifa-article/1",\n  "title": oops\n}\n';

async function expectFailure(reader: ReaderPage, lng: 'ar' | 'en', message: string, retry: boolean, timeout?: number) {
  await expect(reader.alert).toBeVisible({ timeout });
  await expect(reader.alert.getByRole('heading', { level: 1 })).toHaveText(T[lng].loadFailed);
  await expect(reader.alert).toContainText(message);
  await expect(reader.alert.getByRole('button', { name: T[lng].retry })).toHaveCount(retry ? 1 : 0);
  // Never a blank page: the site header stays, with its way home.
  await expect(reader.header).toBeVisible();
  await expect(reader.article).toHaveCount(0);
}

test.describe('/read?src= articles from other sites', () => {
  test.skip(({ isMobile }) => isMobile, 'size-independent behaviour: desktop only');

  for (const lng of ['ar', 'en'] as const) {
    test(`a valid English article renders left-to-right inside the ${lng} UI`, async ({ page }) => {
      const host = await fakeHost(page, [json(ENGLISH_ARTICLE)]);
      const reader = new ReaderPage(page);
      await reader.goto(readUrl(ARTICLE_URL), lng);
      await expect(reader.title).toHaveText(ENGLISH_ARTICLE.title);
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

  for (const lng of ['ar', 'en'] as const) {
    test(`HTTP errors 404 and 500 are explained, and retrying works (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      const host = await fakeHost(page, [{ status: 404, body: 'gone' }, { status: 500, body: 'oops' }, json(ENGLISH_ARTICLE)]);
      await reader.goto(readUrl(ARTICLE_URL), lng);
      await expectFailure(reader, lng, T[lng].http(404), true);
      await reader.alert.getByRole('button', { name: T[lng].retry }).click();
      await expect(reader.alert).toContainText(T[lng].http(500));
      expect(host.requests()).toBe(2);
      await reader.alert.getByRole('button', { name: T[lng].retry }).click();
      await expect(reader.title).toHaveText(ENGLISH_ARTICLE.title);
      await expect(reader.alert).toHaveCount(0);
      expect(host.requests()).toBe(3);
    });
  }

  test('a page that is not JSON (text/html) is refused as not an article, with a retry', async ({ page }) => {
    const reader = new ReaderPage(page);
    await fakeHost(page, [{ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>News</title><p>Hello</p>' }, json(ENGLISH_ARTICLE)]);
    await reader.goto(readUrl(ARTICLE_URL), 'ar');
    await expectFailure(reader, 'ar', T.ar.notJson, true);
    await reader.alert.getByRole('button', { name: T.ar.retry }).click();
    await expect(reader.title).toHaveText(ENGLISH_ARTICLE.title);
  });

  for (const lng of ['ar', 'en'] as const) {
    test(`an invalid article lists its problems with line and column, without a retry (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await fakeHost(page, [json(INVALID_TEXT)]);
      await reader.goto(readUrl(ARTICLE_URL), lng);
      await expectFailure(reader, lng, T[lng].invalid, false);
      const problems = reader.alert.locator('ul > li');
      await expect(problems).toHaveCount(1);
      await expect(problems.first()).toContainText(`${T[lng].at(statusLine, statusColumn)}:`);
      await expect(problems.first()).toContainText('/status');
    });
  }

  test('a JSON syntax error is shown with its line and column', async ({ page }) => {
    const reader = new ReaderPage(page);
    await fakeHost(page, [json(BROKEN_TEXT)]);
    await reader.goto(readUrl(ARTICLE_URL), 'en');
    await expectFailure(reader, 'en', T.en.invalid, false);
    await expect(reader.alert.locator('ul > li').first()).toContainText('Line 3, column 12: JSON syntax error');
  });

  test('a network failure says so, and retrying works', async ({ page }) => {
    const reader = new ReaderPage(page);
    await fakeHost(page, ['abort', json(ENGLISH_ARTICLE)]);
    await reader.goto(readUrl(ARTICLE_URL), 'ar');
    await expectFailure(reader, 'ar', T.ar.network, true);
    await reader.alert.getByRole('button', { name: T.ar.retry }).click();
    await expect(reader.title).toHaveText(ENGLISH_ARTICLE.title);
  });

  test('a server that never answers: the loading message, then the timeout error after 10 s, then a retry that works', async ({ page }) => {
    test.setTimeout(45_000);
    const reader = new ReaderPage(page);
    const host = await fakeHost(page, ['hang', json(ENGLISH_ARTICLE)]);
    const started = Date.now();
    await reader.goto(readUrl(ARTICLE_URL), 'en');
    await expect(page.getByText(T.en.loading)).toBeVisible();
    await expect(reader.alert).toHaveCount(0);
    await expectFailure(reader, 'en', T.en.timeout, true, 15_000);
    expect(Date.now() - started).toBeGreaterThan(9_000);
    await reader.alert.getByRole('button', { name: T.en.retry }).click();
    await expect(reader.title).toHaveText(ENGLISH_ARTICLE.title);
    expect(host.requests()).toBe(2);
    await host.release({ status: 200, body: '{}' } satisfies Reply);
  });

  for (const lng of ['ar', 'en'] as const) {
    test(`an unsafe or missing src is refused with a translated message and no retry (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      const host = await fakeHost(page, [json(ENGLISH_ARTICLE)]);
      await reader.goto(readUrl('javascript:alert(document.domain)'), lng);
      await expectFailure(reader, lng, T[lng].badSource, false);
      await reader.goto(readUrl('data:application/json,{}'), lng);
      await expectFailure(reader, lng, T[lng].badSource, false);
      await reader.goto(readUrl('not a url'), lng);
      await expectFailure(reader, lng, T[lng].badSource, false);
      await reader.goto('/read', lng);
      await expectFailure(reader, lng, T[lng].noSource, false);
      await reader.goto('/read?src=', lng);
      await expectFailure(reader, lng, T[lng].noSource, false);
      expect(host.requests()).toBe(0);
    });
  }
});

test.describe('pages that do not exist', () => {
  for (const lng of ['ar', 'en'] as const) {
    test(`an unknown path shows the translated 404 page (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await reader.goto('/no/such/page', lng);
      await expect(reader.alert.getByRole('heading', { level: 1 })).toHaveText(lng === 'ar' ? 'الصفحة غير موجودة' : 'Page not found');
      await expect(reader.alert).toContainText(lng === 'ar' ? 'لا توجد صفحة بهذا العنوان.' : 'There is no page at this address.');
      const back = reader.alert.getByRole('link', { name: lng === 'ar' ? 'العودة إلى المكتبة' : 'Back to the library' });
      await back.click();
      await expect(page).toHaveURL(/\/$/u);
      await expect(page.getByRole('link', { name: /بكين وموسكو/u })).toBeVisible();
    });

    test(`/read/unknown-slug shows the article-not-found message (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await reader.goto('/read/unknown-slug', lng);
      await expect(reader.alert.getByRole('heading', { level: 1 })).toHaveText(lng === 'ar' ? 'الصفحة غير موجودة' : 'Page not found');
      await expect(reader.alert).toContainText(lng === 'ar' ? 'لا توجد مقالة مرفقة باسم «unknown-slug».' : 'There is no bundled article called “unknown-slug”.');
      await expect(reader.article).toHaveCount(0);
      await expect(reader.header).toBeVisible();
    });
  }

  test('the bundled article is not confused with a near slug', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(`${SEED}-2`, 'en');
    await expect(reader.alert).toContainText('There is no bundled article called “beijing-moscow-talks-2”.');
  });
});
