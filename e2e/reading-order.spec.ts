/**
 * Where the story starts (issue #13, docs/decisions/0009-phone-and-print.md): on a phone the
 * lead paragraph's first three lines are on the first screen, however many statements and speakers
 * "who said what" lists, and the panels are still there, in the same order for eyes and keyboard;
 * on desktop "who said what" stays open beside the text.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { manySpeakersArticle, SPEAKER_COUNT } from './pages/many-speakers';
import { ReaderPage, SEED } from './pages/reader-page';
import { fakeHost, HOST, json, readUrl } from './pages/remote-host';
import { LANGUAGES, ui, type Lng } from './pages/ui-text';

const MANY = `${HOST}/feeds/nine-speakers.json`;

/**
 * The bottom of the third line of the article's first paragraph, in viewport pixels, from the line
 * boxes of its text (a Range's client rects: one or more per line, grouped by their bottom edge),
 * and the number of lines found, so a lead shorter than three lines cannot pass unnoticed.
 */
async function leadLines(page: Page): Promise<{ thirdBottom: number; lines: number; scrollY: number; viewport: number }> {
  return page.locator('article .article-body p').first().evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const bottoms: number[] = [];
    for (const rect of range.getClientRects()) {
      if (rect.height === 0) continue;
      // Rects of one line (runs of different direction, a mark) share a bottom within a pixel or two.
      if (!bottoms.some((b) => Math.abs(b - rect.bottom) < 4)) bottoms.push(rect.bottom);
    }
    bottoms.sort((a, b) => a - b);
    return { thirdBottom: bottoms[2] ?? Number.POSITIVE_INFINITY, lines: bottoms.length, scrollY: window.scrollY, viewport: window.innerHeight };
  });
}

/** Opens `path` at `width`×`height` and checks the lead's third line ends on the first screen. */
async function expectLeadOnFirstScreen(reader: ReaderPage, path: string, lng: Lng, width: number, height: number): Promise<void> {
  await reader.page.setViewportSize({ width, height });
  await reader.goto(path, lng);
  const lead = await leadLines(reader.page);
  const where = `${path.startsWith('/read?') ? 'nine speakers' : 'bundled article'} at ${width}×${height}`;
  // For the record (the JSON reporter shows it): docs/decisions/0009-phone-and-print.md quotes these.
  test.info().annotations.push({ type: `lead's third line, ${lng}, ${where}`, description: `${Math.round(lead.thirdBottom)} px of ${height}` });
  expect(lead.lines, `${where}: the lead runs to three lines at least`).toBeGreaterThanOrEqual(3);
  expect(lead.scrollY, `${where}: not scrolled`).toBe(0);
  expect(lead.viewport).toBe(height);
  expect(lead.thirdBottom, `${where}: bottom of the lead's third line`).toBeLessThanOrEqual(height);
}

test.describe('the story starts on the first screen', { tag: '@phone-only' }, () => {
  // Phones only (the projects' grep): the phone layout; both UI languages, as the wording of the
  // panels above the text (and so their height) differs.
  for (const lng of LANGUAGES) {
    test(`bundled article and nine statements by nine speakers, at 412×839 and 360×740 (${lng})`, async ({ page }) => {
      await fakeHost(page, [json(manySpeakersArticle())]);
      const reader = new ReaderPage(page);
      for (const [width, height] of [[412, 839], [360, 740]] as const) {
        await expectLeadOnFirstScreen(reader, SEED, lng, width, height);
        await expectLeadOnFirstScreen(reader, readUrl(MANY), lng, width, height);
      }

      // The panels are still before the text, in DOM and on screen (so Tab meets them in the order seen),
      // "who said what" as one row giving the number of statements, closed.
      const summary = reader.whoSaidWhat.locator('summary');
      const n = lng === 'ar' ? new Intl.NumberFormat('ar-u-nu-arab').format(SPEAKER_COUNT) : String(SPEAKER_COUNT);
      await expect(summary).toHaveText(ui(lng, 'quotes.statements', { count: SPEAKER_COUNT, n }));
      await expect(reader.whoSaidWhatLinks.first()).toBeHidden();
      for (const id of ['ukraine', 'middle-east', 'korea']) await expect(reader.summary(id)).toBeVisible();
      const panels = (await reader.whoSaidWhat.boundingBox())!;
      const threads = (await reader.threadsSection.boundingBox())!;
      const body = (await reader.articleBody.boundingBox())!;
      expect(threads.y + threads.height).toBeLessThanOrEqual(panels.y);
      expect(panels.y + panels.height).toBeLessThanOrEqual(body.y);

      // Opened, it lists every speaker with a link to their statement, full width below its title.
      await summary.click();
      await expect(reader.whoSaidWhat.locator('details > ul > li')).toHaveCount(SPEAKER_COUNT);
      await expect(reader.whoSaidWhatLinks).toHaveCount(SPEAKER_COUNT);
      await expect(reader.whoSaidWhatLinks.last()).toBeVisible();
      const heading = (await reader.whoSaidWhat.locator('#who-said-what').boundingBox())!;
      const list = (await reader.whoSaidWhat.locator('details > ul').boundingBox())!;
      expect(list.y).toBeGreaterThanOrEqual(heading.y + heading.height);
      expect(await reader.horizontalOverflow()).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('desktop keeps "who said what" open beside the text', { tag: '@desktop-only' }, () => {
  // English UI on desktop, as for every size-independent check there (docs/decisions/0007-e2e-suite.md).
  test('nine speakers: the list is open in the side column, its disclosure neither shown nor a Tab stop; the lead starts on the first screen', async ({ page }) => {
    await fakeHost(page, [json(manySpeakersArticle())]);
    const reader = new ReaderPage(page);
    await reader.goto(readUrl(MANY), 'en');
    await expect(reader.whoSaidWhat.locator('details > ul > li')).toHaveCount(SPEAKER_COUNT);
    await expect(reader.whoSaidWhatLinks.first()).toBeVisible();
    await expect(reader.whoSaidWhat.locator('summary')).toBeHidden();
    // Beside the text, not above it: the two columns do not overlap across the page.
    const side = (await reader.whoSaidWhat.boundingBox())!;
    const body = (await reader.articleBody.boundingBox())!;
    expect(side.y).toBeLessThan(body.y);
    expect(side.x >= body.x + body.width || side.x + side.width <= body.x, 'side by side').toBe(true);
    const lead = await leadLines(page);
    expect(lead.lines).toBeGreaterThanOrEqual(3);
    expect(lead.thirdBottom).toBeLessThanOrEqual(lead.viewport);
    // Keyboard: from the last thread summary straight to the first statement link.
    await reader.tabTo('[data-thread="korea"] > summary');
    await page.keyboard.press('Tab');
    expect(await reader.focusedMatches('.who-said-what a[href^="#q-"]')).toBe(true);
  });
});
