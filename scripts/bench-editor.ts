/**
 * Editor budget (part of `npm run bench`): keystroke-to-preview latency on a 200-paragraph draft in
 * headless Chromium, p95 ≤ 50 ms. Each sample is the time from the key's `keydown` event to the end
 * of the first frame that shows the edited headline: a watcher in the page reads the headline in
 * every frame's animation callbacks, from before the first key to the last, and when it has changed
 * reads the time in a task queued from there, which runs once that frame's style, layout and paint
 * are done. The counted keys start a second after the draft is pasted; the first keys right after
 * the paste are printed on their own.
 * Also: pasting a 200-paragraph story from Word (scripts/lib/word-html.ts) into an empty draft at 4x CPU
 * slowdown, from the paste event to the end of the first frame whose preview shows the pasted headline
 * and body (median of PASTE_ROUNDS fresh pages, default 5, each pasted into a second after it has
 * loaded): budget 300 ms.
 * Uses the production build in BENCH_DIST (default .cache/bench-dist), building it when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { pasteIntoEditor } from '../e2e/pages/editor-page';
import { importText } from '../src/article/import-text';
import { wordClipboardHtml } from './lib/word-html';

const DIST = resolve(process.env.BENCH_DIST ?? '.cache/bench-dist');
const KEYS = Number(process.env.PREVIEW_KEYS ?? 100);
const AT_ONCE_KEYS = 20;
const PASTE_ROUNDS = Number(process.env.PASTE_ROUNDS ?? 5);
const PASTE_TITLE = 'بكين وموسكو تبحثان الأزمات الدولية';
/** How long the bench waits after the paste before the keys it counts: CodeMirror has parsed the pasted text by then. */
const SETTLE_MS = 1000;
const browserPath = process.env.PW_CHROMIUM_PATH ?? (existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium');
const chromeArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

if (!existsSync(resolve(DIST, 'spa.html'))) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SAHIFA_DIST: DIST } });
}

// A 200-paragraph draft with quotes and thread names in most paragraphs, written for this benchmark.
const sentences = [
  'قال وزير الخارجية في مؤتمر صحفي إن "الحوار هو الطريق الوحيد" لإنهاء الحرب في أوكرانيا.',
  'وأضاف أن بلاده تتابع التطورات في غزة ولبنان عن كثب، وتدعو إلى وقف إطلاق النار.',
  'وبحسب مصادر دبلوماسية، ناقش الجانبان التجارب الصاروخية لكوريا الشمالية قرب شبه الجزيرة.',
  'ويرى محللون أن الأسواق ستبقى متقلبة ما دامت أسعار الطاقة مرتفعة.',
];
// The headline starts with a Latin word, so the cursor can be put at its start with arrow keys (they move visually).
const TITLE = 'Bench: مسودة لقياس زمن المعاينة';
// 200 paragraphs, with a section heading before every 20th.
const paragraphs = Array.from({ length: 200 }, (_, i) => `${i % 20 === 0 ? `محور رقم ${i / 20 + 1}\n\n` : ''}${sentences[i % 4]} ${sentences[(i + 1) % 4]}`);
const draft = JSON.stringify(importText([TITLE, ...paragraphs].join('\n\n'), { slug: 'bench-editor', status: 'draft' }), null, 2);

