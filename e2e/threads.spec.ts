import { expect, inProjectLanguage, test } from './fixtures';
import { openThreadsKey, ReaderPage, SEED, SEED_PASSAGES, SEED_SLUG, storeSettings, THREAD_IDS } from './pages/reader-page';

const LABELS = {
  ar: { ukraine: ['أوكرانيا', '٤ مقاطع'], 'middle-east': ['الشرق الأوسط', 'مقطعان'], korea: ['كوريا', '٣ مقاطع'] },
  en: { ukraine: ['Ukraine', '4 passages'], 'middle-east': ['Middle East', '2 passages'], korea: ['Korea', '3 passages'] },
} as const;

test.describe('thread sections', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): size-independent behaviour: desktop only.

  for (const lng of ['ar', 'en'] as const) {
    test(`one section per thread, labelled in the UI language with its passage count (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await reader.goto(SEED, lng);
      await expect(page.locator('[data-thread]')).toHaveCount(3);
      for (const id of THREAD_IDS) {
        await expect(reader.thread(id)).toHaveAttribute('id', `thread-${id}`);
        await expect(reader.thread(id)).toHaveJSProperty('tagName', 'DETAILS');
        await expect(reader.thread(id)).not.toHaveAttribute('open');
        const [label, count] = LABELS[lng][id];
        // The label is content (an article may define its threads): it is in its own isolate.
        await expect(reader.summary(id).locator('bdi')).toHaveText(label);
        await expect(reader.summary(id).locator('span').last()).toHaveText(count);
      }
      await expect(reader.threadsHeading).toHaveText(lng === 'ar' ? 'محاور القصة' : 'The story’s threads');
    });
  }

  test('passage counts follow the numerals setting (Latin digits in the Arabic UI)', async ({ page }) => {
    await storeSettings(page, { numerals: 'latn' });
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    await expect(reader.summary('ukraine').locator('span').last()).toHaveText('4 مقاطع');
    await expect(reader.summary('korea').locator('span').last()).toHaveText('3 مقاطع');
    await expect(reader.summary('middle-east').locator('span').last()).toHaveText('مقطعان');
  });

  test('the summary toggles a section, which lists its passages with highlighted quotes and links into the text', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    await expect(reader.passages('ukraine').first()).toBeHidden();

    await reader.summary('ukraine').click();
    await expect(reader.thread('ukraine')).toHaveAttribute('open', '');
    await expect(reader.passages('ukraine')).toHaveCount(4);
    await expect(reader.passages('ukraine').first()).toBeVisible();
    // The closing statement (b12) is highlighted in the section too, without a second anchor.
    const mark = reader.thread('ukraine').locator('mark[data-quote]');
    await expect(mark).toHaveCount(1);
    await expect(mark).not.toHaveAttribute('id');
    expect(await reader.style(mark, 'background-color')).not.toBe('rgba(0, 0, 0, 0)');
    await expect(reader.passageLinks('ukraine')).toHaveCount(4);
    for (const [i, id] of SEED_PASSAGES.ukraine.entries()) {
      await expect(reader.passageLinks('ukraine').nth(i)).toHaveAttribute('href', `#${id}`);
      await expect(reader.passageLinks('ukraine').nth(i)).toHaveText('انتقل إلى هذا المقطع في المقالة');
    }
    // Other sections stay closed.
    expect(await reader.openThreadIds()).toEqual(['ukraine']);

    // A passage link jumps to the passage in the full text.
    await reader.passageLinks('ukraine').nth(2).click();
    await expect(page).toHaveURL(/#b10$/u);
    const target = reader.articleBody.locator('#b10');
    await expect(target).toBeInViewport();
    await expect(target).toContainText('يأتي لقاء لافروف مع وانغ يي');

    await reader.summary('ukraine').click();
    await expect(reader.thread('ukraine')).not.toHaveAttribute('open');
    await expect(reader.passages('ukraine').first()).toBeHidden();
  });

  test('passages of each section are the blocks tagged with its thread, in reading order', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'en');
    for (const id of THREAD_IDS) {
      const hrefs = await reader.passageLinks(id).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs, id).toEqual(SEED_PASSAGES[id].map((b) => `#${b}`));
    }
  });

  test('"Expand all" opens every section and becomes "Collapse all"', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'en');
    await expect(reader.toggleAll).toHaveText('Expand all');
    await reader.toggleAll.click();
    for (const id of THREAD_IDS) await expect(reader.thread(id)).toHaveAttribute('open', '');
    await expect(reader.toggleAll).toHaveText('Collapse all');
    await reader.toggleAll.click();
    for (const id of THREAD_IDS) await expect(reader.thread(id)).not.toHaveAttribute('open');
    await expect(reader.toggleAll).toHaveText('Expand all');
    // Opening the sections one by one also turns the button into "Collapse all".
    for (const id of THREAD_IDS) await reader.summary(id).click();
    await expect(reader.toggleAll).toHaveText('Collapse all');
  });

  test('"Expand all" is translated in the Arabic UI', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    await expect(reader.toggleAll).toHaveText('افتح الكل');
    await reader.toggleAll.click();
    await expect(reader.toggleAll).toHaveText('اطوِ الكل');
    expect(await reader.openThreadIds()).toEqual([...THREAD_IDS]);
  });

  test('open sections are remembered per article across a reload', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    await reader.summary('korea').click();
    await reader.summary('ukraine').click();
    await expect(reader.thread('korea')).toHaveAttribute('open', '');
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), openThreadsKey(SEED_SLUG));
    expect(new Set(stored)).toEqual(new Set(['korea', 'ukraine']));

    await page.reload();
    await reader.waitForApp();
    await expect(reader.thread('korea')).toHaveAttribute('open', '');
    await expect(reader.thread('ukraine')).toHaveAttribute('open', '');
    await expect(reader.thread('middle-east')).not.toHaveAttribute('open');

    // Closing one is remembered too, in the other UI language as well.
    await reader.summary('korea').click();
    await expect(reader.thread('korea')).not.toHaveAttribute('open');
    await reader.goto(SEED, 'en');
    expect(await reader.openThreadIds()).toEqual(['ukraine']);
  });

  test('closed sections keep their passages in the DOM (find-in-page), and the full text follows in its own order', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'ar');
    await expect(reader.thread('korea')).not.toHaveAttribute('open');
    const closedText = await reader.thread('korea').evaluate((el) => el.textContent ?? '');
    expect(closedText).toContain('الوضع في شبه الجزيرة الكورية');
    expect(closedText).toContain('أجرى وزير الخارجية الروسي');

    // The full article text: every block once, in the source order, after the thread sections.
    const ids = await reader.articleBody.locator('[id^="b"]:not(mark)').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b5-list', 'b5-1', 'b5-2', 'b6', 'b7', 'b8', 'b8-list', 'b8-1', 'b8-2', 'b8-3', 'b9', 'b10', 'b11', 'b12']);
    const following = await reader.threadsSection.evaluate((threads) => {
      const body = document.querySelector('article .article-body')!;
      return Boolean(threads.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(following).toBe(true);
    const threadsBox = (await reader.threadsSection.boundingBox())!;
    const bodyBox = (await reader.articleBody.boundingBox())!;
    expect(bodyBox.y).toBeGreaterThanOrEqual(threadsBox.y + threadsBox.height);
    await expect(reader.articleBody.locator('#b1')).toBeVisible();
    await expect(reader.articleBody).toContainText('الوضع في شبه الجزيرة الكورية');
  });

  test('a #thread- link followed on the page opens that section', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(SEED, 'en');
    await page.evaluate(() => {
      window.location.hash = '#thread-middle-east';
    });
    await expect(reader.thread('middle-east')).toHaveAttribute('open', '');
    await expect(reader.thread('middle-east')).toBeInViewport();
  });
});

