import type { Locator, Page } from '@playwright/test';
import { DRAFT_KEY_PREFIX } from '../../src/editor/drafts';
import { ui, type Lng } from './ui-text';

/** Whether the UI has wording for exactly `key` in `lng`. */
function hasUi(lng: Lng, key: string): boolean {
  try {
    ui(lng, key);
    return true;
  } catch {
    return false;
  }
}

export type UiLanguage = Lng;

/**
 * Widths of the preview frame per device, a copy of DEVICES in src/editor/PreviewPane.tsx: importing
 * that module would load the whole reader and its JSON catalogues, which Playwright's loader refuses
 * (a JSON import needs an import attribute there). editor.spec.ts measures the frame against these.
 */
export const DEVICE_WIDTHS = { phone: 390, tablet: 768, desktop: 1280 } as const;
export type Device = keyof typeof DEVICE_WIDTHS;
export { DRAFT_KEY_PREFIX };

/**
 * Pastes `text` into the draft editor as the clipboard would (one paste event, one transaction);
 * with `replace`, over a select-all of the draft.
 */
export async function pasteIntoEditor(page: Page, text: string, { replace = false } = {}): Promise<void> {
  const editor = page.getByTestId('draft-editor');
  await editor.focus();
  if (replace) await page.keyboard.press('ControlOrMeta+a');
  await editor.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Line and column (1-based, UTF-16 units) of an offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The editor preview page, `/preview`. Locators and actions only; the specs assert. */
export class EditorPage {
  readonly html: Locator;
  readonly editor: Locator;
  readonly preview: Locator;
  readonly article: Locator;
  readonly title: Locator;
  readonly threads: Locator;
  readonly statements: Locator;
  readonly whoSaidWhat: Locator;
  readonly problems: Locator;
  readonly problemItems: Locator;
  readonly warningItems: Locator;
  readonly problemsHeading: Locator;
  readonly stale: Locator;
  readonly status: Locator;
  readonly saveState: Locator;
  readonly toolbar: Locator;
  readonly recent: Locator;
  readonly fileInput: Locator;
  readonly shareLinkInput: Locator;
  readonly tablist: Locator;
  readonly review: Locator;

  constructor(
    readonly page: Page,
    readonly lng: UiLanguage,
  ) {
    this.html = page.locator('html');
    this.editor = page.getByTestId('draft-editor');
    this.preview = page.getByTestId('draft-preview');
    this.article = this.preview.locator('article');
    this.title = this.article.locator('h1');
    this.threads = this.preview.locator('[data-thread]');
    this.statements = this.article.locator('.article-body [data-quote]');
    this.whoSaidWhat = this.article.locator('aside');
    this.problems = page.getByTestId('draft-problems');
    this.problemItems = this.problems.locator('li[data-severity="error"]');
    this.warningItems = this.problems.locator('li[data-severity="warning"]');
    this.problemsHeading = page.locator('#draft-problems-title');
    this.stale = page.getByTestId('preview-stale');
    this.toolbar = page.getByRole('toolbar', { name: this.t('preview.toolbar') });
    // The page's status line, beside the save state under the toolbar.
    this.status = page.getByTestId('save-state').locator('xpath=preceding-sibling::p[@role="status"]');
    this.saveState = page.getByTestId('save-state');
    this.recent = page.getByLabel(this.t('drafts.recent'), { exact: true });
    this.fileInput = page.getByTestId('draft-file-input');
    this.shareLinkInput = page.getByLabel(this.t('share.link'), { exact: true });
    this.tablist = page.getByRole('tablist', { name: this.t('preview.tabs') });
    this.review = page.getByTestId('review-panel');
  }

  /**
   * The UI wording for `key` in this page's language, its numbers written as the page writes them:
   * in the UI's digits (Arabic-Indic in the Arabic UI, the reader's default numerals), without
   * grouping; a plural form is still chosen by the number `count`.
   */
  t(key: string, params: Record<string, string | number> = {}): string {
    const shown = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? this.digits(value) : value]));
    const { count } = params;
    if (typeof count !== 'number') return ui(this.lng, key, shown);
    const form = count === 0 ? 'zero' : new Intl.PluralRules(this.lng).select(count);
    const chosen = [key, `${key}_${form}`, `${key}_other`].find((k) => hasUi(this.lng, k));
    return ui(this.lng, chosen ?? key, shown);
  }

  /** A number as the page writes it in its wording: in the UI's digits, without grouping. */
  digits(n: number): string {
    return new Intl.NumberFormat(this.lng === 'ar' ? 'ar-u-nu-arab' : 'en-GB-u-nu-latn', { useGrouping: false }).format(n);
  }

  button(key: string, params?: Record<string, string | number>): Locator {
    return this.page.getByRole('button', { name: this.t(key, params), exact: true });
  }

  /** A thread section of the previewed article. */
  thread(id: string): Locator {
    return this.preview.locator(`[data-thread="${id}"]`);
  }

  tab(which: 'edit' | 'preview'): Locator {
    return this.page.getByRole('tab', { name: this.t(which === 'edit' ? 'preview.tabEdit' : 'preview.tabPreview'), exact: true });
  }

  deviceRadio(device: Device): Locator {
    return this.page.getByRole('radio', { name: this.t(`preview.${device}`), exact: true });
  }

  async goto(hash = ''): Promise<void> {
    await this.page.goto(`/preview?lng=${this.lng}${hash}`);
    await this.ready();
  }

  /** The route's code has loaded and the editor is mounted, in this page's language. */
  async ready(): Promise<void> {
    await this.page.locator(`html[lang="${this.lng}"]`).waitFor({ state: 'attached' });
    await this.editor.waitFor({ state: 'attached' });
    await this.page.waitForFunction(() => !!(window as unknown as EditorWindow).editorView());
  }

  /** True where the editor and the preview are tabs (narrow screens). */
  async tabbed(): Promise<boolean> {
    return this.tablist.isVisible();
  }

  async showEditor(): Promise<void> {
    if (await this.tabbed()) await this.tab('edit').click();
    await this.editor.waitFor({ state: 'visible' });
  }

  async showPreview(): Promise<void> {
    if (await this.tabbed()) await this.tab('preview').click();
    await this.preview.waitFor({ state: 'visible' });
  }

  /** Puts `text` into the editor the way pasting does (a `paste` event with clipboard data), replacing the selection. */
  async paste(text: string): Promise<void> {
    await this.showEditor();
    await pasteIntoEditor(this.page, text);
  }

  /** Replaces the whole draft by pasting over a select-all. */
  async replaceText(text: string): Promise<void> {
    await this.showEditor();
    await pasteIntoEditor(this.page, text, { replace: true });
  }

  /** The editor's whole document (read from CodeMirror's view: the DOM holds only the lines in view). */
  async editorText(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as EditorWindow).editorView()!.state.doc.toString());
  }

  /** The main selection, with the line and column of its head as CodeMirror counts them (1-based). */
  async selection(): Promise<{ from: number; to: number; line: number; column: number; focused: boolean }> {
    return this.page.evaluate(() => {
      const view = (window as unknown as EditorWindow).editorView()!;
      const { from, to, head } = view.state.selection.main;
      const line = view.state.doc.lineAt(head);
      return { from, to, line: line.number, column: head - line.from + 1, focused: view.hasFocus };
    });
  }

  /** Selects [from, to) in the editor and focuses it, as a person would before typing over it. */
  async select(from: number, to = from): Promise<void> {
    await this.showEditor();
    await this.page.evaluate(([a, b]) => {
      const view = (window as unknown as EditorWindow).editorView()!;
      view.focus();
      view.dispatch({ selection: { anchor: a!, head: b! } });
    }, [from, to]);
  }

  /** Number shown in the active line's gutter. */
  activeLineNumber(): Locator {
    return this.page.locator('.cm-lineNumbers .cm-activeLineGutter');
  }

  /** Waits until the problems panel is done checking the current text (no longer aria-busy). */
  async settled(): Promise<void> {
    // Attached, not visible: on a phone the panel may be in the hidden tab.
    await this.page.locator('section[aria-labelledby="draft-problems-title"]:not([aria-busy="true"])').waitFor({ state: 'attached' });
  }

  /** Labels of the "Recent drafts" options, without the placeholder. */
  async recentTitles(): Promise<string[]> {
    return this.recent.locator('option:not([value=""])').allTextContents();
  }

  /** Texts of the drafts kept in localStorage. */
  async storedDrafts(): Promise<string[]> {
    return this.page.evaluate((prefix) => {
      const out: string[] = [];
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        if (!key.startsWith(prefix)) continue;
        const raw = localStorage.getItem(key) ?? '';
        out.push(raw.slice(raw.indexOf('\n') + 1));
      }
      return out;
    }, DRAFT_KEY_PREFIX);
  }

  /** Thread ids of the preview's thread sections, in order. */
  async threadIds(): Promise<string[]> {
    return this.threads.evaluateAll((els) => els.map((el) => el.getAttribute('data-thread')!));
  }

  /** Text and speaker of each statement highlighted in the preview's article body. */
  async statementList(): Promise<{ text: string; speaker: string | null }[]> {
    return this.statements.evaluateAll((els) => els.map((el) => ({ text: (el.textContent ?? '').trim(), speaker: el.getAttribute('data-speaker') })));
  }
}

