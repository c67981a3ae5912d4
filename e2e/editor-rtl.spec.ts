/**
 * The editor for right-to-left newsrooms (issue #12): a plain-text draft is edited right to left
 * line by line (a Latin line stays left to right), article JSON stays left-to-right code, the caret
 * moves as in any RTL editor; the page works at 360 px with 44 px targets; the preview's reading
 * progress stays in the preview; numbers follow the reader's numerals; without JavaScript /preview
 * says that it needs it. Untagged tests run at desktop and phone size (the projects), each in its
 * project's UI language (docs/decisions/0007-e2e-suite.md).
 */
import type { Locator, Page } from '@playwright/test';
import { expect as baseExpect, inProjectLanguage, projectLanguage, test } from './fixtures';
import { EditorPage, installEditorLookup, type UiLanguage } from './pages/editor-page';
import { ui } from './pages/ui-text';

// Analysis runs in a worker on a shared two-core machine: give the page time to answer.
const expect = baseExpect.configure({ timeout: 15_000 });

const HEADLINE = 'محادثات في جنيف حول أمن المنطقة';
const FIRST_WORD = 'التقى';
const SENTENCE = `${FIRST_WORD} الوزيران في جنيف.`;
const LATIN = 'Talks resumed in Geneva.';
/** Headline, an Arabic sentence, a Latin sentence, with empty lines between: lines 0-4 of the editor. */
const PLAIN = [HEADLINE, '', SENTENCE, '', LATIN, ''].join('\n');

const ARTICLE = {
  format: 'sahifa-article/1',
  slug: 'geneva-talks',
  title: 'محادثات جنيف تبحث الأمن',
  lang: 'ar',
  dir: 'rtl',
  status: 'draft',
  threads: [{ id: 'ukraine', label: { ar: 'أوكرانيا', en: 'Ukraine' } }],
  body: [
    {
      type: 'paragraph',
      id: 'p1',
      content: [
        'قال وزير الخارجية ',
        { type: 'quote', kind: 'statement', speaker: 'وزير الخارجية', open: '«', close: '»', origin: 'auto', content: ['سنواصل الحوار مع كييف وموسكو'] },
        ' ثم غادر.',
      ],
      threads: [{ id: 'ukraine', origin: 'auto' }],
    },
    // Curly quotes in Arabic text: a typography warning with a Fix button.
    { type: 'paragraph', id: 'p2', content: ['وصف الوزير المحادثات بأنها “صريحة” في أوكرانيا.'], threads: [{ id: 'ukraine', origin: 'auto' }] },
  ],
};
const ARTICLE_TEXT = `${JSON.stringify(ARTICLE, null, 2)}\n`;

async function openPreview(page: Page, lng: UiLanguage): Promise<EditorPage> {
  await installEditorLookup(page);
  const pv = new EditorPage(page, lng);
  await pv.goto();
  return pv;
}

interface Box {
  left: number;
  right: number;
}

/**
 * A line of the editor as drawn: its text, its `dir`, its computed direction, the box of its whole
 * text and of each [from, to) range of it (Ranges over its text nodes, which highlighting may split).
 */
function drawnLine(line: Locator, ranges: [number, number][] = []) {
  return line.evaluate((el, parts) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const point = (offset: number): [Text, number] => {
      for (const node of nodes) {
        if (offset <= node.length) return [node, offset];
        offset -= node.length;
      }
      throw new Error('offset past the line');
    };
    const box = ([from, to]: [number, number]) => {
      const range = document.createRange();
      range.setStart(...point(from));
      range.setEnd(...point(to));
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right };
    };
    const text = nodes.map((n) => n.data).join('');
    return { text, dir: el.getAttribute('dir'), direction: getComputedStyle(el).direction, whole: text ? box([0, text.length]) : null, parts: parts.map(box) };
  }, ranges);
}

