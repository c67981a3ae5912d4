import type { Locator, Page } from '@playwright/test';
import { SETTINGS_STORAGE_KEY } from '../../src/reader/settings';

/** The bundled seed article. */
export const SEED_SLUG = 'beijing-moscow-talks';
export const SEED = `/read/${SEED_SLUG}`;
export const THREAD_IDS = ['ukraine', 'middle-east', 'korea'] as const;
export type ThreadId = (typeof THREAD_IDS)[number];
export type UiLanguage = 'ar' | 'en';

/** Thread passages of the seed article, by block id, in reading order. */
export const SEED_PASSAGES: Record<ThreadId, string[]> = {
  ukraine: ['b2', 'b3', 'b10', 'b12'],
  'middle-east': ['b5-1', 'b12'],
  korea: ['b1', 'b5-2', 'b12'],
};

/** Storage keys the app uses: the reader settings' (src/reader/settings.ts), and the open sections' of an article (src/reader/ThreadSections.tsx, not exported there). */
export const SETTINGS_KEY = SETTINGS_STORAGE_KEY;
export const openThreadsKey = (slug: string) => `sahifa:open-threads:${slug}`;

export interface StoredSettings {
  theme?: 'system' | 'light' | 'dark' | 'sepia';
  size?: number;
  leading?: number;
  numerals?: 'auto' | 'arab' | 'latn';
  highlights?: boolean;
}

/** Theme background colours from src/app/app.css (--paper), as computed style strings. */
export const PAPER = {
  light: 'rgb(253, 252, 249)',
  dark: 'rgb(21, 23, 26)',
  sepia: 'rgb(244, 236, 216)',
} as const;

/** Stores reader settings before any page script runs (for every page of the context). */
export async function storeSettings(page: Page, settings: StoredSettings): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      window.localStorage.setItem(key, value);
    },
    [SETTINGS_KEY, JSON.stringify(settings)] as const,
  );
}

