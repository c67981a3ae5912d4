/**
 * Reader budgets, measured on a fresh production build in .cache/bench-dist (part of `npm run bench`):
 * - JavaScript of the article route before its first paint (gzip -9), the app's after it, and that
 *   neither holds editor code;
 * - fonts the article route downloads;
 * - a generated 5,000-paragraph article at 4x CPU slowdown: its own cost at first paint (its first paint
 *   minus the same page's around one paragraph, interleaved, medians of PAINT_RUNS, at least 7: budget
 *   100 ms), and the longest task while scrolling and while the rest of its text is added, median of N
 *   runs (LONG_RUNS, default 3);
 * - Lighthouse mobile on the seed article against its floor (the same prerendered page with every
 *   script removed, served at /floor/<slug>/), simulated throttling, cold cache, the two interleaved,
 *   median of N runs each (LIGHTHOUSE_RUNS, default 5; 0 skips): LCP at most 1.25 x the floor's,
 *   performance 100, TBT at most 50 ms, CLS at most 0.01; then devtools throttling on the page alone.
 * Prints numbers and a verdict per budget; exits 1 when a budget is missed.
 * BENCH_DIST builds into another folder (two benches side by side); BENCH_REUSE=1 keeps an existing build there.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { importText } from '../src/article/import-text';
import { completePageHtml, completeTextUrl, pageHtml, templateFromShell } from './lib/page-html';

// BENCH_DIST: another build folder, so two benches can run side by side.
const DIST = resolve(process.env.BENCH_DIST ?? '.cache/bench-dist');
const SLUG = 'beijing-moscow-talks';
const failures: string[] = [];
const report = (name: string, value: string, ok: boolean, target: string) => {
  console.log(`${name}: ${value} (${ok ? 'ok' : 'OVER'}, budget ${target})`);
  if (!ok) failures.push(name);
};
const browserPath = process.env.PW_CHROMIUM_PATH ?? (existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium');
const chromeArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

// 1. A production build of our own, so a running dev or test server is not disturbed.
if (!(process.env.BENCH_REUSE === '1' && existsSync(join(DIST, 'spa.html')))) {
  rmSync(DIST, { recursive: true, force: true });
  // The build the site ships (npm run build: prerendered pages, the service worker, compression).
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore', env: { ...process.env, SAHIFA_DIST: DIST } });
}
const template = templateFromShell(readFileSync(join(DIST, 'spa.html'), 'utf8'));

// A 5,000-paragraph article, prerendered like a bundled one.
const sentences = ['قال المتحدث باسم الوزارة إن "المفاوضات مستمرة" رغم الصعوبات في أوكرانيا.', 'وأضاف أن الاجتماع المقبل سيعقد في القاهرة لبحث الوضع في غزة.', 'وتناول اللقاء العلاقات مع كوريا الجنوبية والتعاون في مجال الطاقة والتجارة.'];
const longText = ['مقالة طويلة لقياس سرعة العرض', ...Array.from({ length: 5000 }, (_, i) => (i % 50 === 0 ? `القسم ${i / 50 + 1}` : `${sentences[i % 3]} ${sentences[(i + 1) % 3]}`))].join('\n\n');
const longArticle = { ...importText(longText, { slug: 'bench-long', status: 'published' }), dir: 'rtl' as const };
mkdirSync(join(DIST, 'read/bench-long'), { recursive: true });
writeFileSync(join(DIST, 'articles/bench-long.json'), JSON.stringify(longArticle));
const longData = { path: '/read/bench-long', kind: 'article' as const, article: longArticle };
writeFileSync(join(DIST, 'read/bench-long/index.html'), pageHtml(template, longData.path, longData, 'bench'));
mkdirSync(join(DIST, completeTextUrl(longData.path)), { recursive: true });
writeFileSync(join(DIST, completeTextUrl(longData.path), 'index.html'), completePageHtml(template, longData.path, longData, 'bench'));
// The floor to compare with: the same page around a one-paragraph article. On a busy machine both move.
const floorArticle = { ...importText(`${longText.split('\n\n').slice(0, 2).join('\n\n')}`, { slug: 'bench-floor', status: 'published' }), dir: 'rtl' as const };
mkdirSync(join(DIST, 'read/bench-floor'), { recursive: true });
writeFileSync(join(DIST, 'read/bench-floor/index.html'), pageHtml(template, '/read/bench-floor', { path: '/read/bench-floor', kind: 'article', article: floorArticle }, 'bench'));
// And Chromium's own floor: a page of one line with nothing to fetch, style or run.
writeFileSync(join(DIST, 'bench-blank.html'), '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>bench</title></head><body><p>صفحة من سطر واحد</p></body></html>');

// 2. JavaScript of the article route. Before its first paint: the page's scripts and their preloads
// (src/app/boot.ts and what it imports; budget 100 KB). After it: the app, which boot requests once the
// page is on screen (the chunks boot names and everything they import statically); printed, no budget.
const html = readFileSync(join(DIST, 'read', SLUG, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/gu)].map((m) => m[1]!);
const gzipped = (src: string) => gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length;
const jsBytes = scripts.reduce((sum, src) => sum + gzipped(src), 0);
report('JS before first paint, article route (gzip -9)', `${(jsBytes / 1024).toFixed(1)} KB in ${scripts.length} file(s)`, jsBytes <= 100 * 1024, '100 KB');
const afterPaint = new Set<string>();
const visit = (src: string) => {
  if (afterPaint.has(src) || scripts.includes(src)) return;
  afterPaint.add(src);
  for (const m of readFileSync(join(DIST, src), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/gu)) visit(`/assets/${m[1]}`);
};
for (const src of scripts) for (const m of readFileSync(join(DIST, src), 'utf8').matchAll(/"assets\/([\w.-]+\.js)"/gu)) visit(`/assets/${m[1]}`);
const appBytes = [...afterPaint].reduce((sum, src) => sum + gzipped(src), 0);
console.log(`  app JS after first paint (gzip -9): ${(appBytes / 1024).toFixed(1)} KB in ${afterPaint.size} file(s): ${[...afterPaint].map((s) => s.replace('/assets/', '')).join(', ')}`);
const editorCode = [...scripts, ...afterPaint].some((src) => /codemirror|editor|preview/iu.test(src) || /@codemirror|EditorView/u.test(readFileSync(join(DIST, src), 'utf8')));
report('editor code on the article route', editorCode ? 'present' : 'none', !editorCode, 'none');

// The floor for Lighthouse: the same page with every script removed (the modules, their preloads,
// the page data and the inline settings script), so what is left is HTML, CSS and fonts.
const floorHtml = html
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gu, '')
  .replace(/<link rel="modulepreload"[^>]*>\s*/gu, '');
