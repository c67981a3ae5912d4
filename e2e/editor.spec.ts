/**
 * The editor's draft preview, `/preview` (issue #4): pasting article JSON and plain newsroom text,
 * problems with their places, autosave and recent drafts, the device frame, review, files, download,
 * share links, accessibility and languages. Runs at desktop and phone sizes (the projects), in the
 * English UI on desktop and the Arabic UI on the phone (docs/decisions/0007-e2e-suite.md); on a
 * phone the editor and the preview are tabs, which the page object switches as a person would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { axeViolations, expect as baseExpect, inProjectLanguage, test } from './fixtures';
import { DEVICE_WIDTHS, installEditorLookup, positionOf, EditorPage, type Device, type UiLanguage } from './pages/editor-page';
import { LANGUAGES, uiPattern } from './pages/ui-text';
import { ENGLISH_ARTICLE } from './pages/remote-host';

// Analysis runs in a worker on a shared two-core machine: give the page time to answer.
const expect = baseExpect.configure({ timeout: 15_000 });

const THREAD_LABELS = { ukraine: { ar: 'أوكرانيا', en: 'Ukraine' }, korea: { ar: 'كوريا', en: 'Korea' } } as const;

/** A small Arabic article with two statements (named speakers), one passage in "ukraine" and two in "korea". */
const ARTICLE = {
  format: 'sahifa-article/1',
  slug: 'geneva-security-talks',
  title: 'محادثات جنيف تبحث الأمن في شرق أوروبا وآسيا',
  lang: 'ar',
  dir: 'rtl',
  status: 'draft',
  threads: [
    { id: 'ukraine', label: THREAD_LABELS.ukraine },
    { id: 'korea', label: THREAD_LABELS.korea },
  ],
  body: [
    {
      type: 'paragraph',
      id: 'p1',
      content: [
        'قال وزير الخارجية في مؤتمر صحفي عقده بعد الجلسة ',
        { type: 'quote', kind: 'statement', speaker: 'وزير الخارجية', open: '«', close: '»', origin: 'auto', content: ['سنواصل الحوار مع كييف وموسكو حتى نصل إلى اتفاق'] },
        ' ثم غادر القاعة.',
      ],
      threads: [{ id: 'ukraine', origin: 'auto' }],
    },
    { type: 'heading', id: 'h1', level: 2, content: ['شبه الجزيرة الكورية'], threads: [{ id: 'korea', origin: 'auto' }] },
    {
      type: 'paragraph',
      id: 'p2',
      content: [
        'وأضاف المتحدث باسم الوزارة أن ',
        { type: 'quote', kind: 'statement', speaker: 'المتحدث باسم الوزارة', open: '«', close: '»', origin: 'auto', content: ['التجارب الصاروخية الأخيرة تهدد المنطقة بأسرها'] },
        '.',
      ],
      threads: [{ id: 'korea', origin: 'auto' }],
    },
  ],
};
const ARTICLE_TEXT = `${JSON.stringify(ARTICLE, null, 2)}\n`;
const ARTICLE_STATEMENTS = [
  { text: 'سنواصل الحوار مع كييف وموسكو حتى نصل إلى اتفاق', speaker: 'وزير الخارجية' },
  { text: 'التجارب الصاروخية الأخيرة تهدد المنطقة بأسرها', speaker: 'المتحدث باسم الوزارة' },
];

/** Plain Arabic newsroom text of our own: headline, one paragraph per thread, a closing attributed statement. */
const PLAIN = {
  title: 'محادثات في جنيف حول أمن المنطقة',
  statement: 'لن نقبل بأي تصعيد جديد في المنطقة، والحوار هو الطريق الوحيد',
  speaker: 'المتحدث باسم الخارجية',
  threads: ['ukraine', 'korea', 'middle-east'],
};
const PLAIN_TEXT = [
  PLAIN.title,
  '',
  'التقى وزيرا خارجية البلدين في جنيف يوم الاثنين لبحث الحرب في أوكرانيا ومسار المفاوضات المتعثرة بين كييف وموسكو.',
  '',
  'وتناول اللقاء أيضًا التجارب الصاروخية لكوريا الشمالية، والتوتر المتزايد في شبه الجزيرة الكورية.',
  '',
  'وفي ملف الشرق الأوسط، ناقش الجانبان التصعيد بين إسرائيل وإيران وأثره على استقرار المنطقة.',
  '',
  `وقال ${PLAIN.speaker}: «${PLAIN.statement}».`,
  '',
].join('\n');

/** The seed article (plain Arabic text) from ../shared, read at test time; null when ../shared is not there. */
function readSeed(): { text: string; title: string; closingQuote: string } | null {
  const dir = fileURLToPath(new URL('../../shared/seed/', import.meta.url));
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0];
  if (!file) return null;
  const text = readFileSync(`${dir}${file}`, 'utf8').replace(/^\ufeff/u, '');
  const title = text.split('\n').find((l) => l.trim())!.trim();
  // The article ends with a statement in curly quotes.
  const closingQuote = text.slice(text.lastIndexOf('“') + 1, text.lastIndexOf('”')).trim();
  return { text, title, closingQuote };
}

