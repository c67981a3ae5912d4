/**
 * Accessibility battery (issue #5, WCAG 2.2 AA): axe on every route and page state in both UI
 * languages at both screen sizes, with colour contrast checked in every theme; a keyboard-only
 * journey from the library to the editor's problems with a visible focus indicator at every stop;
 * reduced motion; and the accessible names of the main controls in Arabic and English.
 *
 * The scans that print-and-a11y.spec.ts and editor.spec.ts made (expanded sections, settings open,
 * a ?src= error, the editor with a problem and a stale preview, the editor's syntax colours) are
 * states of the one scan here (docs/decisions/0007-e2e-suite.md). keyboard.spec.ts covers the
 * reader's Tab order; the journey here goes on through settings and the editor.
 */
import type { Locator, Page } from '@playwright/test';
import { THEMES } from '../src/reader/settings';
import { axeViolations, expect, inProjectLanguage, projectLanguage, test } from './fixtures';
import { pasteIntoEditor } from './pages/editor-page';
import { SEED, storeSettings } from './pages/reader-page';
import { ARTICLE_URL, ENGLISH_ARTICLE, HOST, readUrl } from './pages/remote-host';
import { LANGUAGES, ui, type Lng } from './pages/ui-text';

type Theme = (typeof THEMES)[number];

/** ENGLISH_ARTICLE with a curly-quote warning for the problems panel and a thread label in both languages. */
const PREVIEW_ARTICLE = {
  ...ENGLISH_ARTICLE,
  lang: 'ar',
  title: 'محادثات الميناء تُستأنف بعد أسبوع من التأخير',
  subtitle: 'قال الوزير “سنعيد فتح الميناء” قبل أن يغادر',
};

/** An article the schema refuses in several places, for the problem list of the ?src= page. */
const INVALID = { ...ENGLISH_ARTICLE, status: 'live', slug: 'Not A Slug', published: 'yesterday' };

/**
 * The themes besides light whose colours are checked for contrast. "System" shows the light or the
 * dark palette (src/app/app.css picks with light-dark(); settings.spec.ts checks that it follows the
 * device), so it has no colours of its own to scan.
 */
const CONTRAST_THEMES = ['dark', 'sepia'] as const satisfies readonly Theme[];

/** Sets the theme before load and, for "system", a dark device. */
async function useTheme(page: Page, theme: Theme) {
  if (theme === 'system') await page.emulateMedia({ colorScheme: 'dark' });
  await storeSettings(page, { theme });
}

/**
 * Shows the page in `theme` without reloading it, by the attribute the app's applySettings writes
 * (src/reader/settings.ts; settings.spec.ts proves that choosing a theme writes it).
 */
async function showTheme(page: Page, theme: (typeof CONTRAST_THEMES)[number] | 'light') {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);
}

/**
 * Axe on the page as it is, named `where`. A route (`{ route: true }`) gets every WCAG A/AA rule in
 * each UI language at each size. A state of a route (sections open, a dialog, a problem) changes
 * the page's structure, not its wording, so it gets the full scan in the project's language only
 * (English on desktop, Arabic on the phone: projectLanguage), and with `contrast`, on desktop,
 * colour contrast alone in the other themes too (colours depend on neither the size nor the
 * language). Returns the names of the states scanned.
 */
function scanner(page: Page, lng: Lng, isMobile: boolean) {
  const scanned: string[] = [];
  const own = lng === projectLanguage(isMobile);
  const axe = async (where: string, { route = false, contrast = false } = {}) => {
    if (!route && !own) return;
    await expect(page.locator('html')).toHaveAttribute('lang', lng);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page), `${where} (${lng}, light)`).toEqual([]);
    for (const theme of contrast && own && !isMobile ? CONTRAST_THEMES : []) {
      await showTheme(page, theme);
      expect(await axeViolations(page, { rules: ['color-contrast'] }), `${where} (${lng}, ${theme})`).toEqual([]);
    }
    await showTheme(page, 'light');
    scanned.push(where);
  };
  return { axe, scanned, own };
}

