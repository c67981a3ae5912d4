import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Lng } from './pages/ui-text';

/** The WCAG 2.2 A/AA rule tags every full axe scan uses. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page and returns the violations as readable lines: every WCAG 2.2 A/AA rule, or
 * only `rules` when given (the other themes need only colour-contrast: nothing else changes with
 * the colours). `include` limits the scan to part of the page.
 */
export async function axeViolations(page: Page, { rules, include }: { rules?: string[]; include?: string } = {}) {
  let builder = new AxeBuilder({ page });
  builder = rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * The UI language a project runs behaviour in that does not depend on wording: Arabic on the
 * phones, English on desktop, so each language and each size is seen once without running all
 * four combinations (docs/decisions/0007-e2e-suite.md).
 */
export function projectLanguage(isMobile: boolean): Lng {
  return isMobile ? 'ar' : 'en';
}

/**
 * Declares tests (in `body`) that run only in the project whose language is `lng` (see
 * {@link projectLanguage}): they are tagged `@ui-ar` or `@ui-en`, and the other projects leave
 * them out by grep (playwright.config.ts). Left out, not skipped: a skipped test still sets up its
 * page, which cost about two seconds a test on this machine.
 */
export function inProjectLanguage(lng: Lng, body: () => void): void {
  test.describe(lng === 'ar' ? 'Arabic UI' : 'English UI', { tag: lng === 'ar' ? '@ui-ar' : '@ui-en' }, body);
}

/**
 * The test fixture every spec uses: it collects console errors and uncaught page errors (a missing
 * i18n key, a hydration mismatch, a crash) and fails the test when any appeared.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        // A failed request is logged by the browser itself; tests that cause one assert the page's answer.
        if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      // Every Content-Security-Policy violation fails the test, whether or not the browser logs it.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} (${e.blockedURI || 'inline'})`));
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