/** Deterministic, poorly compressible Arabic-letter text of about `chars` characters, in paragraphs. */
function incompressibleText(chars: number): string {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى';
  let seed = 0x2f6b1d3;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const lines = ['مسودة طويلة جدًّا لا يحملها رابط', ''];
  let size = 0;
  while (size < chars) {
    let line = '';
    while (line.length < 600) {
      const word = Array.from({ length: 2 + Math.floor(next() * 7) }, () => letters[Math.floor(next() * letters.length)]).join('');
      line += `${word} `;
    }
    lines.push(line.trim(), '');
    size += line.length + 2;
  }
  return lines.join('\n');
}

/** The house quotation marks around a highlighted statement are drawn by the reader, not part of the words. */
const bare = (s: string) => s.replace(/^[\s«»“”"]+|[\s«»“”"]+$/gu, '');

async function statementsOf(pv: EditorPage) {
  return (await pv.statementList()).map((s) => ({ text: bare(s.text), speaker: s.speaker }));
}

/** Opens /preview in `lng` with CodeMirror's view reachable for assertions. */
async function openPreview(page: Page, lng: UiLanguage, hash = ''): Promise<EditorPage> {
  await installEditorLookup(page);
  const pv = new EditorPage(page, lng);
  await pv.goto(hash);
  return pv;
}

/** Pastes the test article and waits until the preview shows it. */
async function pasteArticle(pv: EditorPage, text = ARTICLE_TEXT, title = ARTICLE.title) {
  await pv.paste(text);
  await pv.settled();
  await pv.showPreview();
  await expect(pv.title).toHaveText(title);
}

/** Waits until the autosaver has stored `text` as a draft. */
async function saved(pv: EditorPage, text: string) {
  await expect.poll(() => pv.storedDrafts(), { message: 'draft saved in localStorage' }).toContain(text);
}

