import { expect, test } from './fixtures';
import { NUMERAL_INDEX, PAPER, ReaderPage, SEED, SettingsDialog, SETTINGS_KEY, storeSettings, THEME_INDEX } from './pages/reader-page';

const NAME = { ar: 'إعدادات القراءة', en: 'Reading settings' };
/** TEXT_SIZES (rem) × 16 px. */
const SIZES_PX = [15.2, 16.8, 18.4, 20, 22.4, 24.8, 28];
const LEADINGS = [1.6, 1.85, 2.1];

const px = (value: string) => Number.parseFloat(value);

test.describe('reading settings', { tag: '@desktop-only' }, () => {
  // Desktop only (the projects' grep, playwright.config.ts): size-independent behaviour: desktop only.

  for (const lng of ['ar', 'en'] as const) {
    test(`the settings button opens a modal dialog, closed by its button (${lng})`, async ({ page }) => {
      const reader = new ReaderPage(page);
      const settings = new SettingsDialog(page);
      await reader.goto(SEED, lng);
      const button = page.getByRole('button', { name: NAME[lng] });
      await expect(button).toBeVisible();
      await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
      await button.click();
      const dialog = page.getByRole('dialog', { name: NAME[lng] });
      await expect(dialog).toBeVisible();
      expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true);
      // Desktop: a centred panel, not a sheet.
      const box = (await dialog.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(viewport.height - (box.y + box.height)).toBeGreaterThan(16);
      expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(2);
      await settings.close.click();
      await expect(dialog).toBeHidden();
      await expect(settings.dialog).not.toHaveAttribute('open');
    });
  }

  test('text size: seven steps from smallest to largest change the article font size', async ({ page }) => {
    const reader = new ReaderPage(page);
    const settings = new SettingsDialog(page);
    await reader.goto(SEED, 'ar');
    expect(px(await reader.style(reader.articleBody, 'font-size'))).toBeCloseTo(SIZES_PX[2]!, 1);
    await settings.open(reader.settingsButton);
    await expect(settings.sizeValue).toHaveText('٣ من ٧');
    await expect(settings.smaller).toHaveAccessibleName('نص أصغر');
    await expect(settings.larger).toHaveAccessibleName('نص أكبر');
    await settings.smaller.click();
    await settings.smaller.click();
    await expect(settings.smaller).toHaveAttribute('aria-disabled', 'true');
    await expect(settings.sizeValue).toHaveText('١ من ٧');
    const sizes = [px(await reader.style(reader.articleBody, 'font-size'))];
    for (let i = 1; i < 7; i++) {
      await settings.larger.click();
      await expect(settings.sizeValue).toHaveText(`${'١٢٣٤٥٦٧'[i]} من ٧`);
      sizes.push(px(await reader.style(reader.articleBody, 'font-size')));
    }
    await expect(settings.larger).toHaveAttribute('aria-disabled', 'true');
    sizes.forEach((size, i) => expect(size, `step ${i + 1}`).toBeCloseTo(SIZES_PX[i]!, 1));
    // The text really grows: the first paragraph is taller.
    expect(sizes[6]! / sizes[0]!).toBeGreaterThan(1.7);
  });

  test('line spacing changes the article line height', async ({ page }) => {
    const reader = new ReaderPage(page);
    const settings = new SettingsDialog(page);
    await reader.goto(SEED, 'en');
    await settings.open(reader.settingsButton);
    await expect(settings.options('leading')).toHaveCount(3);
    await expect(settings.options('leading').nth(1)).toBeChecked();
    for (const [i, leading] of LEADINGS.entries()) {
      await settings.choose('leading', i);
      await expect(settings.options('leading').nth(i)).toBeChecked();
      const [size, height] = [px(await reader.style(reader.articleBody, 'font-size')), px(await reader.style(reader.articleBody, 'line-height'))];
      expect(height / size, `option ${i}`).toBeCloseTo(leading, 2);
    }
  });

  test('themes: light, dark and sepia set html[data-theme] and the background; system removes it', async ({ page }) => {
    const reader = new ReaderPage(page);
    const settings = new SettingsDialog(page);
    await reader.goto(SEED, 'ar');
    await expect(reader.html).not.toHaveAttribute('data-theme');
    expect(await reader.bodyBackground()).toBe(PAPER.light);
    await settings.open(reader.settingsButton);
    await expect(settings.options('theme').nth(THEME_INDEX.system)).toBeChecked();
    for (const theme of ['dark', 'sepia', 'light'] as const) {
      await settings.choose('theme', THEME_INDEX[theme]);
      await expect(reader.html).toHaveAttribute('data-theme', theme);
      await expect.poll(() => reader.bodyBackground()).toBe(PAPER[theme]);
      // The dialog follows the theme too.
      expect(await reader.style(settings.dialog, 'background-color')).toBe(PAPER[theme]);
    }
    await settings.choose('theme', THEME_INDEX.system);
    await expect(reader.html).not.toHaveAttribute('data-theme');
    expect(await reader.bodyBackground()).toBe(PAPER.light);
  });

  test('the theme follows the system by default (dark system → dark page without data-theme)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const reader = new ReaderPage(page);
    const settings = new SettingsDialog(page);
    await reader.goto(SEED, 'en');
    await expect(reader.html).not.toHaveAttribute('data-theme');
    expect(await reader.bodyBackground()).toBe(PAPER.dark);
    // An explicit light theme wins over the system.
    await settings.open(reader.settingsButton);
    await settings.choose('theme', THEME_INDEX.light);
    await expect.poll(() => reader.bodyBackground()).toBe(PAPER.light);
    await settings.choose('theme', THEME_INDEX.system);
    await expect.poll(() => reader.bodyBackground()).toBe(PAPER.dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => reader.bodyBackground()).toBe(PAPER.light);
  });

  test('numerals: Arabic-Indic by default in the Arabic UI, Latin on request, in reading time and counts', async ({ page }) => {
    const reader = new ReaderPage(page);
    const settings = new SettingsDialog(page);
    await reader.goto(SEED, 'ar');
    await expect(reader.meta).toContainText('٣ دقائق قراءة');
    await settings.open(reader.settingsButton);
    await settings.choose('numerals', NUMERAL_INDEX.latn);
    await expect(reader.meta).toContainText('3 دقائق قراءة');
    await expect(reader.summary('korea')).toContainText('3 مقاطع');
    await expect(settings.sizeValue).toHaveText('3 من 7');
    await settings.choose('numerals', NUMERAL_INDEX.auto);
    await expect(reader.meta).toContainText('٣ دقائق قراءة');
  });

  test('numerals: Latin by default in the English UI, Arabic-Indic on request', async ({ page }) => {
    const reader = new ReaderPage(page);
    const settings = new SettingsDialog(page);
    await reader.goto(SEED, 'en');
    await expect(reader.meta).toContainText('3 minutes read');
    await settings.open(reader.settingsButton);
    await settings.choose('numerals', NUMERAL_INDEX.arab);
    await expect(reader.meta).toContainText('٣ minutes read');
    await expect(reader.summary('ukraine')).toContainText('٤ passages');
  });

  test('settings persist across a reload and show in the dialog', async ({ page }) => {
    const reader = new ReaderPage(page);
    const settings = new SettingsDialog(page);
    await reader.goto(SEED, 'ar');
    await settings.open(reader.settingsButton);
    await settings.choose('theme', THEME_INDEX.sepia);
    await settings.choose('leading', 2);
    await settings.choose('numerals', NUMERAL_INDEX.latn);
    for (let i = 0; i < 4; i++) await settings.larger.click();
    await expect(settings.larger).toHaveAttribute('aria-disabled', 'true');
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SETTINGS_KEY);
    expect(stored).toMatchObject({ theme: 'sepia', leading: 2, numerals: 'latn', size: 6 });

    await page.reload();
    await reader.waitForApp();
    await expect(reader.html).toHaveAttribute('data-theme', 'sepia');
    expect(await reader.bodyBackground()).toBe(PAPER.sepia);
    expect(px(await reader.style(reader.articleBody, 'font-size'))).toBeCloseTo(SIZES_PX[6]!, 1);
    await expect(reader.meta).toContainText('3 دقائق قراءة');
    await settings.open(reader.settingsButton);
    await expect(settings.options('theme').nth(THEME_INDEX.sepia)).toBeChecked();
    await expect(settings.options('leading').nth(2)).toBeChecked();
    await expect(settings.options('numerals').nth(NUMERAL_INDEX.latn)).toBeChecked();
    await expect(settings.sizeValue).toHaveText('7 من 7');
    await expect(settings.larger).toHaveAttribute('aria-disabled', 'true');
  });

  test('stored settings apply before the first paint, without the app script', async ({ page }) => {
    await storeSettings(page, { theme: 'dark', size: 6, leading: 2, highlights: false });
    // Block the app bundle: only the inline pre-paint script can have applied the settings.
    let blocked = 0;
    await page.route('**/assets/*.js', (route) => {
      blocked++;
      return route.abort();
    });
    await page.goto(SEED, { waitUntil: 'domcontentloaded' });
    const reader = new ReaderPage(page);
    await expect(reader.html).toHaveAttribute('data-theme', 'dark');
    expect(await reader.bodyBackground()).toBe(PAPER.dark);
    expect(px(await reader.style(reader.articleBody, 'font-size'))).toBeCloseTo(SIZES_PX[6]!, 1);
    expect(px(await reader.style(reader.articleBody, 'line-height')) / SIZES_PX[6]!).toBeCloseTo(2.1, 2);
    await expect(reader.html).toHaveAttribute('data-highlights', 'off');
    expect(await reader.style(reader.quotes, 'background-color')).toBe('rgba(0, 0, 0, 0)');
    expect(blocked).toBeGreaterThan(0);
  });

  test('the very first paint is dark with a stored dark theme (no white flash)', async ({ page }) => {
    await storeSettings(page, { theme: 'dark' });
    // Record the theme and background in the first animation frame: Chromium runs it just before
    // the first paint, once render-blocking CSS is in (rAF waits while the page is render-blocked).
    await page.addInitScript(() => {
      const w = window as unknown as { firstPaint: string[] };
      w.firstPaint = [];
      const frame = () => {
        if (!document.body) return requestAnimationFrame(frame);
        w.firstPaint.push(`${document.documentElement.getAttribute('data-theme')} ${getComputedStyle(document.body).backgroundColor}`);
      };
      requestAnimationFrame(frame);
    });
    await page.goto(SEED);
    const first = await page.evaluate(() => (window as unknown as { firstPaint: string[] }).firstPaint);
    expect(first).toEqual([`dark ${PAPER.dark}`]);
  });
});