/** Answers the fake news host: the English article at ARTICLE_URL, a 503 for busy.json (a failure worth retrying), INVALID for anything else. */
async function serveNewsHost(page: Page) {
  await page.route(`${HOST}/**`, (route) => {
    const url = route.request().url();
    if (url === `${HOST}/busy.json`) return route.fulfill({ status: 503, headers: { 'access-control-allow-origin': '*' }, body: '' });
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(url === ARTICLE_URL ? ENGLISH_ARTICLE : INVALID, null, 2) });
  });
}

const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.ready === 'true');

/*
 * Every route in each language at each size gets a full scan (the library, the article, 404, the
 * three outcomes of ?src= on desktop and the problem list on the phone, /preview). The states of a
 * route get a full scan in the project's language at each size: on desktop every state, on the
 * phone the states whose layout is its own (sections open, the settings sheet, the editor and
 * preview tabs, the stale preview). The dark and sepia colours are checked on desktop on the states
 * that show the most kinds of text: sections open, the settings dialog, the problem list, the
 * editor with an article, the stale preview.
 */
test.describe('axe on every route and page state, in each language and size; colour contrast in every theme', () => {
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ page }) => {
    await useTheme(page, 'light');
    await serveNewsHost(page);
  });

  for (const lng of LANGUAGES) {
    test(`no violations: library, bundled article (collapsed, expanded, settings open), 404 (${lng})`, async ({ page, isMobile }) => {
      const { axe, scanned, own } = scanner(page, lng, isMobile);
      await page.goto(`/?lng=${lng}`);
      await ready(page);
      await axe('library', { route: true });
      await page.goto(`${SEED}?lng=${lng}`);
      await ready(page);
      await axe('bundled article', { route: true });
      if (own) {
        await page.locator('section.threads > div button').click();
        await expect(page.locator('[data-thread="korea"]')).toHaveAttribute('open', '');
        await axe('bundled article, sections expanded', { contrast: true });
        await page.getByRole('button', { name: ui(lng, 'settings.open'), exact: true }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await axe('settings dialog open', { contrast: true });
        await page.keyboard.press('Escape');
      }
      await page.goto(`/no/such/page?lng=${lng}`);
      await expect(page.getByRole('alert')).toBeVisible();
      await axe('404 page', { route: true });
      expect(scanned.length).toBe(own ? 5 : 3);
    });

    test(`no violations: ?src= article, invalid article with its problems, error page with its retry (${lng})`, async ({ page, isMobile }) => {
      const { axe, scanned } = scanner(page, lng, isMobile);
      if (!isMobile) {
        await page.goto(readUrl(ARTICLE_URL, lng));
        await expect(page.locator('article h1')).toHaveText(ENGLISH_ARTICLE.title);
        await axe('?src= article', { route: true });
      }
      await page.goto(readUrl(`${HOST}/invalid.json`, lng));
      await expect(page.getByRole('alert').locator('ul > li').first()).toBeVisible();
      await axe('?src= invalid article with its problems', { route: true, contrast: true });
      if (!isMobile) {
        await page.goto(readUrl(`${HOST}/busy.json`, lng));
        await expect(page.getByRole('alert').getByRole('button')).toBeVisible();
        await axe('?src= error page with its retry', { route: true });
      }
      expect(scanned.length).toBe(isMobile ? 1 : 3);
    });

    test(`no violations: /preview empty, with an article and its warnings, with a problem and a stale preview (${lng})`, async ({ page, isMobile }) => {
      const { axe, scanned, own } = scanner(page, lng, isMobile);
      await page.goto(`/preview?lng=${lng}`);
      await page.getByTestId('draft-editor').waitFor();
      if (!isMobile) await axe('/preview, empty', { route: true });
      if (!own && !isMobile) return expect(scanned).toEqual(['/preview, empty']);
      await pasteIntoEditor(page, JSON.stringify(PREVIEW_ARTICLE, null, 2));
      await expect(page.getByTestId('draft-preview').locator('article h1')).toHaveText(PREVIEW_ARTICLE.title);
      await expect(page.getByTestId('draft-problems').locator('li')).not.toHaveCount(0);
      // The editor's syntax colours are in this scan (a bug once: CodeMirror's light-only colours failed in dark themes).
      await axe('/preview with an article and its warnings', { route: isMobile, contrast: true });
      if (!own) return expect(scanned).toEqual(['/preview with an article and its warnings']);
      if (isMobile) {
        await page.getByRole('tab', { name: ui(lng, 'preview.tabPreview'), exact: true }).click();
        await expect(page.getByTestId('draft-preview').locator('article h1')).toBeVisible();
        await axe('/preview, the preview tab');
        await page.getByRole('tab', { name: ui(lng, 'preview.tabEdit'), exact: true }).click();
      }
      // Break the JSON: an error in the problems list, and the stale notice over the preview.
      await pasteIntoEditor(page, '{"format": "sahifa-article/1", "title": }', { replace: true });
      await expect(page.getByTestId('draft-problems').locator('li[data-severity="error"]')).not.toHaveCount(0);
      if (!isMobile) await axe('/preview with a problem');
      if (isMobile) await page.getByRole('tab', { name: ui(lng, 'preview.tabPreview'), exact: true }).click();
      await expect(page.getByTestId('preview-stale')).toBeVisible();
      await axe('/preview, stale preview', { contrast: true });
      expect(scanned.length).toBe(isMobile ? 3 : 4);
    });
  }
});