/** The little of CodeMirror's EditorView the tests use. */
interface EditorViewLike {
  state: { doc: { toString(): string; lineAt(pos: number): { number: number; from: number } }; selection: { main: { from: number; to: number; head: number } } };
  hasFocus: boolean;
  focus(): void;
  dispatch(spec: unknown): void;
}

/** The page's window with `editorView()`, defined by `installEditorLookup`. */
export type EditorWindow = Window & { editorView(): EditorViewLike | null };

/**
 * Makes `editorView()` available in every page of the context: CodeMirror's EditorView for the
 * draft editor, found from its content element as `EditorView.findFromDOM` does (CodeMirror 6.4x
 * keeps its view tree on `cmTile`; older releases on `cmView`).
 */
export async function installEditorLookup(page: Page): Promise<void> {
  // On the context, so pages opened later (a shared link in a new tab) have it too.
  await page.context().addInitScript(() => {
    Object.defineProperty(window, 'editorView', {
      configurable: true,
      value: () => {
        const content = document.querySelector('[data-testid="draft-editor"]') as (HTMLElement & { cmTile?: { root?: { view?: unknown } }; cmView?: { rootView?: { view?: unknown } } }) | null;
        if (!content) return null;
        return content.cmTile?.root?.view ?? content.cmView?.rootView?.view ?? null;
      },
    });
  });
}