test.describe('reading settings on phones', { tag: '@phone-only' }, () => {
  // Phones only (the projects' grep, playwright.config.ts): phone layout only.

  for (const lng of ['ar', 'en'] as const) {
    test(`the button shows only "Aa" but keeps its name; the dialog is a bottom sheet with 44 px targets (${lng})`, { tag: '@phone-layout' }, async ({ page }) => {
      const reader = new ReaderPage(page);
      const settings = new SettingsDialog(page);
      await reader.goto(SEED, lng);
      const button = page.getByRole('button', { name: NAME[lng] });
      await expect(button).toBeVisible();
      const label = button.locator('span').last();
      await expect(label).toHaveText(NAME[lng]);
      const labelBox = (await label.boundingBox())!;
      expect(labelBox.width * labelBox.height, 'the label is visually hidden').toBeLessThanOrEqual(1);
      await expect(button.locator('span').first()).toHaveText('Aa');
      const buttonBox = (await button.boundingBox())!;
      expect(buttonBox.height).toBeGreaterThanOrEqual(44);
      expect(buttonBox.width).toBeGreaterThanOrEqual(44);

      await button.tap();
      const dialog = page.getByRole('dialog', { name: NAME[lng] });
      await expect(dialog).toBeVisible();
      expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true);
      const viewport = page.viewportSize()!;
      const box = (await dialog.boundingBox())!;
      expect(Math.abs(box.y + box.height - viewport.height), 'bottom edge on the viewport bottom').toBeLessThanOrEqual(1);
      expect(box.x).toBeLessThanOrEqual(0.5);
      expect(Math.abs(box.width - viewport.width)).toBeLessThanOrEqual(1);

      // Every target: buttons, the visible face of each radio option, the checkbox's label.
      const targets = settings.dialog.locator('button, label:has(input[type="radio"]) > span, label:has(input[type="checkbox"])');
      const boxes = await targets.evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent?.trim() ?? '', width: r.width, height: r.height };
      }));
      expect(boxes.length).toBe(2 + 1 + 3 + 4 + 3 + 1);
      for (const b of boxes) {
        expect(b.width, `width of "${b.text}"`).toBeGreaterThanOrEqual(44);
        expect(b.height, `height of "${b.text}"`).toBeGreaterThanOrEqual(44);
      }
      // Every option can be reached by tapping it.
      await settings.options('theme').nth(THEME_INDEX.dark).locator('xpath=..').tap();
      await expect(reader.html).toHaveAttribute('data-theme', 'dark');
      await settings.larger.tap();
      await expect(settings.sizeValue).toHaveText(lng === 'ar' ? '٤ من ٧' : '4 of 7');
      await settings.close.tap();
      await expect(dialog).toBeHidden();
    });
  }
});