/** The chrome and the reading view of an article page. No assertions here: only locators and actions. */
export class ReaderPage {
  readonly html: Locator;
  readonly body: Locator;
  readonly header: Locator;
  readonly skipLink: Locator;
  readonly article: Locator;
  readonly title: Locator;
  readonly articleBody: Locator;
  readonly meta: Locator;
  readonly threadsSection: Locator;
  readonly threadsHeading: Locator;
  readonly toggleAll: Locator;
  readonly whoSaidWhat: Locator;
  readonly whoSaidWhatLinks: Locator;
  readonly quotes: Locator;
  readonly tooltip: Locator;
  readonly progress: Locator;
  readonly settingsButton: Locator;
  readonly languageLink: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.html = page.locator('html');
    this.body = page.locator('body');
    this.header = page.locator('body > #root > header');
    this.skipLink = page.locator('a[href="#content"]');
    this.article = page.locator('article');
    this.title = page.locator('article h1');
    this.articleBody = page.locator('article .article-body');
    this.meta = page.locator('article > header p').last();
    this.threadsSection = page.locator('section.threads');
    this.threadsHeading = page.locator('#threads-heading');
    this.toggleAll = this.threadsSection.locator('> div button');
    this.whoSaidWhat = page.locator('nav[aria-labelledby="who-said-what"]');
    this.whoSaidWhatLinks = this.whoSaidWhat.locator('a[href^="#q-"]');
    this.quotes = page.locator('article .article-body [data-quote]');
    this.tooltip = page.getByRole('tooltip');
    this.progress = page.locator('.reading-progress');
    this.settingsButton = page.locator('header button[aria-haspopup="dialog"]');
    this.languageLink = page.locator('header a[hreflang]');
    this.alert = page.getByRole('alert');
  }

  async goto(path = SEED, lng?: UiLanguage, hash = ''): Promise<void> {
    const url = lng ? `${path}${path.includes('?') ? '&' : '?'}lng=${lng}${hash}` : `${path}${hash}`;
    await this.page.goto(url);
    // Hydrated (or rendered) once the app has set <html lang> for the requested language.
    if (lng) await this.page.locator(`html[lang="${lng}"]`).waitFor({ state: 'attached' });
    await this.waitForApp();
  }

  /**
   * Waits until React owns the page (hydrated or rendered), so clicks reach its handlers: the
   * prerendered HTML is there, and clickable, before that.
   */
  async waitForApp(): Promise<void> {
    await this.page.waitForFunction(() => {
      const button = document.querySelector('header button[aria-haspopup="dialog"]');
      return !!button && Object.keys(button).some((k) => k.startsWith('__reactFiber'));
    });
    // Effects (restoring settings and open sections) run right after the commit.
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }

  thread(id: string): Locator {
    return this.page.locator(`[data-thread="${id}"]`);
  }

  summary(id: string): Locator {
    return this.thread(id).locator('> summary');
  }

  passages(id: string): Locator {
    return this.thread(id).locator('ol > li');
  }

  passageLinks(id: string): Locator {
    return this.thread(id).locator('ol > li a[href^="#b"]');
  }

  chevron(id: string): Locator {
    return this.summary(id).locator('.disclosure-chevron');
  }

  async isOpen(id: string): Promise<boolean> {
    return this.thread(id).evaluate((el) => (el as HTMLDetailsElement).open);
  }

  async openThreadIds(): Promise<string[]> {
    return this.page.locator('[data-thread]').evaluateAll((els) => els.filter((el) => (el as HTMLDetailsElement).open).map((el) => el.getAttribute('data-thread')!));
  }

  /** Computed style property of the first element matched. */
  async style(locator: Locator, property: string): Promise<string> {
    return locator.first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  }

  async bodyBackground(): Promise<string> {
    return this.style(this.body, 'background-color');
  }

  /** Page width beyond the viewport (> 0 means sideways scrolling). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => {
      const el = document.scrollingElement ?? document.documentElement;
      return Math.max(el.scrollWidth, document.body.scrollWidth) - el.clientWidth;
    });
  }

  /** Whether the element's box intersects the viewport. */
  async inViewport(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
    });
  }

  /** The horizontal scale of the progress bar (0…1), read from its inline transform. */
  async progressScale(): Promise<number> {
    const transform = (await this.progress.getAttribute('style')) ?? '';
    const m = /scaleX\(([\d.e-]+)\)/u.exec(transform);
    return m ? Number(m[1]) : Number.NaN;
  }

  /** Presses Tab until the focused element matches `selector`; returns the focused elements' descriptions on the way. */
  async tabTo(selector: string, max = 60): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      const { match, desc } = await this.page.evaluate((sel) => {
        const el = document.activeElement;
        if (!el || el === document.body) return { match: false, desc: 'body' };
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return { match: el.matches(sel), desc: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[${el.getAttribute('href')}]` : ''} ${label}` };
      }, selector);
      seen.push(desc);
      if (match) return seen;
    }
    return seen;
  }

  async focusedMatches(selector: string): Promise<boolean> {
    return this.page.evaluate((sel) => !!document.activeElement?.matches(sel), selector);
  }

  /**
   * Text of the UI chrome inside `root` that is written in `lng`: text nodes whose nearest `lang`
   * is `lng`, skipping anything hidden from assistive technology or in another language.
   */
  async chromeText(root: Locator, lng: UiLanguage): Promise<string[]> {
    return root.evaluateAll((roots, want) => {
      const out: string[] = [];
      for (const r of roots) {
        const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          // Hidden text, and data shown as it is (an address, marked translate="no"), are not UI wording.
          if (el.closest('[aria-hidden="true"], script, style, [translate="no"]')) continue;
          const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
          const text = n.textContent?.trim();
          if (text && lang.split('-')[0] === want) out.push(text);
        }
      }
      return out;
    }, lng);
  }
}

/** The reading-settings dialog. */
export class SettingsDialog {
  readonly dialog: Locator;
  readonly smaller: Locator;
  readonly larger: Locator;
  readonly sizeValue: Locator;
  readonly highlights: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator('dialog');
    this.smaller = this.dialog.locator('fieldset').first().locator('button').first();
    this.larger = this.dialog.locator('fieldset').first().locator('button').last();
    this.sizeValue = this.dialog.locator('output');
    this.highlights = this.dialog.locator('input[type="checkbox"]');
    this.close = this.dialog.locator('h2 + button');
  }

  /** Radio options of a group, by input name: `leading`, `theme`, `numerals`. */
  options(name: 'leading' | 'theme' | 'numerals'): Locator {
    return this.dialog.locator(`input[type="radio"][name="${name}"]`);
  }

  /** Picks an option by its position (order of THEMES / NUMERALS / LINE_HEIGHTS in settings.ts). */
  async choose(name: 'leading' | 'theme' | 'numerals', index: number): Promise<void> {
    // The radio is visually hidden (sr-only); its label is what people click.
    await this.options(name).nth(index).locator('xpath=..').click();
  }

  async open(button: Locator): Promise<void> {
    await button.click();
    await this.dialog.waitFor({ state: 'visible' });
  }
}

export const THEME_INDEX = { system: 0, light: 1, dark: 2, sepia: 3 } as const;
export const NUMERAL_INDEX = { auto: 0, arab: 1, latn: 2 } as const;