/** The range of the first occurrence of `part` in `text` (last when `last`). */
function rangeOf(text: string, part: string, last = false): [number, number] {
  const at = last ? text.lastIndexOf(part) : text.indexOf(part);
  if (at < 0) throw new Error(`“${part}” is not in “${text}”`);
  return [at, at + part.length];
}

/** Where the caret is drawn (CodeMirror draws it: drawSelection). */
function caretX(page: Page): Promise<number> {
  return page.locator('.cm-cursor-primary').evaluate((c) => c.getBoundingClientRect().left);
}

/** Where the caret is drawn once CodeMirror has drawn it for the current selection (it draws in its next frame). */
async function drawnCaretX(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return caretX(page);
}

const font = (page: Page) => page.locator('.cm-scroller').evaluate((s) => ({ family: getComputedStyle(s).fontFamily, spacing: getComputedStyle(s).letterSpacing }));

test.describe('right-to-left editing', () => {
  test('an Arabic plain-text draft is edited right to left line by line, in a text face; a Latin line stays left to right; converted to JSON it is left-to-right code; undo brings it back', async ({ page, isMobile }) => {
    const lng = projectLanguage(isMobile);
    const pv = await openPreview(page, lng);
    await pv.showEditor();
    const lines = page.locator('.cm-content > .cm-line');
    const editor = page.locator('.cm-editor');

    // Empty: the placeholder, in the UI language, reads in the UI's direction.
    await expect(page.locator('.cm-placeholder')).toHaveText(pv.t('preview.placeholder'));
    await expect(lines.first()).toHaveCSS('direction', lng === 'ar' ? 'rtl' : 'ltr');

    await pv.replaceText(PLAIN);
    await expect.poll(() => pv.editorText()).toBe(PLAIN);
    await expect(editor).toHaveAttribute('dir', 'rtl');
    const content = (await page.locator('.cm-content').boundingBox())!;

    // The Arabic sentence: right to left, its first word at the right end, its full stop at the left end.
    const arabic = await drawnLine(lines.nth(2), [rangeOf(SENTENCE, FIRST_WORD), rangeOf(SENTENCE, '.', true)]);
    expect(arabic.text).toBe(SENTENCE);
    expect([arabic.dir, arabic.direction]).toEqual(['rtl', 'rtl']);
    const [word, stop] = arabic.parts as [Box, Box];
    expect(word.right).toBeCloseTo(arabic.whole!.right, 0);
    expect(stop.left).toBeCloseTo(arabic.whole!.left, 0);
    expect(stop.right).toBeLessThanOrEqual(word.left);
    // Start-aligned in its own direction: it starts at the content's right edge.
    expect(content.x + content.width - arabic.whole!.right).toBeLessThan(20);

    // The Latin sentence: left to right, from the content's left edge.
    const latin = await drawnLine(lines.nth(4), [rangeOf(LATIN, 'Talks'), rangeOf(LATIN, '.', true)]);
    expect([latin.dir, latin.direction]).toEqual(['ltr', 'ltr']);
    expect(latin.parts[0]!.left).toBeCloseTo(latin.whole!.left, 0);
    expect(latin.parts[1]!.right).toBeCloseTo(latin.whole!.right, 0);
    expect(latin.whole!.left - content.x).toBeLessThan(20);

    // An empty line takes the draft's direction; the gutter stands on the right of the text.
    expect((await drawnLine(lines.nth(1))).direction).toBe('rtl');
    expect((await page.locator('.cm-gutters').boundingBox())!.x).toBeGreaterThanOrEqual(content.x + content.width - 1);

    // A proportional face with Arabic glyphs; no letter-spacing.
    const prose = await font(page);
    expect(prose.family).toMatch(/^"Sahifa Naskh"/u);
    expect(prose.family).not.toMatch(/mono/iu);
    expect(prose.spacing).toBe('normal');

    // Converted to JSON: every line left to right, the gutter on the left, monospace after the Arabic face.
    await pv.review.getByRole('button', { name: pv.t('preview.convert'), exact: true }).click();
    await expect.poll(async () => (await pv.editorText()).startsWith('{')).toBe(true);
    await expect(editor).toHaveAttribute('dir', 'ltr');
    expect(await lines.evaluateAll((all) => [...new Set(all.map((l) => getComputedStyle(l).direction))])).toEqual(['ltr']);
    const code = await font(page);
    expect(code.family).toMatch(/^"Sahifa Naskh", .*monospace$/u);
    expect(code.spacing).toBe('normal');
    const codeContent = (await page.locator('.cm-content').boundingBox())!;
    expect((await page.locator('.cm-gutters').boundingBox())!.x).toBeLessThan(codeContent.x);
    // The inside of the title's string is an isolated run (dir=auto, json-isolates.ts), right to left
    // inside the left-to-right line: its first word drawn to the right of the next one. Its quotation
    // marks stay outside the run, drawn where the code puts them: the opening one left of the Arabic.
    const titleText = `  "title": "${HEADLINE}",`;
    const titleLine = lines.filter({ hasText: '"title"' });
    const openMark = titleText.indexOf(': "') + 2;
    const closeMark = titleText.lastIndexOf('",');
    // (On the phone the line wraps: the opening mark shares a visual line with the first word, the
    // closing mark with the last.)
    const title = await drawnLine(titleLine, [rangeOf(titleText, 'محادثات'), rangeOf(titleText, 'في'), rangeOf(titleText, 'المنطقة'), [openMark, openMark + 1], [closeMark, closeMark + 1]]);
    expect(title.text).toBe(titleText);
    const [firstWord, secondWord, lastWord, opening, closing] = title.parts as [Box, Box, Box, Box, Box];
    expect(secondWord.right).toBeLessThan(firstWord.left);
    expect(opening.right).toBeLessThanOrEqual(firstWord.left + 1);
    expect(closing.left).toBeGreaterThanOrEqual(lastWord.right - 1);
    await expect(titleLine.locator('.cm-iso').filter({ hasText: 'محادثات' })).toHaveCSS('direction', 'rtl');
    await expect(titleLine.locator('.cm-iso').filter({ hasText: 'محادثات' })).toHaveCSS('unicode-bidi', 'isolate');

    // Undo (in the editor) brings the plain text back, right to left again.
    await pv.editor.focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => pv.editorText()).toBe(PLAIN);
    await expect(editor).toHaveAttribute('dir', 'rtl');
    await expect(lines.nth(2)).toHaveAttribute('dir', 'rtl');
  });

  test('the arrow keys move the caret as in any right-to-left editor: ← goes on through an Arabic line, → through a Latin one; Shift+← selects from the right', async ({ page, isMobile }) => {
    const pv = await openPreview(page, projectLanguage(isMobile));
    await pv.replaceText(PLAIN);
    await expect.poll(() => pv.editorText()).toBe(PLAIN);
    const sentence = page.locator('.cm-content > .cm-line').nth(2);

    // From the logical start of the Arabic sentence, at its right end, ← goes on and → comes back.
    const start = PLAIN.indexOf(SENTENCE);
    await pv.select(start);
    const x0 = await drawnCaretX(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await pv.selection()).from).toBe(start + 2);
    await expect.poll(() => caretX(page)).toBeLessThan(x0);
    const x2 = await caretX(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await pv.selection()).from).toBe(start + 1);
    await expect.poll(() => caretX(page)).toBeGreaterThan(x2);
    // End: the logical end, drawn at the left end of the line.
    await page.keyboard.press('End');
    await expect.poll(async () => (await pv.selection()).from).toBe(start + SENTENCE.length);
    const left = (await drawnLine(sentence)).whole!.left;
    await expect.poll(async () => Math.abs((await caretX(page)) - left)).toBeLessThan(3);

    // Shift+← from the start selects the first word, drawn at the right end of the line.
    await pv.select(start);
    for (let i = 0; i < FIRST_WORD.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => pv.selection()).toMatchObject({ from: start, to: start + FIRST_WORD.length });
    const word = (await drawnLine(sentence, [rangeOf(SENTENCE, FIRST_WORD)])).parts[0]!;
    await expect.poll(async () => {
      const selected = (await page.locator('.cm-selectionBackground').first().boundingBox())!;
      return Math.abs(selected.x + selected.width - word.right) < 3 && Math.abs(selected.x - word.left) < 3;
    }).toBe(true);

    // The Latin line: → goes on, to the right.
    const latin = PLAIN.indexOf(LATIN);
    await pv.select(latin);
    const l0 = await drawnCaretX(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await pv.selection()).from).toBe(latin + 1);
    await expect.poll(() => caretX(page)).toBeGreaterThan(l0);
  });
});