test.describe('editor preview (/preview)', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`pasted article JSON renders title, thread sections and statements; <html> follows the UI, <article> the article (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        await expect(pv.html).toHaveAttribute('lang', lng);
        await expect(pv.html).toHaveAttribute('dir', lng === 'ar' ? 'rtl' : 'ltr');
        await expect(page.getByRole('heading', { level: 1, name: pv.t('preview.title') })).toBeVisible();
        await pv.showPreview();
        await expect(pv.preview).toContainText(pv.t('preview.empty'));

        await pv.paste(ARTICLE_TEXT);
        expect(await pv.editorText()).toBe(ARTICLE_TEXT);
        await pv.settled();
        await pv.showPreview();
        await expect(pv.title).toHaveText(ARTICLE.title);
        expect(await pv.threadIds()).toEqual(['ukraine', 'korea']);
        await expect(pv.thread('ukraine').locator('summary')).toContainText(THREAD_LABELS.ukraine[lng]);
        expect(await statementsOf(pv)).toEqual(ARTICLE_STATEMENTS);
        await expect(pv.whoSaidWhat).toContainText(ARTICLE_STATEMENTS[0]!.speaker);
        await expect(pv.stale).toHaveCount(0);
        // The article keeps its own language and direction inside a UI in either language.
        await expect(pv.article).toHaveAttribute('lang', 'ar');
        await expect(pv.article).toHaveAttribute('dir', 'rtl');
        await expect(pv.html).toHaveAttribute('lang', lng);

        await pv.showEditor();
        await expect(pv.problemItems).toHaveCount(0);
        await expect(page.getByText(pv.t('preview.noProblems'), { exact: true })).toBeVisible();
      });
    });
  }

  test('the bundled article, fetched and pasted, renders its three threads and its closing statement', { tag: '@desktop-only' }, async ({ page }) => {
    // Desktop only (the projects' grep, playwright.config.ts): what renders does not depend on the screen: desktop only.
    const pv = await openPreview(page, 'en');
    const response = await page.request.get('/articles/beijing-moscow-talks.json');
    expect(response.ok()).toBe(true);
    const source = await response.text();
    const article = JSON.parse(source) as { title: string };
    await pasteArticle(pv, source, article.title);
    expect(await pv.threadIds()).toEqual(['ukraine', 'middle-east', 'korea']);
    const statements = await statementsOf(pv);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.text).toMatch(/^في وقت تشهد فيه العلاقات الدولية/u);
  });

  for (const [lng, other] of [
    ['ar', 'en'],
    ['en', 'ar'],
  ] as const) {
    inProjectLanguage(lng, () => {
      test(`an article in ${other === 'en' ? 'English' : 'Arabic'} keeps its lang and dir in the ${lng} UI`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        const [text, title, dir] = other === 'en' ? [JSON.stringify(ENGLISH_ARTICLE, null, 2), ENGLISH_ARTICLE.title, 'ltr'] : [ARTICLE_TEXT, ARTICLE.title, 'rtl'];
        await pasteArticle(pv, text, title);
        await expect(pv.article).toHaveAttribute('lang', other);
        await expect(pv.article).toHaveAttribute('dir', dir);
        expect(await pv.article.evaluate((el) => getComputedStyle(el).direction)).toBe(dir);
        await expect(pv.html).toHaveAttribute('lang', lng);
        await expect(pv.html).toHaveAttribute('dir', lng === 'ar' ? 'rtl' : 'ltr');
      });
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`the header's language link switches the preview's UI and <html lang dir>, keeping the draft and the article's own lang and dir (${lng})`, async ({ page }) => {
        const other: UiLanguage = lng === 'ar' ? 'en' : 'ar';
        const pv = await openPreview(page, lng);
        await pasteArticle(pv);
        await saved(pv, ARTICLE_TEXT);
        await page.locator('header a[hreflang]').click();
        const switched = new EditorPage(page, other);
        await switched.ready();
        await expect(switched.html).toHaveAttribute('dir', other === 'ar' ? 'rtl' : 'ltr');
        await expect(page.getByRole('heading', { level: 1, name: switched.t('preview.title') })).toBeVisible();
        await expect(switched.toolbar).toBeVisible();
        await expect.poll(() => switched.editorText()).toBe(ARTICLE_TEXT);
        await switched.showPreview();
        await expect(switched.title).toHaveText(ARTICLE.title);
        await expect(switched.article).toHaveAttribute('lang', 'ar');
        await expect(switched.article).toHaveAttribute('dir', 'rtl');
        await expect(switched.thread('ukraine').locator('summary')).toContainText(THREAD_LABELS.ukraine[other]);
      });
    });
  }

  test('keyboard: Tab leaves the editor without typing a tab, and Shift+Tab comes back', { tag: '@desktop-only' }, async ({ page }) => {
    // Desktop only (the projects' grep, playwright.config.ts): a keyboard: desktop only.
    const pv = await openPreview(page, 'en');
    await pv.editor.focus();
    await page.keyboard.insertText(PLAIN_TEXT);
    await pv.settled();
    await page.keyboard.press('Tab');
    await expect(pv.editor).not.toBeFocused();
    // Focus went on to the next control of the page, not lost to the document.
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40)}` : 'body';
    });
    expect(focused).not.toBe('body');
    await page.keyboard.press('Shift+Tab');
    await expect(pv.editor).toBeFocused();
    // Tab moved focus and typed nothing.
    expect(await pv.editorText()).toBe(PLAIN_TEXT);
  });

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`typing in a valid draft: the preview follows each key, and the problems heading (a live region) never says it is checking (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        await pasteArticle(pv);
        // From here on, every frame: does the heading's live region say "checking"?
        await page.evaluate((checking) => {
          const w = window as unknown as { checkingFrames: number; frames: number };
          w.checkingFrames = 0;
          w.frames = 0;
          const live = document.querySelector('#draft-problems-title [aria-live]')!;
          const watch = () => {
            w.frames++;
            if (live.textContent === checking) w.checkingFrames++;
            requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
        }, pv.t('preview.checking'));
        await pv.select(ARTICLE_TEXT.indexOf(ARTICLE.title) + ARTICLE.title.length);
        const added = ' والقاهرة';
        for (let i = 1; i <= added.length; i++) {
          await page.keyboard.type(added[i - 1]!);
          await expect(pv.title).toHaveText(ARTICLE.title + added.slice(0, i));
        }
        await expect(page.getByText(pv.t('preview.noProblems'), { exact: true })).toBeVisible();
        const { checkingFrames, frames } = await page.evaluate(() => {
          const w = window as unknown as { checkingFrames: number; frames: number };
          return { checkingFrames: w.checkingFrames, frames: w.frames };
        });
        expect(frames).toBeGreaterThan(added.length);
        expect(checkingFrames).toBe(0);
      });

      test(`broken JSON: the problem names its real line and column, the preview goes stale, clicking puts the cursor there, fixing clears it (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        await pasteArticle(pv);

        // Delete the comma after "lang": "ar".
        const commaAt = ARTICLE_TEXT.indexOf('"lang": "ar",') + '"lang": "ar"'.length;
        await pv.select(commaAt, commaAt + 1);
        await page.keyboard.press('Delete');
        const broken = ARTICLE_TEXT.slice(0, commaAt) + ARTICLE_TEXT.slice(commaAt + 1);
        expect(await pv.editorText()).toBe(broken);

        // The parser stops at the token after the missing comma: the "dir" key on the next line.
        const at = positionOf(broken, broken.indexOf('"dir"'));
        expect(at).toEqual({ line: 6, column: 3 });
        await expect(pv.problemItems).toHaveCount(1);
        const problem = pv.problemItems.first();
        await expect(problem).toHaveAttribute('data-line', String(at.line));
        await expect(problem).toHaveAttribute('data-column', String(at.column));
        const where = pv.t('problems.at', at);
        // "Error: Line 6, column 3: JSON syntax error: a comma was expected.", all in the UI language.
        const message = pv.t('problems.json-syntax', { error: pv.t('problems.syntax.CommaExpected') });
        await expect(problem.getByRole('button')).toHaveText(`${pv.t('preview.error')}: ${where}: ${message}`);

        // While broken, change the title: the preview keeps the last good render, marked stale.
        const newTitle = 'محادثات جنيف: الجولة الثانية';
        const titleAt = broken.indexOf(ARTICLE.title);
        await pv.select(titleAt, titleAt + ARTICLE.title.length);
        await page.keyboard.insertText(newTitle);
        const brokenRetitled = broken.replace(ARTICLE.title, newTitle);
        expect(await pv.editorText()).toBe(brokenRetitled);
        await pv.settled();
        await pv.showPreview();
        await expect(pv.stale).toBeVisible();
        await expect(pv.stale).toHaveText(pv.t('preview.stale'));
        await expect(pv.preview).toHaveAttribute('data-stale', 'true');
        await expect(pv.title).toHaveText(ARTICLE.title);
        expect(await pv.threadIds()).toEqual(['ukraine', 'korea']);

        // Choosing the problem puts the editor's selection on it, with the keyboard focus.
        await pv.showEditor();
        const errorOffset = brokenRetitled.indexOf('"dir"');
        await expect(pv.problemItems.first()).toHaveAttribute('data-line', String(at.line));
        await pv.problemItems.first().getByRole('button').click();
        await expect.poll(() => pv.selection()).toMatchObject({ from: errorOffset, to: errorOffset + '"dir"'.length, line: at.line, focused: true });
        await expect(pv.editor).toBeFocused();
        await expect(pv.activeLineNumber()).toHaveText(pv.digits(at.line));

        // Fix it from there with the keyboard: to the start of the line, back to the end of the previous one, type the comma.
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => pv.selection()).toMatchObject({ from: errorOffset, to: errorOffset, line: at.line, column: at.column });
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => pv.selection()).toMatchObject({ line: at.line - 1 });
        await page.keyboard.type(',');
        const fixed = ARTICLE_TEXT.replace(ARTICLE.title, newTitle);
        expect(await pv.editorText()).toBe(fixed);

        await expect(pv.problemItems).toHaveCount(0);
        await expect(page.getByText(pv.t('preview.noProblems'), { exact: true })).toBeVisible();
        await pv.showPreview();
        await expect(pv.stale).toHaveCount(0);
        await expect(pv.preview).not.toHaveAttribute('data-stale');
        await expect(pv.title).toHaveText(newTitle);
      });
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      for (const source of ['seed', 'own'] as const) {
        test(`plain text (${source === 'seed' ? 'the seed from ../shared' : 'our own'}) previews its threads and closing statement; Convert to JSON keeps the preview (${lng})`, async ({ page }) => {
          const seed = source === 'seed' ? readSeed() : null;
          test.skip(source === 'seed' && !seed, '../shared/seed/*.txt is not there (the seed is read at test time, never copied into the repo)');
          const text = seed?.text ?? PLAIN_TEXT;
          const title = seed?.title ?? PLAIN.title;
          const threads = seed ? ['ukraine', 'middle-east', 'korea'] : PLAIN.threads;
          const closing = seed ? { text: seed.closingQuote, speaker: null } : { text: PLAIN.statement, speaker: PLAIN.speaker };

          const pv = await openPreview(page, lng);
          await pv.paste(text);
          expect(await pv.editorText()).toBe(text);
          await pv.settled();
          await pv.showPreview();
          await expect(pv.page.locator('#panel-preview')).toContainText(pv.t('preview.plainText'));
          await expect(pv.title).toHaveText(title);
          expect((await pv.threadIds()).sort()).toEqual([...threads].sort());
          const statements = await statementsOf(pv);
          expect(statements.at(-1)).toEqual(closing);

          const convert = pv.page.locator('#panel-preview').getByRole('button', { name: pv.t('preview.convert'), exact: true });
          await convert.click();
          await expect(pv.status).toHaveText(pv.t('preview.converted'));
          const json = await pv.editorText();
          expect(json.trimStart().startsWith('{')).toBe(true);
          const article = JSON.parse(json) as { format: string; title: string; status: string };
          expect(article).toMatchObject({ format: 'sahifa-article/1', title, status: 'draft' });

          await pv.settled();
          await pv.showPreview();
          await expect(pv.page.locator('#panel-preview')).not.toContainText(pv.t('preview.plainText'));
          await expect(pv.title).toHaveText(title);
          expect((await pv.threadIds()).sort()).toEqual([...threads].sort());
          expect(await statementsOf(pv)).toEqual(statements);
          await pv.showEditor();
          await expect(pv.problemItems).toHaveCount(0);

          // As the message says, undo brings the plain text back.
          await pv.editor.focus();
          await page.keyboard.press('ControlOrMeta+z');
          await expect.poll(() => pv.editorText()).toBe(text);
        });
      }
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`autosave and restore; recent drafts; a new draft never discards the old one (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        await expect(pv.recent).toContainText(pv.t('drafts.none'));

        // Type a draft, let the autosaver keep it, reload: it is back.
        await pv.editor.focus();
        await page.keyboard.insertText(PLAIN_TEXT);
        await expect(pv.saveState).toHaveText(uiPattern(lng, 'drafts.savedAt', {}, ['time']));
        await saved(pv, PLAIN_TEXT);
        await page.reload();
        await pv.ready();
        await expect.poll(() => pv.editorText()).toBe(PLAIN_TEXT);
        await expect(pv.status).toHaveText(uiPattern(lng, 'drafts.restored', {}, ['time']));

        // A new draft starts empty; the first is listed.
        await pv.button('drafts.new').click();
        await expect.poll(() => pv.editorText()).toBe('');
        await expect.poll(() => pv.recentTitles()).toEqual([PLAIN.title]);
        const second = 'مسودة ثانية عن أسعار النفط\n\nارتفعت أسعار النفط اليوم في الأسواق العالمية.\n';
        await pv.editor.focus();
        await page.keyboard.insertText(second);
        await saved(pv, second);
        expect(await pv.recentTitles()).toEqual([PLAIN.title]);

        // Choosing the first brings it back; the second is now in the list.
        await pv.recent.selectOption({ label: PLAIN.title });
        await expect.poll(() => pv.editorText()).toBe(PLAIN_TEXT);
        await expect.poll(() => pv.recentTitles()).toEqual(['مسودة ثانية عن أسعار النفط']);
        await pv.showPreview();
        await expect(pv.title).toHaveText(PLAIN.title);

        // Another new draft: both earlier drafts stay, newest first, and both are still stored.
        await pv.button('drafts.new').click();
        await expect.poll(() => pv.editorText()).toBe('');
        await expect.poll(() => pv.recentTitles()).toEqual(['مسودة ثانية عن أسعار النفط', PLAIN.title]);
        const stored = await pv.storedDrafts();
        expect(stored).toHaveLength(2);
        expect(stored).toEqual(expect.arrayContaining([PLAIN_TEXT, second]));

        // And after a reload the empty new draft is the one shown, with both others listed.
        await page.reload();
        await pv.ready();
        expect(await pv.editorText()).toBe('');
        await expect.poll(() => pv.recentTitles()).toEqual(['مسودة ثانية عن أسعار النفط', PLAIN.title]);
      });
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`the device radios set the preview frame's width; two columns at desktop width, one at phone width (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        await pasteArticle(pv);
        await expect(pv.deviceRadio('phone')).toBeChecked();
        await expect(pv.preview).toHaveAttribute('data-device', 'phone');

        const layout = () =>
          pv.preview.evaluate((frame) => {
            const box = (sel: string) => frame.querySelector(sel)!.getBoundingClientRect();
            const aside = box('article aside');
            const body = box('article .article-body');
            const pane = frame.parentElement!.getBoundingClientRect();
            return {
              width: (frame as HTMLElement).offsetWidth,
              shownWidth: frame.getBoundingClientRect().width,
              paneWidth: pane.width,
              // Side by side: the boxes do not overlap horizontally and do overlap vertically.
              sideBySide: (aside.right <= body.left + 1 || body.right <= aside.left + 1) && aside.top < body.bottom && body.top < aside.bottom,
              // Stacked: the aside ends above the text, in the same column.
              stacked: aside.bottom <= body.top + 1 && Math.abs(aside.left - body.left) < 2 && Math.abs(aside.right - body.right) < 2,
            };
          });

        for (const device of ['desktop', 'tablet', 'phone'] as Device[]) {
          await pv.deviceRadio(device).locator('xpath=..').click();
          await expect(pv.deviceRadio(device)).toBeChecked();
          await expect(pv.preview).toHaveAttribute('data-device', device);
          await expect.poll(async () => (await layout()).width).toBe(DEVICE_WIDTHS[device]);
          const l = await layout();
          // A frame wider than the pane is scaled down to fit, never cut off.
          expect(l.shownWidth).toBeLessThanOrEqual(l.paneWidth + 1);
          if (device === 'desktop') {
            expect(l.sideBySide, 'desktop width: "who said what" beside the text').toBe(true);
          } else {
            expect(l.stacked, `${device} width: one column`).toBe(true);
            expect(l.sideBySide).toBe(false);
          }
        }
      });
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`review: confirm a statement, change a speaker, remove a thread tag; the JSON and the preview follow (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        await pasteArticle(pv);
        await pv.showEditor();
        const parsed = async () => JSON.parse(await pv.editorText()) as typeof ARTICLE;
        const quote = (a: typeof ARTICLE, block: number) => a.body[block]!.content![1] as { origin?: string; speaker?: string | null };

        // The lists are rendered when opened.
        await pv.review.locator('summary').filter({ hasText: pv.t('review.quotes', { count: 2 }) }).click();
        const rows = pv.review.locator('li[data-review-quote]');
        await expect(rows).toHaveCount(2);
        const first = pv.review.locator('li[data-review-quote="/body/0/content/1"]');
        const second = pv.review.locator('li[data-review-quote="/body/2/content/1"]');
        await expect(first.locator('[data-origin]')).toHaveAttribute('data-origin', 'auto');

        // Confirm the first statement.
        await first.getByRole('button', { name: pv.t('review.confirm'), exact: true }).click();
        await expect.poll(async () => quote(await parsed(), 0).origin).toBe('editor');
        expect(await pv.editorText()).toContain('"origin": "editor"');
        await expect(first.locator('[data-origin]')).toHaveAttribute('data-origin', 'editor');
        await expect(first.locator('[data-origin]')).toHaveText(pv.t('review.confirmed'));
        await expect(first.getByRole('button', { name: pv.t('review.confirm'), exact: true })).toHaveCount(0);

        // Change the second statement's speaker.
        const newSpeaker = 'وزيرة الدفاع';
        await second.getByLabel(pv.t('review.speaker'), { exact: true }).fill(newSpeaker);
        await second.getByRole('button', { name: pv.t('review.saveSpeaker'), exact: true }).click();
        await expect.poll(async () => quote(await parsed(), 2)).toMatchObject({ speaker: newSpeaker, origin: 'editor' });
        await pv.showPreview();
        await expect(pv.statements.nth(1)).toHaveAttribute('data-speaker', newSpeaker);
        await expect(pv.whoSaidWhat).toContainText(newSpeaker);
        await expect(pv.whoSaidWhat).not.toContainText(ARTICLE_STATEMENTS[1]!.speaker);

        // Remove the only "ukraine" tag: its section leaves the preview.
        await pv.showEditor();
        await pv.review.locator('summary').filter({ hasText: pv.t('review.passages', { count: 3 }) }).click();
        const passage = pv.review.locator('li[data-review-passage="/body/0"]');
        await passage.getByRole('button', { name: pv.t('review.removeThread', { thread: THREAD_LABELS.ukraine[lng] }), exact: true }).click();
        await expect.poll(async () => ((await parsed()).body[0]!.threads ?? []).map((t) => t.id)).toEqual([]);
        await expect(passage.locator('[data-thread-tag="ukraine"]')).toHaveCount(0);
        await pv.showPreview();
        await expect.poll(() => pv.threadIds()).toEqual(['korea']);
        // Everything else is as it was.
        const after = await parsed();
        expect(after.title).toBe(ARTICLE.title);
        expect(after.body[2]!.threads).toEqual(ARTICLE.body[2]!.threads);
        await pv.showEditor();
        await expect(pv.problemItems).toHaveCount(0);
      });
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`opening files: .txt and .json open as new drafts; too large, binary and non-UTF-8 files are refused with a message; drag and drop (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        await pasteArticle(pv);
        await saved(pv, ARTICLE_TEXT);

        // A good .txt file.
        await pv.fileInput.setInputFiles({ name: 'تقرير جنيف.txt', mimeType: 'text/plain', buffer: Buffer.from(PLAIN_TEXT, 'utf8') });
        await expect(pv.status).toHaveText(pv.t('file.opened', { name: 'تقرير جنيف.txt' }));
        await expect.poll(() => pv.editorText()).toBe(PLAIN_TEXT);
        await expect.poll(() => pv.recentTitles()).toEqual([ARTICLE.title]);
        await pv.showPreview();
        await expect(pv.title).toHaveText(PLAIN.title);

        // A good .json file (with a byte-order mark, as some editors write it).
        const english = JSON.stringify(ENGLISH_ARTICLE, null, 2);
        await pv.fileInput.setInputFiles({ name: 'harbour.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(english)]) });
        await expect(pv.status).toHaveText(pv.t('file.opened', { name: 'harbour.json' }));
        await expect.poll(() => pv.editorText()).toBe(english);
        await saved(pv, english);
        await expect.poll(() => pv.recentTitles()).toEqual([PLAIN.title, ARTICLE.title]);
        await pv.showPreview();
        await expect(pv.title).toHaveText(ENGLISH_ARTICLE.title);

        // Files that must not open: a message, and the current draft untouched.
        const refused: { name: string; buffer: Buffer; key: string; params?: Record<string, number> }[] = [
          { name: 'huge.txt', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'ا'), key: 'file.too-large', params: { size: 5.1, limit: 5 } },
          { name: 'scan.pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe])]), key: 'file.binary' },
          // "الخبر العاجل" in Windows-1256: not UTF-8.
          { name: 'old-encoding.txt', buffer: Buffer.from([0xc7, 0xe1, 0xce, 0xc8, 0xd1, 0x20, 0xc7, 0xe1, 0xda, 0xc7, 0xcc, 0xe1]), key: 'file.not-utf8' },
        ];
        for (const file of refused) {
          await pv.fileInput.setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: file.buffer });
          await expect(pv.status, file.name).toHaveText(pv.t(file.key, { name: file.name, ...file.params }));
          expect(await pv.editorText(), `${file.name}: the draft is untouched`).toBe(english);
          expect(await pv.recentTitles(), `${file.name}: no new draft`).toEqual([PLAIN.title, ARTICLE.title]);
        }
        expect(await pv.storedDrafts()).toHaveLength(3);

        // Drag and drop a file onto the page.
        const dropped = 'خبر مُفلَت على الصفحة\n\nنص قصير عن الحرب في أوكرانيا.\n';
        const transfer = await page.evaluateHandle((text) => {
          const data = new DataTransfer();
          data.items.add(new File([text], 'مُفلَت.txt', { type: 'text/plain' }));
          return data;
        }, dropped);
        const target = page.getByRole('heading', { level: 1, name: pv.t('preview.title') });
        await target.dispatchEvent('dragenter', { dataTransfer: transfer });
        await target.dispatchEvent('dragover', { dataTransfer: transfer });
        await target.dispatchEvent('drop', { dataTransfer: transfer });
        await expect(pv.status).toHaveText(pv.t('file.opened', { name: 'مُفلَت.txt' }));
        await expect.poll(() => pv.editorText()).toBe(dropped);
        await expect.poll(() => pv.recentTitles()).toEqual([ENGLISH_ARTICLE.title, PLAIN.title, ARTICLE.title]);
        await pv.showPreview();
        await expect(pv.title).toHaveText('خبر مُفلَت على الصفحة');

        // Dropped onto the editor itself, a file opens as a new draft too, and the draft under it is not written into.
        const ontoEditor = 'خبر مُفلَت على المحرر\n\nنص قصير عن كوريا الشمالية.\n';
        const transfer2 = await page.evaluateHandle((text) => {
          const data = new DataTransfer();
          data.items.add(new File([text], 'محرر.txt', { type: 'text/plain' }));
          return data;
        }, ontoEditor);
        await pv.showEditor();
        await saved(pv, dropped);
        const box = (await pv.editor.boundingBox())!;
        const at = { clientX: box.x + box.width / 2, clientY: box.y + 12 };
        await pv.editor.dispatchEvent('dragover', { dataTransfer: transfer2, ...at });
        await pv.editor.dispatchEvent('drop', { dataTransfer: transfer2, ...at });
        await expect(pv.status).toHaveText(pv.t('file.opened', { name: 'محرر.txt' }));
        await expect.poll(() => pv.editorText()).toBe(ontoEditor);
        await saved(pv, ontoEditor);
        const kept = await pv.storedDrafts();
        expect(kept).toHaveLength(5);
        expect(kept).toEqual(expect.arrayContaining([ARTICLE_TEXT, PLAIN_TEXT, english, dropped, ontoEditor]));
      });
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`download: a .json file holding the article (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        await pasteArticle(pv);
        await pv.showEditor();
        const [download] = await Promise.all([page.waitForEvent('download'), pv.button('file.download').click()]);
        expect(download.suggestedFilename()).toBe(`${ARTICLE.slug}.json`);
        const body = readFileSync(await download.path(), 'utf8');
        expect(JSON.parse(body)).toEqual(ARTICLE);

        // A plain-text draft downloads as the article JSON it previews as.
        await pv.button('drafts.new').click();
        await pv.paste(PLAIN_TEXT);
        await pv.settled();
        const [textDownload] = await Promise.all([page.waitForEvent('download'), pv.button('file.download').click()]);
        expect(textDownload.suggestedFilename()).toMatch(/\.json$/u);
        const article = JSON.parse(readFileSync(await textDownload.path(), 'utf8')) as { format: string; title: string; slug: string };
        expect(article).toMatchObject({ format: 'sahifa-article/1', title: PLAIN.title });
        expect(textDownload.suggestedFilename()).toBe(`${article.slug}.json`);
      });
    });
  }

  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`share link: shows the link, which opens the draft as a new draft; a draft too long for a link is refused (${lng})`, async ({ page, context, baseURL }) => {
        const pv = await openPreview(page, lng);
        await pasteArticle(pv);
        await saved(pv, ARTICLE_TEXT);
        await pv.showEditor();
        await pv.button('share.button').click();
        await expect(pv.shareLinkInput).toBeVisible();
        const link = await pv.shareLinkInput.inputValue();
        expect(link.startsWith(`${baseURL}/preview#draft=`)).toBe(true);
        // Copied, or (where the browser refuses the clipboard) ready to copy.
        await expect(pv.status).toHaveText(new RegExp(`^(${escapeRegExp(pv.t('share.copied'))}|${escapeRegExp(pv.t('share.ready'))})$`, 'u'));

        // Open it in another tab of the same browser.
        const other = await context.newPage();
        const errors: string[] = [];
        other.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
        other.on('pageerror', (e) => errors.push(e.message));
        await other.goto(link);
        const shared = new EditorPage(other, lng);
        await shared.ready();
        await expect(shared.status).toHaveText(shared.t('share.opened'));
        await expect.poll(() => shared.editorText()).toBe(ARTICLE_TEXT);
        await expect(other).toHaveURL(/\/preview$/u);
        // The draft that was current here before is still listed, and both are stored.
        await expect.poll(() => shared.recentTitles()).toEqual([ARTICLE.title]);
        await expect.poll(async () => (await shared.storedDrafts()).filter((d) => d === ARTICLE_TEXT).length).toBe(2);
        await shared.showPreview();
        await expect(shared.title).toHaveText(ARTICLE.title);
        expect(errors, 'console errors in the shared page').toEqual([]);
        await other.close();

        // A long, poorly compressible draft cannot travel in a link.
        await pv.button('drafts.new').click();
        const long = incompressibleText(200_000);
        await pv.paste(long);
        await expect.poll(() => pv.editorText()).toBe(long);
        await pv.button('share.button').click();
        // Numbers in the reader's digits: Arabic-Indic in the Arabic UI.
        const tooLong = uiPattern(lng, 'share.too-long', { max: pv.digits(16000) }, ['length']);
        await expect(pv.status).toHaveText(tooLong);
        const written = tooLong.exec((await pv.status.textContent()) ?? '')![1]!;
        const length = Number(written.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660)));
        expect(length).toBeGreaterThan(16_000);
        await expect(pv.shareLinkInput).toHaveCount(0);
      });
    });
  }

  // axe on /preview (empty, with an article, with a problem, a stale preview, the phone's tabs) is part of
  // the scan in a11y-battery.spec.ts.

  // Typography lint (issue #4): warnings after the problems, each naming its place, with a fix where one is safe.
  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`lint: curly quotes in Arabic plain text are a warning at their real place; Fix turns them into « » (${lng})`, async ({ page }) => {
        const statement = 'سنواصل العمل من أجل السلام';
        const text = `وزير الخارجية يعود من جنيف\n\nوقال الوزير للصحفيين: “${statement}”.\n`;
        const pv = await openPreview(page, lng);
        await pv.paste(text);
        await pv.settled();

        const from = text.indexOf('“');
        const at = positionOf(text, from);
        expect(at).toEqual({ line: 3, column: 23 });
        await expect(pv.problemItems).toHaveCount(0);
        await expect(pv.warningItems).toHaveCount(1);
        const warning = pv.warningItems.first();
        await expect(warning).toHaveAttribute('data-line', String(at.line));
        await expect(warning).toHaveAttribute('data-column', String(at.column));
        const where = pv.t('problems.at', at);
        await expect(warning.getByRole('button').first()).toHaveText(`${pv.t('preview.warning')}: ${where}: ${pv.t('lint.curly-quotes-rtl', { marks: '“”' })}`);
        await expect(pv.problemsHeading).toContainText(pv.t('preview.problemCount', { count: 1, n: lng === 'ar' ? '١' : '1' }));
        expect(await axeViolations(page), 'axe with a typography warning and its fix button').toEqual([]);

        // Choosing the warning selects the quotation in the editor.
        await warning.getByRole('button').first().click();
        await expect.poll(() => pv.selection()).toMatchObject({ from, to: text.indexOf('”') + 1, focused: true });
        await expect(pv.activeLineNumber()).toHaveText(pv.digits(at.line));

        // The fix rewrites only the marks; the warning goes and the preview shows the statement.
        await warning.getByRole('button', { name: pv.t('lint.fix'), exact: true }).click();
        const fixed = text.replace('“', '«').replace('”', '»');
        await expect.poll(() => pv.editorText()).toBe(fixed);
        await expect(pv.warningItems).toHaveCount(0);
        await expect(page.getByText(pv.t('preview.noProblems'), { exact: true })).toBeVisible();
        await pv.showPreview();
        expect(await statementsOf(pv)).toEqual([{ text: statement, speaker: 'الوزير' }]);
      });

      test(`lint: tatweel stretching a word in article JSON is a warning; Fix removes it and the JSON stays valid (${lng})`, async ({ page }) => {
        const stretched = 'الحـــوار';
        const source = ARTICLE_TEXT.replace('سنواصل الحوار', `سنواصل ${stretched}`);
        const pv = await openPreview(page, lng);
        await pasteArticle(pv, source);
        await pv.showEditor();

        const from = source.indexOf('ـ');
        const at = positionOf(source, from);
        await expect(pv.problemItems).toHaveCount(0);
        await expect(pv.warningItems).toHaveCount(1);
        const warning = pv.warningItems.first();
        await expect(warning).toHaveAttribute('data-line', String(at.line));
        await expect(warning).toHaveAttribute('data-column', String(at.column));
        await expect(warning.getByRole('button').first()).toHaveText(`${pv.t('preview.warning')}: ${pv.t('problems.at', at)}: ${pv.t('lint.tatweel-justification', { word: stretched })}`);

        await warning.getByRole('button', { name: pv.t('lint.fix'), exact: true }).click();
        await expect.poll(() => pv.editorText()).toBe(ARTICLE_TEXT);
        expect(JSON.parse(await pv.editorText())).toEqual(ARTICLE);
        await expect(pv.warningItems).toHaveCount(0);
        await pv.showPreview();
        expect(await statementsOf(pv)).toEqual(ARTICLE_STATEMENTS);
      });
    });
  }

  test.describe('phone layout', { tag: '@phone-only' }, () => {
    // Phones only (the projects' grep, playwright.config.ts): the editor and the preview are tabs on narrow screens only.

    for (const lng of LANGUAGES) {
      test(`the editor and the preview are tabs (${lng})`, async ({ page }) => {
        const pv = await openPreview(page, lng);
        const edit = pv.tab('edit');
        const show = pv.tab('preview');
        await expect(edit).toHaveText(lng === 'ar' ? 'تحرير' : 'Edit');
        await expect(show).toHaveText(lng === 'ar' ? 'معاينة' : 'Preview');
        await expect(edit).toHaveAttribute('aria-selected', 'true');
        await expect(pv.editor).toBeVisible();
        await expect(pv.preview).toBeHidden();
        await pv.paste(ARTICLE_TEXT);
        await show.click();
        await expect(show).toHaveAttribute('aria-selected', 'true');
        await expect(edit).toHaveAttribute('aria-selected', 'false');
        await expect(pv.editor).toBeHidden();
        await expect(pv.title).toBeVisible();
        await expect(pv.title).toHaveText(ARTICLE.title);
        await edit.click();
        await expect(pv.editor).toBeVisible();
        await expect(pv.preview).toBeHidden();
      });
    }
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
