/**
 * Offline reading (issue #14, docs/decisions/0011-offline.md), measured on a production build in
 * BENCH_DIST (default .cache/bench-dist), built when it has no service worker's precache list:
 * - the worker's size (sw.js, raw and gzip);
 * - the precache: how many files and bytes the worker stores at install (the reader only), raw and
 *   as sent compressed (gzip, each file on its own; fonts and images as they are);
 * - the time to show a bundled article offline at 4x CPU slowdown in headless Chromium: the page
 *   opened once online until the worker controls it, then the network cut and the page reloaded;
 *   from navigation to its first contentful paint (the article's text: the page is prerendered),
 *   and to the app being up (html[data-ready]). Median of OFFLINE_RUNS (default 5) fresh contexts.
 * Prints figures only: the issue sets no budget for them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

const DIST = resolve(process.env.BENCH_DIST ?? '.cache/bench-dist');
const RUNS = Math.max(1, Number(process.env.OFFLINE_RUNS ?? 5));
const browserPath = process.env.PW_CHROMIUM_PATH ?? (existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium');
const chromeArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync(join(DIST, '.vite', 'precache.json'))) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SAHIFA_DIST: DIST } });
}

const sw = readFileSync(join(DIST, 'sw.js'));
console.log(`service worker: ${kb(sw.length)} (${kb(gzipSync(sw, { level: 9 }).length)} gzip)`);
// The list the build wrote into sw.js (scripts/build-offline.ts), not one made again here: a bench may
// have added pages of its own to the folder since.
const list = JSON.parse(readFileSync(join(DIST, '.vite', 'precache.json'), 'utf8')) as { url: string }[];
let raw = 0;
let sent = 0;
for (const { url } of list) {
  const data = readFileSync(join(DIST, url));
  raw += data.length;
  sent += /\.(woff2|png)$/u.test(url) ? data.length : gzipSync(data, { level: 9 }).length;
}
console.log(`precache (reader only): ${list.length} files, ${kb(raw)} (${kb(sent)} compressed)`);

const files = sirv(DIST, { single: 'spa.html', dev: false, gzip: true, brotli: true });
const server = createServer((req, res) => files(req, res));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const article = JSON.parse(readFileSync(join(DIST, 'articles', 'index.json'), 'utf8')) as { articles: { slug: string }[] };
const slug = article.articles[0]!.slug;

const browser = await chromium.launch({ executablePath: browserPath, args: chromeArgs });
const paints: number[] = [];
const readies: number[] = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${origin}/read/${slug}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await context.setOffline(true);
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.reload();
    await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    const { paint, ready } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      ready: performance.now(),
    }));
    paints.push(paint);
    readies.push(ready);
    console.log(`  run ${run}: first contentful paint ${paint.toFixed(0)} ms, app up by ${ready.toFixed(0)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`bundled article offline at 4x CPU: first contentful paint ${median(paints).toFixed(0)} ms (median of ${RUNS}), app up by ${median(readies).toFixed(0)} ms`);