if (/<script\b|modulepreload/u.test(floorHtml)) throw new Error('the floor page still holds a script');
mkdirSync(join(DIST, 'floor', SLUG), { recursive: true });
writeFileSync(join(DIST, 'floor', SLUG, 'index.html'), floorHtml);

const files = sirv(DIST, { single: 'spa.html', dev: false, gzip: true, brotli: true });
const server = createServer((req, res) => files(req, res));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: browserPath, args: chromeArgs });

// 3. Fonts the article route downloads.
{
  const page = await browser.newPage();
  let fontBytes = 0;
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'font') fontBytes += (await r.body()).length;
  });
  await page.goto(`${base}/read/${SLUG}`, { waitUntil: 'networkidle' });
  report('fonts, article route', `${(fontBytes / 1024).toFixed(1)} KB`, fontBytes <= 60 * 1024, '60 KB');
  await page.close();
}

// 4. The long article at 4x CPU slowdown: paint after the HTML arrived, the longest task while
// scrolling, and how long adding the rest of its text takes (medians of LONG_RUNS page loads).
{
  const longRuns = Math.max(1, Number(process.env.LONG_RUNS ?? 3));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const runs: { paint: number; blank: number; floor: number; afterLast: number; htmlKb: number; hydration: number; scrolling: number; complete: number; growing: number; blocks: number }[] = [];
  // First contentful paint, counted from the first byte of the HTML: parsing, style and layout of
  // the page included (its transfer over loopback is a few tens of milliseconds).
  const firstPaint = () => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return [fcp - nav.responseStart, fcp - nav.responseEnd, nav.decodedBodySize / 1024] as const;
  };
  // First paint of another page, loaded the same way, for comparison.
  const paintOf = async (path: string) => {
    const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
    await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const [paint] = await page.evaluate(firstPaint);
    await page.close();
    return paint;
  };
  // The article's own cost at first paint (issue #13): the 5,000-paragraph page's first paint minus
  // that of the same page around a one-paragraph article, loaded in turn (interleaved, so a busy
  // machine moves both), median of PAINT_RUNS (default 7) each; the blank page beside it, for context.
  const paintRuns = Math.max(7, Number(process.env.PAINT_RUNS ?? 7));
  const paints: { long: number; floor: number; blank: number }[] = [];
  for (let run = 0; run < paintRuns; run++) {
    paints.push({ blank: await paintOf('/bench-blank.html'), floor: await paintOf('/read/bench-floor'), long: await paintOf('/read/bench-long') });
  }
  const pm = (key: 'long' | 'floor' | 'blank') => median(paints.map((r) => r[key]));
  const own = pm('long') - pm('floor');
  console.log(
    `  (first paints from the first byte, medians of ${paintRuns} interleaved loads: 5,000 paragraphs ${pm('long').toFixed(0)} ms, ` +
      `one paragraph ${pm('floor').toFixed(0)} ms, a blank page of one Arabic line ${pm('blank').toFixed(0)} ms: what any page costs here)`,
  );
  report("5,000-paragraph article: the article's own cost at first paint (minus the one-paragraph page), 4x CPU", `${own.toFixed(0)} ms`, own <= 100, '100 ms');

  for (let run = 0; run < longRuns; run++) {
    const blank = await paintOf('/bench-blank.html');
    const floor = await paintOf('/read/bench-floor');
    const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      // __longest: since the last reset; __after: since hydration.
      const w = window as unknown as { __longest: number; __after: number };
      w.__longest = 0;
      w.__after = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          w.__longest = Math.max(w.__longest, e.duration);
          w.__after = Math.max(w.__after, e.duration);
        }
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.goto(`${base}/read/bench-long`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const [paint, afterLast, htmlKb] = await page.evaluate(firstPaint);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 120_000, polling: 50 });
    const [hydration, readyAt] = await page.evaluate(() => [(window as unknown as { __longest: number }).__longest, performance.now()]);
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __after: number };
      w.__longest = 0;
      w.__after = 0;
    });
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(50);
    }
    const scrolling = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    // The rest of the text, added in idle time after hydration: done when no gap is left.
    await page.waitForFunction(() => !document.querySelector('[data-pending-chunks]'), null, { timeout: 120_000, polling: 50 });
    const [completeAt, growing, blocks] = await page.evaluate(() => [performance.now(), (window as unknown as { __after: number }).__after, document.querySelectorAll('.article-chunk > [id]').length]);
    runs.push({ paint, blank, floor, afterLast, htmlKb, hydration, scrolling, complete: completeAt - readyAt, growing, blocks });
    await page.close();
  }
  const m = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
  console.log(`  (HTML ${m('htmlKb').toFixed(0)} KB; first paint ${Math.max(0, m('afterLast')).toFixed(0)} ms after its last byte; medians of ${runs.length} runs, first paints ${runs.map((r) => r.paint.toFixed(0)).join(', ')} ms)`);
  console.log(`  (the same page around a one-paragraph article, loaded just before each: first paint ${m('floor').toFixed(0)} ms; ${runs.map((r) => r.floor.toFixed(0)).join(', ')} ms)`);
  console.log(`  (a page of one Arabic line without styles, fonts or scripts, loaded before those: first paint ${m('blank').toFixed(0)} ms; ${runs.map((r) => r.blank.toFixed(0)).join(', ')} ms)`);
  console.log(`  (5,000-paragraph article: first paint from the first byte of the HTML in these runs, 4x CPU: ${m('paint').toFixed(0)} ms; the budget is on its own cost, above)`);
  console.log(`  (longest task until hydrated: ${m('hydration').toFixed(0)} ms; the whole text, ${m('blocks').toFixed(0)} blocks, was in the page ${(m('complete') / 1000).toFixed(1)} s after hydration)`);
  report('5,000-paragraph article: longest task while scrolling, 4x CPU', `${m('scrolling').toFixed(0)} ms`, m('scrolling') < 50, 'no long task (< 50 ms)');
  report('5,000-paragraph article: longest task after hydration until its whole text is in the page, 4x CPU', `${m('growing').toFixed(0)} ms`, m('growing') < 50, 'no long task (< 50 ms)');
}
await browser.close();

