/**
 * Screenshots of the built site at phone and desktop sizes, in the Arabic and English UI:
 * `npm run screenshots` (expects `npm run serve` on $BASE_URL, default http://127.0.0.1:4173).
 */
import { mkdirSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const out = process.env.OUT_DIR ?? 'docs/screenshots';
const pages = (process.env.PAGES ?? '/,/read/beijing-moscow-talks').split(',');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.PW_CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking'] });
const sizes = { desktop: { viewport: { width: 1280, height: 800 } }, phone: { ...devices['Pixel 7'] } };
for (const [size, options] of Object.entries(sizes)) {
  for (const lng of ['ar', 'en']) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lng=${lng}`);
      await page.waitForLoadState('networkidle');
      const name = `${path.replace(/[^a-z0-9]+/giu, '-').replace(/^-|-$/gu, '') || 'library'}-${size}-${lng}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: size === 'desktop' });
      console.log(`${out}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