test.describe('the editor at 360 px', { tag: '@phone-only' }, () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('every control of /preview is a 44 px target, speaker fields at least 120 px wide, nothing wider than the screen', async ({ page, isMobile }) => {
    const lng = projectLanguage(isMobile);
    const pv = await openPreview(page, lng);
    await expect(pv.fileInput).toHaveAttribute('accept', /(?=.*\.txt)(?=.*\.json)(?=.*\.docx)(?=.*\.html)/u);
    await pv.replaceText(ARTICLE_TEXT);
    await pv.settled();
    await expect(pv.warningItems).not.toHaveCount(0);
    for (const summary of await pv.review.locator('summary').all()) await summary.click();
    await expect(pv.review.locator('[data-review-quote]')).toHaveCount(1);
    // The search panel too (Ctrl+F): fields, buttons, checkboxes.
    await pv.editor.focus();
    await page.keyboard.press('ControlOrMeta+f');
    await expect(page.locator('.cm-search')).toBeVisible();

    /**
     * Visible controls smaller than 44 × 44 px on the page, its header included; the preview frame
     * holds the reader's own controls scaled to fit, and the skip link is left out while it is hidden.
     */
    const small = () =>
      page.locator('body').evaluate((main) => {
        const frame = main.querySelector('[data-testid="draft-preview"]');
        return [...main.querySelectorAll('button, select, input, textarea, a[href], summary, label:has(> input), [role="tab"]')]
          .filter((el) => !frame?.contains(el) && !el.matches('.sr-only:not(:focus)') && getComputedStyle(el).visibility !== 'hidden')
          // A radio button or a checkbox is measured by its label; the file input is opened by its button.
          .filter((el) => !(el instanceof HTMLInputElement && (el.type === 'file' || el.type === 'radio' || el.type === 'checkbox')))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 43.5 || box.height < 43.5))
          .map(({ el, box }) => `${el.localName} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      });
    expect(await small(), 'edit tab').toEqual([]);
    const speaker = pv.review.getByLabel(pv.t('review.speaker'), { exact: true });
    expect((await speaker.boundingBox())!.width).toBeGreaterThanOrEqual(120);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.keyboard.press('Escape');
    await pv.showPreview();
    expect(await small(), 'preview tab').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('the preview', () => {
  test('the reading-progress bar of the previewed article stays inside the preview while the page scrolls', async ({ page, isMobile }) => {
    const pv = await openPreview(page, projectLanguage(isMobile));
    const paragraph = ARTICLE.body[0]!;
    const long = { ...ARTICLE, body: Array.from({ length: 30 }, (_, i) => ({ ...paragraph, id: `p${i}` })) };
    await pv.replaceText(`${JSON.stringify(long, null, 2)}\n`);
    await pv.showPreview();
    await expect(pv.title).toHaveText(ARTICLE.title);
    const bar = pv.page.locator('.reading-progress');
    await expect(bar).toHaveCount(1);

    const pane = pv.page.locator('section[aria-labelledby="draft-preview-title"]');
    await pv.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => bar.evaluate((b) => new DOMMatrix(getComputedStyle(b).transform).a)).toBeGreaterThan(0.1);
    // In the preview pane, not across the page, and never fixed to the viewport: at its top while the preview scrolls by.
    expect(await pane.evaluate((section) => section.contains(document.querySelector('.reading-progress')))).toBe(true);
    expect(
      await bar.evaluate((b) => {
        for (let e: Element | null = b; e; e = e.parentElement) if (getComputedStyle(e).position === 'fixed') return true;
        return false;
      }),
    ).toBe(false);
    const shown = (await bar.boundingBox())!;
    const frame = (await pane.boundingBox())!;
    expect(shown.x).toBeGreaterThanOrEqual(frame.x - 1);
    expect(shown.x + shown.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    expect(Math.abs(shown.y)).toBeLessThanOrEqual(1);
  });
});

inProjectLanguage('ar', () => {
  test('numbers in the Arabic UI follow the reader’s numerals: Arabic-Indic by default, Latin when chosen (ar)', async ({ page }) => {
    const pv = await openPreview(page, 'ar');
    await pv.replaceText('{\n  "format": "sahifa-article/1",\n  "title": \n}\n');
    await pv.settled();
    const problem = pv.problemItems.first();
    await expect(problem).toHaveAttribute('data-line', /\d/u);
    const at = { line: Number(await problem.getAttribute('data-line')), column: Number(await problem.getAttribute('data-column')) };
    // "السطر ٤، العمود ١": the hooks keep Latin digits, the wording follows the reader's.
    await expect(problem).toContainText(ui('ar', 'problems.at', { line: pv.digits(at.line), column: pv.digits(at.column) }));
    await expect(problem).toContainText(/السطر [٠-٩]+، العمود [٠-٩]+/u);
    await expect(pv.saveState).toHaveText(/^[^0-9]*[٠-٩][^0-9]*$/u);
    // The gutter's line numbers too, and CodeMirror's own panels speak Arabic.
    await expect(page.locator('.cm-lineNumbers .cm-gutterElement').filter({ hasText: /^٣$/u })).toHaveCount(1);
    await pv.editor.focus();
    await page.keyboard.press('ControlOrMeta+f');
    await expect(page.locator('.cm-search').getByRole('button', { name: ui('ar', 'preview.phrases.replace all'), exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    // Latin digits chosen in the reader's settings: the page follows (after a reload: the restored-draft notice too).
    await page.evaluate(() => localStorage.setItem('sahifa:reader-settings', JSON.stringify({ numerals: 'latn' })));
    await page.reload();
    await pv.ready();
    await pv.settled();
    await expect(pv.problemItems.first()).toContainText(ui('ar', 'problems.at', at));
    await expect(pv.status).toHaveText(/^[^٠-٩]*[0-9][^٠-٩]*$/u);
    await expect(pv.saveState).toHaveText(/^[^٠-٩]*[0-9][^٠-٩]*$/u);
    await expect(page.locator('.cm-lineNumbers .cm-gutterElement').filter({ hasText: /^3$/u })).toHaveCount(1);
  });
});

test.describe('without JavaScript', { tag: '@desktop-only' }, () => {
  test.use({ javaScriptEnabled: false });

  test('/preview says, in Arabic and in English, that the editor needs JavaScript, and links to the articles', async ({ page }) => {
    await page.goto('/preview');
    for (const lng of ['ar', 'en'] as const) {
      const notice = page.locator(`#root [lang="${lng}"]`);
      await expect(notice).toContainText(ui(lng, 'preview.noScript'));
      await expect(notice.getByRole('link', { name: ui(lng, 'preview.noScriptLibrary'), exact: true })).toHaveAttribute('href', `/?lng=${lng}`);
    }
  });
});
