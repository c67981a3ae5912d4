/**
 * Printing (issue #13, docs/decisions/0009-phone-and-print.md): the article once, in its own order,
 * with its headline and metadata; the threads as one line of labels; no chrome; the bundled article
 * on at most three A4 pages. The axe scans that lived here (the article with its sections
 * expanded, the settings dialog, a ?src= error page, in each theme) are states of the scan in
 * a11y-battery.spec.ts (docs/decisions/0007-e2e-suite.md).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReaderPage, SEED, THREAD_IDS } from './pages/reader-page';
import { LANGUAGES, ui } from './pages/ui-text';

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/gu)?.length ?? 0;
}

/** The page's text as printed: innerText of the body under print media (hidden elements give none). */
const printedText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Occurrences of `needle` in `haystack`, whitespace folded (line breaks differ between the copies). */
function occurrences(haystack: string, needle: string): number {
  const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();
  const h = fold(haystack);
  const n = fold(needle);
  let count = 0;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) count++;
  return count;
}

test.describe('printing', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): print is the same at every screen size.
  // Both UI languages: the thread line and the metadata are UI text, and its direction differs.
  for (const lng of LANGUAGES) {
    test(`the article once, in its own order, threads as one line of labels, no chrome, at most 3 A4 pages (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await reader.goto(SEED, lng);
      // A section the reader left open must not print its passages either.
      await reader.summary('middle-east').click();
      await expect(reader.thread('middle-east')).toHaveAttribute('open', '');
      const blocks = await reader.articleBody.locator('p[id], li[id], h2[id], h3[id], blockquote[id]').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
      expect(blocks.length).toBeGreaterThan(10);

      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const text = await printedText(page);

      // Every block of the text exactly once, and in the article's order.
      let from = 0;
      for (const block of blocks) {
        expect(occurrences(text, block), `printed once: ${block.slice(0, 40)}…`).toBe(1);
        const at = text.replace(/\s+/gu, ' ').indexOf(block.replace(/\s+/gu, ' ').trim(), from);
        expect(at, `in order: ${block.slice(0, 40)}…`).toBeGreaterThanOrEqual(from);
        from = at;
      }
      // The headline first.
      await expect(reader.title).toBeVisible();
      expect(occurrences(text, await reader.title.innerText())).toBe(1);

      // The threads: one line naming them in the UI language, no sections, no passages, no links to them.
      const labels = await page.locator('[data-thread] > summary bdi').allInnerTexts();
      expect(labels).toHaveLength(THREAD_IDS.length);
      const line = page.locator('.threads-print');
      await expect(line).toBeVisible();
      await expect(line).toHaveText(ui(lng, 'threads.printList', { list: labels.join(' · ') }));
      for (const id of THREAD_IDS) await expect(reader.thread(id)).toBeHidden();
      await expect(reader.threadsHeading).toBeHidden();
      expect(occurrences(text, ui(lng, 'threads.goTo'))).toBe(0);

      // No chrome: site header, progress bar, buttons, "who said what", reading time.
      await expect(reader.header).toBeHidden();
      await expect(reader.progress).toBeHidden();
      await expect(reader.whoSaidWhat).toBeHidden();
      await expect(page.locator('button:visible')).toHaveCount(0);
      expect(await page.locator('article a[href^="#"]:visible').count(), 'no links within the page on paper').toBe(0);
      // Statements stay marked without colour: an underline.
      expect(await reader.style(reader.quotes.first(), 'text-decoration-line')).toBe('underline');

      // Paper: at most three A4 pages (Chromium prints with print media whatever was emulated).
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdfPageCount(pdf);
      test.info().annotations.push({ type: 'A4 pages', description: String(pages) });
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);

      // Back on screen the sections are as the reader left them.
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      expect(await reader.openThreadIds()).toEqual(['middle-east']);
      await expect(reader.header).toBeVisible();
      await expect(line).toBeHidden();
    });
  }
});