const files = sirv(DIST, { single: 'spa.html', dev: false });
const server = createServer((req, res) => files(req, res));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await chromium.launch({ executablePath: browserPath, args: chromeArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/preview?lng=en`);
  const preview = page.getByTestId('draft-preview');
  /** Pastes the draft over the editor's text (one transaction, as pasting does) and puts the cursor at the start of the headline. */
  const pasteDraft = async () => {
    await pasteIntoEditor(page, draft, { replace: true });
    await preview.locator('h1').filter({ hasText: new RegExp(`^${TITLE}$`, 'u') }).waitFor();
    // The preview shows a pasted draft's first blocks first and the rest in idle time: wait for all of them.
    await preview.locator('article p[id]').nth(199).waitFor({ state: 'attached' });
    // The cursor goes just after the headline's opening quote mark (line 4: `  "title": "…",`). Arrow keys
    // move visually, so only the left-to-right start of the line is walked through.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    // Home stops after the indentation.
    for (let i = 0; i < '"title": "'.length; i++) await page.keyboard.press('ArrowRight');
  };
  await pasteDraft();
  const paragraphsShown = await preview.locator('article p[id]').count();

  // In the page, for the whole run: the time of each keydown, and, for each headline the preview
  // shows, when the first frame showing it was done. Every frame's animation callbacks read the
  // headline (before that frame's style, layout and paint); when it has changed, a task queued from
  // there reads the clock, and it runs once the frame is done.
  await page.evaluate(`(() => {
    window.__keyAt = [];
    window.__shownAt = new Map();
    document.addEventListener('keydown', (e) => window.__keyAt.push(e.timeStamp), { capture: true });
    let last = null;
    const watch = () => {
      const h1 = document.querySelector('[data-testid="draft-preview"] h1');
      const text = h1 ? h1.textContent : null;
      if (text !== last) {
        last = text;
        setTimeout(() => window.__shownAt.set(text, performance.now()), 0);
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  })()`);
  let typed = '';
  /** Types `count` letters at the start of the headline, each once the one before shows in the preview; the latencies, sorted. */
  const typeKeys = async (count: number) => {
    const samples: number[] = [];
    await page.evaluate('window.__shownAt.clear()');
    for (let i = 0; i < count; i++) {
      const letter = 'abc'[i % 3]!; // keys of the US layout, so each press is a real keydown
      typed += letter;
      const expected = typed + TITLE;
      await page.keyboard.press(letter);
      // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
      const ms = (await page.evaluate(`new Promise((done, fail) => {
        const keyAt = window.__keyAt[window.__keyAt.length - 1];
        const want = ${JSON.stringify(expected)};
        const wait = () => {
          if (window.__shownAt.has(want)) done(window.__shownAt.get(want) - keyAt);
          else if (performance.now() - keyAt > 10000) fail(new Error('the preview never showed ' + want));
          else setTimeout(wait, 20);
        };
        wait();
      })`)) as number;
      samples.push(ms);
    }
    return samples.sort((a, b) => a - b);
  };
  const pick = (samples: number[], q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  const summary = (samples: number[]) => `median ${pick(samples, 0.5).toFixed(1)} ms, p95 ${pick(samples, 0.95).toFixed(1)} ms, max ${samples[samples.length - 1]!.toFixed(1)} ms`;
  const what = `${paragraphsShown}-paragraph draft (${(draft.length / 1024).toFixed(0)} KB JSON)`;

  // Typing into a draft that is open (an editor reads before editing): the budget.
  await page.waitForTimeout(SETTLE_MS);
  const samples = await typeKeys(KEYS);
  const p95 = pick(samples, 0.95);
  console.log(`keystroke to preview, ${what}, ${KEYS} keys ${SETTLE_MS / 1000} s after the paste: ${summary(samples)} (${p95 <= 50 ? 'ok' : 'OVER'}, budget p95 <= 50 ms)`);
  if (p95 > 50) process.exitCode = 1;
  // Right after a paste, CodeMirror is still parsing the pasted text for highlighting, in idle-time
  // slices of 25-100 ms that a keystroke can land behind: reported, outside the budget.
  typed = '';
  await pasteDraft();
  const atOnce = await typeKeys(AT_ONCE_KEYS);
  console.log(`  (typing at once after pasting the draft again, ${AT_ONCE_KEYS} keys: ${summary(atOnce)})`);
  await page.close();

  // Pasting a 200-paragraph story from Word into an empty draft, at 4x CPU slowdown: from the paste
  // event to the end of the first frame whose preview shows the pasted headline and its first paragraph,
  // and to the frame showing all of it. The budget is on the first (what the editor sees).
  const html = wordClipboardHtml(PASTE_TITLE, 200);
  const shown: number[] = [];
  const complete: number[] = [];
  for (let round = 0; round < PASTE_ROUNDS; round++) {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await fresh.context().newCDPSession(fresh);
    await fresh.goto(`http://127.0.0.1:${port}/preview?lng=en`);
    await fresh.getByTestId('draft-editor').focus();
    // The page has loaded and settled (its lazy parts, fonts and analysis worker) before the editor pastes.
    await fresh.waitForTimeout(SETTLE_MS);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const [first, all] = (await fresh.evaluate(`new Promise((done, fail) => {
      const title = ${JSON.stringify(PASTE_TITLE)};
      const start = performance.now();
      let first = null;
      const watch = () => {
        const preview = document.querySelector('[data-testid="draft-preview"] article');
        const h1 = preview && preview.querySelector('h1');
        const paragraphs = preview ? preview.querySelectorAll('p[id]').length : 0;
        if (first === null && h1 && h1.textContent === title && paragraphs > 0) setTimeout(() => { first = performance.now() - start; }, 0);
        if (paragraphs >= 200) { setTimeout(() => done([first ?? performance.now() - start, performance.now() - start]), 0); return; }
        if (performance.now() - start > 20000) { fail(new Error('the pasted story never showed in full: ' + paragraphs + ' paragraphs')); return; }
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      const data = new DataTransfer();
      data.setData('text/html', ${JSON.stringify(html)});
      data.setData('text/plain', 'plain text of the clipboard');
      document.querySelector('[data-testid="draft-editor"]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })`)) as [number, number];
    shown.push(first);
    complete.push(all);
    await fresh.close();
  }
  shown.sort((a, b) => a - b);
  complete.sort((a, b) => a - b);
  const median = pick(shown, 0.5);
  console.log(
    `paste from Word to preview, 200 paragraphs (${(html.length / 1024).toFixed(0)} KB HTML) at 4x CPU slowdown, median of ${PASTE_ROUNDS}: ` +
      `first view ${median.toFixed(0)} ms (runs ${shown.map((n) => n.toFixed(0)).join(', ')}; ${median <= 300 ? 'ok' : 'OVER'}, budget <= 300 ms), ` +
      `all 200 paragraphs ${pick(complete, 0.5).toFixed(0)} ms`,
  );
  if (median > 300) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