interface FocusStop {
  element: string;
  indicator: boolean;
}

/**
 * The focused element and whether it shows a focus indicator: an outline (at least 1 px, not
 * transparent) on it, on its parent or grandparent (labels and editor frames draw the ring), or on
 * its next sibling (a visually hidden radio styles the box beside it); or a box-shadow on it.
 */
async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(async () => {
    // Components may style focus a frame later (CodeMirror marks its frame focused on the next update).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const el = document.activeElement;
    if (!el || el === document.body) return { element: 'body', indicator: false };
    const ring = (c: Element | null | undefined) => {
      if (!c) return false;
      const s = getComputedStyle(c);
      const box = c.getBoundingClientRect();
      const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 1 && !/rgba\(.*,\s*0\)$|transparent/u.test(s.outlineColor);
      return outline && box.width > 0 && box.height > 0;
    };
    const shadow = getComputedStyle(el).boxShadow;
    const indicator = [el, el.parentElement, el.parentElement?.parentElement, el.nextElementSibling].some(ring) || (!!shadow && shadow !== 'none');
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/gu, ' ').slice(0, 40);
    return { element: `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''} “${label}”`, indicator };
  });
}

test.describe('keyboard only', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): a keyboard journey: desktop only.

  for (const lng of LANGUAGES) {
    test(`library → article → thread → quote and its speaker → settings → /preview → editor → problems, every stop with a visible focus ring (${lng})`, async ({ page }) => {
      test.setTimeout(120_000);
      const stops: FocusStop[] = [];
      /** Tab (or Shift+Tab) until `target` has the focus, checking the focus ring at every stop. */
      const tabTo = async (target: Locator, { back = false, max = 80 } = {}) => {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        for (let i = 0; i < max; i++) {
          await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
          stops.push(await focusStop(page));
          if (await target.evaluate((el) => el === document.activeElement)) return;
        }
        throw new Error(`never reached ${String(target)} after ${max} presses: ${stops.slice(-8).map((s) => s.element).join(' | ')}`);
      };

      // The library: the skip link first, then into the content, then the article's link.
      await page.goto(`/?lng=${lng}`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: ui(lng, 'app.skipToContent') })).toBeFocused();
      stops.push(await focusStop(page));
      await page.keyboard.press('Enter');
      await expect(page.locator('main#content')).toBeFocused();
      const articleLink = page.locator(`main a[href="${SEED}"]`);
      await tabTo(articleLink);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${SEED}$`, 'u'));
      await expect(page.locator('article h1')).toBeVisible();
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');

      // A thread section, opened with Enter.
      const korea = page.locator('[data-thread="korea"]');
      await tabTo(korea.locator('> summary'));
      await page.keyboard.press('Enter');
      await expect(korea).toHaveAttribute('open', '');

      // A statement in the text: its speaker shown on focus and given as its description.
      const statement = page.locator('article .article-body mark[data-quote]').first();
      await tabTo(statement);
      const speaker = await statement.getAttribute('data-speaker');
      const said = speaker ? ui(lng, 'article.speaker', { name: speaker }) : ui(lng, 'article.unattributed');
      await expect(page.getByRole('tooltip')).toHaveText(said);
      await expect(statement).toHaveAccessibleDescription(said);

      // Back up to the settings; change the theme with the arrow keys; Escape returns to the button.
      const settingsButton = page.getByRole('button', { name: ui(lng, 'settings.open'), exact: true });
      await tabTo(settingsButton, { back: true });
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: ui(lng, 'settings.title') });
      await expect(dialog).toBeVisible();
      const themeSystem = dialog.getByRole('radio', { name: ui(lng, 'settings.themes.system'), exact: true });
      await tabTo(themeSystem);
      await page.keyboard.press(lng === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect(dialog.getByRole('radio', { name: ui(lng, 'settings.themes.light'), exact: true })).toBeFocused();
      stops.push(await focusStop(page));
      await page.keyboard.press(lng === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      stops.push(await focusStop(page));
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(settingsButton).toBeFocused();

      // The editor (reached by its address: no page links to it), typed into, then left with Tab.
      await page.goto(`/preview?lng=${lng}`);
      const editor = page.getByRole('textbox', { name: ui(lng, 'preview.editorLabel') });
      await editor.waitFor();
      await tabTo(editor);
      await page.keyboard.type('{"format": "sahifa-article/1", "title": }');
      await page.keyboard.press('Tab');
      stops.push(await focusStop(page));
      await expect(editor).not.toBeFocused();
      await expect(editor).toHaveText('{"format": "sahifa-article/1", "title": }');

      // The problems list: a problem is a button that puts the cursor back at it.
      const problem = page.getByTestId('draft-problems').getByRole('button').first();
      // Line and column in the UI's digits (the reader's default numerals: Arabic-Indic in the Arabic UI).
      const digits = (n: number) => new Intl.NumberFormat(lng === 'ar' ? 'ar-u-nu-arab' : 'en-GB-u-nu-latn', { useGrouping: false }).format(n);
      await expect(problem).toContainText(ui(lng, 'problems.at', { line: digits(1), column: digits(41) }));
      await tabTo(problem, { max: 30 });
      await page.keyboard.press('Enter');
      await expect(editor).toBeFocused();

      expect(stops.filter((s) => !s.indicator).map((s) => s.element), 'focus stops without a visible focus indicator').toEqual([]);
      expect(stops.length).toBeGreaterThan(15);
    });
  }
});

test.describe('reduced motion', () => {
  /** Elements (and their ::before/::after) with a transition or animation longer than 10 ms. */
  const moving = (page: Page) =>
    page.evaluate(() => {
      const seconds = (list: string) => Math.max(0, ...list.split(',').map((v) => (v.trim().endsWith('ms') ? Number.parseFloat(v) / 1000 : Number.parseFloat(v))));
      const out: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          const transition = s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.01;
          const animation = s.animationName !== 'none' && seconds(s.animationDuration) > 0.01;
          if (transition || animation) out.push(`${el.localName}[class=${el.getAttribute('class') ?? ''}]${pseudo ?? ''}: ${transition ? `transition ${s.transitionProperty} ${s.transitionDuration}` : ''}${animation ? ` animation ${s.animationName} ${s.animationDuration}` : ''}`);
        }
      }
      return out;
    });

  test('with reduced motion nothing on the reader transitions or animates, and jumps to a thread or a statement are instant', async ({ page, isMobile }) => {
    await page.goto(`${SEED}?lng=ar`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    // Without the preference the chevrons do turn (so the check below has something to catch).
    expect((await moving(page)).some((m) => m.includes('disclosure-chevron'))).toBe(true);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: ui('ar', 'threads.expandAll') }).click();
    await page.getByRole('button', { name: ui('ar', 'settings.open') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await moving(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');

    /** Where the page is one frame after `act`, and two frames after that (a smooth scroll would still be moving). */
    const settle = async (act: () => Promise<void>) => {
      await act();
      return page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const ys: number[] = [];
            const step = () => {
              ys.push(window.scrollY);
              if (ys.length < 4) requestAnimationFrame(step);
              else resolve(ys);
            };
            requestAnimationFrame(step);
          }),
      );
    };
    await page.evaluate(() => window.scrollTo(0, 0));
    const toThread = await settle(() => page.evaluate(() => void (window.location.hash = '#thread-korea')));
    expect(toThread.at(-1)).toBeGreaterThan(0);
    expect(new Set(toThread.slice(1)).size, `scroll positions ${toThread.join(', ')}`).toBe(1);
    await expect(page.locator('#thread-korea')).toBeInViewport();

    // On the phone "who said what" is a closed disclosure (docs/decisions/0009-phone-and-print.md).
    if (isMobile) await page.locator('.who-said-what summary').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const link = page.locator('.who-said-what a[href^="#q-"]').last();
    const toQuote = await settle(async () => {
      await link.focus();
      await page.keyboard.press('Enter');
    });
    expect(new Set(toQuote.slice(1)).size, `scroll positions ${toQuote.join(', ')}`).toBe(1);
    await expect(page.locator((await link.getAttribute('href'))!)).toBeInViewport();
  });

  test('with reduced motion /preview does not animate either', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/preview?lng=en');
    await pasteIntoEditor(page, JSON.stringify(PREVIEW_ARTICLE, null, 2));
    await expect(page.getByTestId('draft-preview').locator('article h1')).toHaveText(PREVIEW_ARTICLE.title);
    expect(await moving(page)).toEqual([]);
  });
});

test.describe('screen-reader names in both languages', () => {
  // Wording, checked once per language: Arabic at the phone size, English at the desktop size.
  for (const lng of LANGUAGES) {
    inProjectLanguage(lng, () => {
      test(`the reader's controls, regions and dialog have their names in ${lng}`, async ({ page }) => {
        const other: Lng = lng === 'ar' ? 'en' : 'ar';
        await page.goto(`${SEED}?lng=${lng}`);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
        const banner = page.getByRole('banner').first();
        await expect(page.getByRole('link', { name: ui(lng, 'app.skipToContent'), exact: true })).toHaveCount(1);
        await expect(banner.getByRole('link', { name: ui(lng, 'app.name'), exact: true })).toBeVisible();
        await expect(banner.getByRole('button', { name: ui(lng, 'settings.open'), exact: true })).toBeVisible();
        // The switch is named in the language it switches to, and says so.
        const switchLink = banner.getByRole('link', { name: ui(lng, 'app.switchTo'), exact: true });
        await expect(switchLink).toHaveAttribute('lang', other);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('region', { name: ui(lng, 'threads.title'), exact: true })).toBeVisible();
        await expect(page.getByRole('button', { name: ui(lng, 'threads.expandAll'), exact: true })).toBeVisible();
        await expect(page.getByRole('navigation', { name: ui(lng, 'quotes.title'), exact: true })).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        const unattributed = page.locator('article .article-body mark[data-quote]:not([data-speaker])').first();
        await expect(unattributed).toHaveAccessibleDescription(ui(lng, 'article.unattributed'));

        await banner.getByRole('button', { name: ui(lng, 'settings.open'), exact: true }).click();
        const dialog = page.getByRole('dialog', { name: ui(lng, 'settings.title'), exact: true });
        await expect(dialog).toBeVisible();
        for (const key of ['size', 'leading', 'theme', 'numerals']) await expect(dialog.getByRole('group', { name: ui(lng, `settings.${key}`), exact: true })).toHaveCount(1);
        for (const key of ['smaller', 'larger', 'close']) await expect(dialog.getByRole('button', { name: ui(lng, `settings.${key}`), exact: true })).toHaveCount(1);
        for (const theme of THEMES) await expect(dialog.getByRole('group', { name: ui(lng, 'settings.theme') }).getByRole('radio', { name: ui(lng, `settings.themes.${theme}`), exact: true })).toHaveCount(1);
        for (const i of ['0', '1', '2']) await expect(dialog.getByRole('radio', { name: ui(lng, `settings.leadingOptions.${i}`), exact: true })).toHaveCount(1);
        for (const n of ['auto', 'arab', 'latn']) await expect(dialog.getByRole('radio', { name: ui(lng, `settings.numeralOptions.${n}`), exact: true })).toHaveCount(1);
        await expect(dialog.getByRole('checkbox', { name: ui(lng, 'settings.highlights'), exact: true })).toBeChecked();
        // No control without a name, anywhere on the page.
        const unnamed = await page.locator('button, a[href], input, select, summary, [role="button"], [tabindex="0"]').evaluateAll((els) =>
          els.filter((el) => (el as HTMLElement).checkVisibility?.() !== false && el.getClientRects().length > 0).filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim() || el.closest('label')?.textContent?.trim())).map((el) => el.outerHTML.slice(0, 80)),
        );
        expect(unnamed).toEqual([]);
      });

      test(`the library, a failure page and /preview have their names in ${lng}`, async ({ page, isMobile }) => {
        await page.goto(`/?lng=${lng}`);
        await expect(page.getByRole('heading', { level: 1, name: ui(lng, 'library.title'), exact: true })).toBeVisible();
        await expect(page.getByRole('list', { name: ui(lng, 'article.threads'), exact: true }).first()).toBeVisible();

        await page.route(`${HOST}/**`, (route) => route.fulfill({ status: 500, headers: { 'access-control-allow-origin': '*' }, body: '' }));
        await page.goto(readUrl(ARTICLE_URL, lng));
        const failure = page.getByRole('alert');
        await expect(failure.getByRole('heading', { level: 1, name: ui(lng, 'errors.loadFailed'), exact: true })).toBeVisible();
        await expect(failure.getByRole('button', { name: ui(lng, 'errors.retry'), exact: true })).toBeVisible();

        await page.goto(`/preview?lng=${lng}`);
        await expect(page.getByRole('heading', { level: 1, name: ui(lng, 'preview.title'), exact: true })).toBeVisible();
        const toolbar = page.getByRole('toolbar', { name: ui(lng, 'preview.toolbar'), exact: true });
        for (const key of ['drafts.new', 'file.open', 'file.download', 'share.button']) await expect(toolbar.getByRole('button', { name: ui(lng, key), exact: true })).toHaveCount(1);
        await expect(toolbar.getByRole('combobox', { name: ui(lng, 'drafts.recent'), exact: true })).toHaveCount(1);
        const editor = page.getByRole('textbox', { name: ui(lng, 'preview.editorLabel'), exact: true });
        await expect(editor).toHaveAccessibleDescription(ui(lng, 'preview.editorHint'));
        await expect(page.getByRole('list', { name: ui(lng, 'preview.problems'), exact: true })).toHaveCount(1);
        if (isMobile) {
          // On a phone the editor and the preview are tabs; the device choice is on the preview's.
          const tabs = page.getByRole('tablist', { name: ui(lng, 'preview.tabs'), exact: true });
          await expect(tabs.getByRole('tab', { name: ui(lng, 'preview.tabEdit'), exact: true })).toHaveAttribute('aria-selected', 'true');
          await expect(page.getByRole('tabpanel', { name: ui(lng, 'preview.tabEdit'), exact: true })).toBeVisible();
          await tabs.getByRole('tab', { name: ui(lng, 'preview.tabPreview'), exact: true }).click();
          await expect(tabs.getByRole('tab', { name: ui(lng, 'preview.tabPreview'), exact: true })).toHaveAttribute('aria-selected', 'true');
        }
        await expect(page.getByRole('group', { name: ui(lng, 'preview.device'), exact: true })).toHaveCount(1);
        for (const device of ['phone', 'tablet', 'desktop']) await expect(page.getByRole('radio', { name: ui(lng, `preview.${device}`), exact: true })).toHaveCount(1);
        if (isMobile) await page.getByRole('tab', { name: ui(lng, 'preview.tabEdit'), exact: true }).click();
        // A problem is announced as an error, in the UI language.
        await pasteIntoEditor(page, '{"format": 1}');
        if (isMobile) await expect(page.getByRole('tab', { name: ui(lng, 'preview.tabEdit'), exact: true })).toHaveAttribute('aria-selected', 'true');
        await expect(page.getByTestId('draft-problems').getByRole('button', { name: new RegExp(`^${ui(lng, 'preview.error')}: `, 'u') }).first()).toBeVisible();
      });
    });
  }
});