// 5. Lighthouse (mobile: simulated slow 4G, 4x CPU), cold cache (each run a fresh profile).
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
if (runs > 0) {
  const chromePath = browserPath ?? chromium.executablePath();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  type Result = { perf: number; lcp: number; cls: number; tbt: number };
  const lighthouse = async (path: string, method: 'simulate' | 'devtools'): Promise<Result | null> => {
    // Asynchronous on purpose: the site is served from this process, so its event loop must keep running.
    const out = await promisify(execFile)(
      'npx',
      ['-y', 'lighthouse@12.2.3', `${base}${path}`, '--quiet', '--only-categories=performance', `--throttling-method=${method}`, '--output=json', '--output-path=stdout', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
      { env: { ...process.env, CHROME_PATH: chromePath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stderr?: string }) => {
      console.log(`lighthouse failed: ${(error.stderr ?? String(error)).split('\n').slice(-3).join(' ')}`);
      return null;
    });
    if (!out) return null;
    const lhr = JSON.parse(out.stdout) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue: number }> };
    return { perf: lhr.categories.performance.score * 100, lcp: lhr.audits['largest-contentful-paint']!.numericValue, cls: lhr.audits['cumulative-layout-shift']!.numericValue, tbt: lhr.audits['total-blocking-time']!.numericValue };
  };
  const medians = (results: Result[]) => ({ perf: median(results.map((r) => r.perf)), lcp: median(results.map((r) => r.lcp)), cls: median(results.map((r) => r.cls)), tbt: median(results.map((r) => r.tbt)) });
  const line = (m: Result) => `performance ${m.perf.toFixed(0)}, LCP ${(m.lcp / 1000).toFixed(2)} s, CLS ${m.cls.toFixed(3)}, TBT ${m.tbt.toFixed(0)} ms`;

  // The page against its floor, interleaved (floor, page, floor, page...), so a busy machine moves both.
  const page: Result[] = [];
  const floor: Result[] = [];
  for (let i = 0; i < runs; i++) {
    const f = await lighthouse(`/floor/${SLUG}/`, 'simulate');
    const p = await lighthouse(`/read/${SLUG}`, 'simulate');
    if (!f || !p) break;
    floor.push(f);
    page.push(p);
  }
  if (page.length === 0) failures.push('lighthouse (simulate)');
  else {
    const [mp, mf] = [medians(page), medians(floor)];
    console.log(`Lighthouse mobile, simulated throttling, medians of ${page.length} interleaved runs each:`);
    console.log(`  floor (the same page, no scripts): ${line(mf)}; LCPs ${floor.map((r) => (r.lcp / 1000).toFixed(2)).join(', ')} s`);
    console.log(`  article page: ${line(mp)}; LCPs ${page.map((r) => (r.lcp / 1000).toFixed(2)).join(', ')} s`);
    const ratio = mp.lcp / mf.lcp;
    report('  LCP against the floor (simulated)', `${ratio.toFixed(2)} x (${(mp.lcp / 1000).toFixed(2)} s / ${(mf.lcp / 1000).toFixed(2)} s)`, ratio <= 1.25, '1.25 x');
    report('  performance score', mp.perf.toFixed(0), mp.perf >= 100, '100');
    report('  TBT', `${mp.tbt.toFixed(0)} ms`, mp.tbt <= 50, '50 ms');
    report('  CLS', mp.cls.toFixed(3), mp.cls <= 0.01, '0.01');
  }

  // Devtools throttling (real network throttling in the browser), the page alone.
  const devtools: Result[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await lighthouse(`/read/${SLUG}`, 'devtools');
    if (!r) break;
    devtools.push(r);
  }
  if (devtools.length === 0) failures.push('lighthouse (devtools)');
  else {
    const m = medians(devtools);
    console.log(`Lighthouse mobile, devtools throttling, median of ${devtools.length}: ${line(m)}`);
    report(`  LCP (devtools throttling)`, `${(m.lcp / 1000).toFixed(2)} s`, m.lcp <= 1500, '1.5 s');
  }
}
server.close();
if (failures.length) {
  console.log(`Over budget: ${failures.join('; ')}`);
  process.exitCode = 1;
}
