import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// Browser: $PW_CHROMIUM_PATH, else Playwright's own Chromium when installed, else Debian's.
function chromiumPath(): string | undefined {
  if (process.env.PW_CHROMIUM_PATH) return process.env.PW_CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return '/usr/bin/chromium';
}

// Chromium 156 as a full browser in headless mode (Debian's; Playwright's headless shell has no
// browser UI) preloads the address bar's suggestion popup, a WebUI page in a renderer of its own, for
// every window: every test's new context. On this 2-core machine that renderer took about a third of
// the CPU, and turning it off cut a 31-test run from 75 s to 48 s (docs/decisions/0007-e2e-suite.md).
const UNUSED_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup', 'PreloadTopChromeWebUI'];
// Chromium keeps only the last --disable-features switch, so ours must repeat the features
// Playwright itself turns off (playwright-core's chromiumSwitches, 1.65) that matter off Windows and Edge.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
];

const launchOptions = {
  executablePath: chromiumPath(),
  args: [
    // Without these Chromium keeps dialling Google services, which a closed network refuses.
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI].join(',')}`,
  ],
};
// PW_PORT and SAHIFA_DIST let two runs (say, two working copies) build and serve side by side.
const PORT = Number(process.env.PW_PORT ?? 4321);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two cores: a third worker made every test half again as slow (load average 15) and the run no shorter.
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace costs every test its snapshots even when it passes and the trace is thrown
    // away: 'retain-on-failure' made 48 tests take 109-112 s against 80-84 s with 'on-first-retry'.
    // A failure in CI is retried once, with a trace.
    trace: 'on-first-retry',
    // The built site registers a service worker that precaches the reader (some 700 KB) in every new
    // context: blocked, so the other specs neither pay for it nor see their routed requests answered
    // by it. e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions,
  },
  projects: [
    // What runs where (docs/decisions/0007-e2e-suite.md): tests tagged @desktop-only or @phone-only
    // are left out of the other size; behaviour that does not depend on wording runs in the English UI
    // on desktop (@ui-en) and the Arabic UI on the phone (@ui-ar), not in all four combinations.
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions }, grepInvert: /@phone-only|@ui-ar/ },
    { name: 'pixel-7', use: { ...devices['Pixel 7'], launchOptions }, grepInvert: /@desktop-only|@ui-en/ },
    // The iPhone's viewport, pixel ratio, user agent and touch, on Blink: not a Safari test. Its layout
    // differs from pixel-7's only in width (393 px against 412; layout.spec.ts checks 360 px on
    // pixel-7), so it runs only the tests tagged @phone-layout: the reader at its own width, the
    // settings bottom sheet and the statement tooltip on touch (docs/decisions/0007-e2e-suite.md).
    { name: 'iphone-15', use: { ...devices['iPhone 15'], browserName: 'chromium', launchOptions }, grep: /@phone-layout/ },
  ],
  webServer: {
    // The built, prerendered site, as a static host would serve it.
    command: `npm run build && PORT=${PORT} npx tsx scripts/serve.ts`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
