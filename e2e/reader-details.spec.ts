import { expect, projectLanguage, test } from './fixtures';
import { ReaderPage, SEED, SEED_SLUG, SettingsDialog } from './pages/reader-page';
import { ui } from './pages/ui-text';

/*
 * The reader's smaller details (issue #13): each in the project's language (English on desktop,
 * Arabic on the phone), so both languages and both sizes are seen once.
 */

test('the text-size buttons say what they do in words, and the last step keeps the focus', async ({ page, isMobile }) => {
  const lng = projectLanguage(isMobile);
  const reader = new ReaderPage(page);
  const settings = new SettingsDialog(page);
  await reader.goto(SEED, lng);
  await settings.open(reader.settingsButton);
  await expect(settings.smaller).toHaveText(ui(lng, 'settings.smaller'));
  await expect(settings.larger).toHaveText(ui(lng, 'settings.larger'));
  await expect(settings.larger).toHaveAccessibleName(ui(lng, 'settings.larger'));

  for (const [button, last] of [
    [settings.larger, lng === 'ar' ? '٧ من ٧' : '7 of 7'],
    [settings.smaller, lng === 'ar' ? '١ من ٧' : '1 of 7'],
  ] as const) {
    await button.focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
    await expect(settings.sizeValue).toHaveText(last);
    // At its limit the button says it is unavailable but keeps the focus: the reader's place is not lost.
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toBeFocused();
  }
});

test('"go to this passage" ends with an arrow pointing the way the UI reads', async ({ page, isMobile }) => {
  const lng = projectLanguage(isMobile);
  const reader = new ReaderPage(page);
  await reader.goto(SEED, lng);
  await reader.toggleAll.click();
  const link = reader.passageLinks('ukraine').first();
  await expect(link).toBeVisible();
  await expect(link).toContainText(ui(lng, 'threads.goTo'));
  const seen = await link.evaluate((a) => {
    const icon = a.querySelector('svg')!;
    const text = document.createRange();
    text.selectNodeContents(a);
    text.setEndBefore(icon);
    const words = text.getBoundingClientRect();
    const box = icon.getBoundingClientRect();
    // The path is drawn pointing right; `scale: -1 1` mirrors it.
    const mirrored = getComputedStyle(icon).scale.startsWith('-1');
    return { direction: getComputedStyle(a).direction, pointsRight: !mirrored, iconRightOfWords: box.left >= words.right - 1, iconLeftOfWords: box.right <= words.left + 1 };
  });
  expect(seen.direction).toBe(lng === 'ar' ? 'rtl' : 'ltr');
  if (lng === 'ar') {
    expect(seen).toMatchObject({ pointsRight: false, iconLeftOfWords: true });
  } else {
    expect(seen).toMatchObject({ pointsRight: true, iconRightOfWords: true });
  }
});

test("the library's thread chips are links to that thread in the article", async ({ page, isMobile }) => {
  const lng = projectLanguage(isMobile);
  await page.goto(`/?lng=${lng}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const chips = page.getByRole('list', { name: ui(lng, 'article.threads'), exact: true }).first().getByRole('link');
  await expect(chips.first()).toBeVisible();
  const hrefs = await chips.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(/^\/read\/[a-z0-9-]+#thread-[a-z0-9-]+$/u);
  expect(hrefs[0]).toBe(`/read/${SEED_SLUG}#thread-ukraine`);
  expect((await chips.first().boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await chips.first().click();
  await expect(page).toHaveURL(new RegExp(`/read/${SEED_SLUG}#thread-ukraine$`, 'u'));
  await expect(new ReaderPage(page).thread('ukraine')).toHaveAttribute('open', '');
});

test('the "Aa" of the settings button sits on the baseline of its label and of the language link', { tag: '@desktop-only' }, async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(SEED, 'en');
  const seen = await page.evaluate(async () => {
    // A face with a far taller ascent than descent, as a Naskh face has: centring boxes of two faces
    // puts their baselines apart; one line of text keeps them together whatever the metrics.
    const face = new FontFace('Sahifa Test Tall', 'local("DejaVu Serif")', { ascentOverride: '160%', descentOverride: '10%' });
    await face.load();
    document.fonts.add(face);
    const baseline = (el: Element) => {
      // A zero-height inline block sits with its bottom on the baseline of the text around it.
      const probe = document.createElement('span');
      probe.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
      el.append(probe);
      const y = probe.getBoundingClientRect().bottom;
      probe.remove();
      return y;
    };
    const button = document.querySelector('header button[aria-haspopup="dialog"]')!;
    const [aa, label] = [...button.querySelectorAll<HTMLElement>(':scope > span')];
    aa!.style.fontFamily = '"Sahifa Test Tall"';
    const link = document.querySelector('header a[hreflang]')!;
    const words = document.createElement('span');
    words.append(...link.childNodes);
    link.append(words);
    return { aa: baseline(aa!), label: baseline(label!), link: baseline(words), height: button.getBoundingClientRect().height };
  });
  expect(Math.abs(seen.aa - seen.label)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(seen.aa - seen.link)).toBeLessThanOrEqual(0.5);
  expect(seen.height).toBeCloseTo(44, 0);
});

test('statements in "who said what" keep the article\'s face and leading', async ({ page, isMobile }) => {
  const reader = new ReaderPage(page);
  await reader.goto(SEED, projectLanguage(isMobile));
  const style = (el: Element) => {
    const s = getComputedStyle(el);
    return { family: s.fontFamily, leading: Number.parseFloat(s.lineHeight) / Number.parseFloat(s.fontSize) };
  };
  const quote = await reader.whoSaidWhatLinks.first().evaluate(style);
  const text = await page.locator('article .article-body p').first().evaluate(style);
  expect(quote.family).toBe(text.family);
  expect(quote.leading).toBeCloseTo(text.leading, 2);
});

test('without scripts, the controls that need them are hidden in place', { tag: '@desktop-only' }, async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(`${SEED}?lng=en`);
  const hidden = new ReaderPage(noScript);
  await expect(noScript.locator('article h1')).toBeVisible();
  await expect(hidden.settingsButton).toBeHidden();
  await expect(hidden.toggleAll).toBeHidden();
  // Hidden, not removed: they keep their place, so nothing moves when scripts show them.
  const placeWithout = (await hidden.toggleAll.boundingBox())!;
  await context.close();

  const reader = new ReaderPage(page);
  await reader.goto(SEED, 'en');
  await expect(reader.settingsButton).toBeVisible();
  await expect(reader.toggleAll).toBeVisible();
  const placeWith = (await reader.toggleAll.boundingBox())!;
  expect(placeWith.y).toBeCloseTo(placeWithout.y, 0);
  expect(placeWith.height).toBeCloseTo(placeWithout.height, 0);
});