test.describe('thread deep links', () => {
  // Scrolling depends on the screen, not the wording: Arabic on the phone, English on desktop.
  for (const lng of ['ar', 'en'] as const) {
    inProjectLanguage(lng, () => {
      test(`/read/<slug>#thread-korea opens that section and scrolls it into view (${lng})`, async ({ page }) => {
        const reader = new ReaderPage(page);
        await reader.goto(SEED, lng, '#thread-korea');
        await expect(reader.thread('korea')).toHaveAttribute('open', '');
        await expect(reader.passages('korea').first()).toBeVisible();
        await expect(reader.summary('korea')).toBeInViewport();
        // The summary is near the top of the viewport, not merely somewhere on screen.
        const box = (await reader.summary('korea').boundingBox())!;
        expect(box.y).toBeLessThan(page.viewportSize()!.height / 2);
        expect(await reader.openThreadIds()).toEqual(['korea']);
      });
    });
  }

  test('the deep link works on the prerendered page without a lng parameter', async ({ page }) => {
    const reader = new ReaderPage(page);
    await page.goto(`${SEED}#thread-ukraine`);
    await reader.waitForApp();
    await expect(reader.thread('ukraine')).toHaveAttribute('open', '');
    await expect(reader.summary('ukraine')).toBeInViewport();
  });
});
