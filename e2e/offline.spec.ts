/**
 * Offline reading (issue #14, docs/decisions/0011-offline.md): the service worker of the built
 * site, which the other specs block (playwright.config.ts), allowed here. Each test waits for the
 * worker to control the page (it claims the open page when it first activates), then cuts the
 * network with `context.setOffline(true)`, which Chromium applies to the worker's own fetches too.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage, installEditorLookup } from './pages/editor-page';
import { ui, type Lng } from './pages/ui-text';

test.use({ serviceWorkers: 'allow' });

const article = JSON.parse(readFileSync(new URL('../public/articles/beijing-moscow-talks.json', import.meta.url), 'utf8')) as { slug: string; title: string };
const ARTICLE_URL = `/read/${article.slug}`;

/** Stores `lng` as the reader's UI language before any page of the context loads. */
async function chooseUiLanguage(context: BrowserContext, lng: Lng): Promise<void> {
  await context.addInitScript((stored) => localStorage.setItem('i18nextLng', stored), lng);
}

/**
 * A proxy of the built site on a port of its own. Once `nextVersion` is set, /sw.js comes with a
 * line added (a new version of the worker, which answers the message 'VERSION' with 'v2').
 */
async function versionedProxy(upstream: string) {
  const state = { nextVersion: false };
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: new URL(upstream).host };
    const changed = state.nextVersion && req.url === '/sw.js';
    // The changed worker is read uncompressed, to append to it.
    if (changed) headers['accept-encoding'] = 'identity';
    const forward = httpRequest(new URL(req.url ?? '/', upstream), { method: req.method, headers }, (answer) => {
      if (!changed) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = `${Buffer.concat(chunks).toString('utf8')}\nself.addEventListener('message',(e)=>{if(e.data==='VERSION')e.source.postMessage('v2')});`;
        const { 'content-length': _length, etag: _etag, ...rest } = answer.headers;
        res.writeHead(200, rest);
        res.end(body);
      });
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Opens `path` and waits until the service worker (scope `/`) controls the page. */
async function openControlled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.scope;
  });
  expect(new URL(scope).pathname).toBe('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The offline page, in `lng` only: the other language's part is there but hidden. */
async function expectOfflinePage(page: Page, lng: Lng): Promise<void> {
  const other: Lng = lng === 'ar' ? 'en' : 'ar';
  await expect(page.locator(`[data-offline="${lng}"] h1`)).toHaveText(ui(lng, 'offline.title'));
  await expect(page.locator(`[data-offline="${lng}"]`)).toBeVisible();
  await expect(page.locator(`[data-offline="${other}"]`)).toBeHidden();
  await expect(page.locator(`[data-offline="${lng}"] a[href="/"]`)).toHaveText(ui(lng, 'offline.library'));
}

test.describe('offline reading', () => {
  test('offline, English UI: a bundled article reloads, the library opens, an unknown page shows the offline page', { tag: '@desktop-only' }, async ({ page, context }) => {
    await chooseUiLanguage(context, 'en');
    await openControlled(page, ARTICLE_URL);
    // Chromium's own installability check (what Lighthouse's audit asked): manifest, icons, worker.
    // Every test context is incognito, which Chromium reports too (and still runs the other checks:
    // a manifest without icons or display gets its errors listed beside it).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
    await context.setOffline(true);

    await page.reload();
    await expect(page.locator('article h1')).toHaveText(article.title);
    // The app itself came from the cache: it rendered the page in English (the prerendered page is Arabic).
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.goto('/');
    await expect(page.locator(`a[href="${ARTICLE_URL}"]`).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');

    await page.goto('/no/such/page');
    await expectOfflinePage(page, 'en');
    // The editor is never precached: offline and never opened, it is the offline page too.
    await page.goto('/preview');
    await expectOfflinePage(page, 'en');
  });

  test('offline, Arabic UI on a phone: the article reloads and an unknown page shows the offline page in Arabic', { tag: '@phone-only' }, async ({ page, context }) => {
    await chooseUiLanguage(context, 'ar');
    await openControlled(page, ARTICLE_URL);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    await context.setOffline(true);

    await page.reload();
    await expect(page.locator('article h1')).toHaveText(article.title);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');

    await page.goto('/read/no-such-article');
    await expectOfflinePage(page, 'ar');
  });

  test('an update installs, waits, and applyUpdate() reloads the page under the new worker', { tag: '@desktop-only' }, async ({ page, baseURL }) => {
    // Chromium fetches a worker's script itself, out of Playwright's routing: the new version comes
    // from a proxy of the built site on an origin of its own, which adds bytes to /sw.js on demand.
    const site = await versionedProxy(baseURL!);
    try {
      await openControlled(page, `${site.origin}/`);
      site.nextVersion = true;
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await expect(page.locator('html')).toHaveAttribute('data-sw-update', 'waiting');
      // Waiting, not in control: the page still runs the version it opened with.
      expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(true);

      // A runtime cache of another build, which the new version's activation must delete, and the
      // saved articles' cache, which no update may touch.
      await page.evaluate(async () => Promise.all(['sahifa-pages-0000older0000', 'sahifa-saved'].map((name) => caches.open(name))));
      await page.evaluate(() => ((window as { before?: boolean }).before = true));
      const reloaded = page.waitForEvent('load');
      await page.evaluate(() => (window as unknown as { __sahifaServiceWorker: { applyUpdate(): void } }).__sahifaServiceWorker.applyUpdate());
      await reloaded;
      expect(await page.evaluate(() => (window as { before?: boolean }).before)).toBeUndefined();
      const version = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            navigator.serviceWorker.addEventListener('message', (e) => resolve(String(e.data)), { once: true });
            navigator.serviceWorker.controller!.postMessage('VERSION');
          }),
      );
      expect(version).toBe('v2');
      const names = await page.evaluate(() => caches.keys());
      expect(names).not.toContain('sahifa-pages-0000older0000');
      expect(names).toContain('sahifa-saved');
      expect(names.filter((n) => n.startsWith('workbox-precache'))).toHaveLength(1);
    } finally {
      await site.close();
    }
  });

  test('the editor works online with the worker active, its files are cached at runtime, not precached, and it opens again offline', { tag: '@desktop-only' }, async ({ page, context }) => {
    await openControlled(page, '/');
    await installEditorLookup(page);
    const pv = new EditorPage(page, 'en');
    await pv.goto();
    await pv.showEditor();
    await pv.editor.focus();
    await page.keyboard.insertText('محادثات في جنيف حول أمن المنطقة\n\nالتقى وزيرا خارجية البلدين في جنيف يوم الاثنين.\n');
    await pv.settled();
    await pv.showPreview();
    await expect(pv.title).toHaveText('محادثات في جنيف حول أمن المنطقة');
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = async (name: string) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      const editor = names.filter((n) => n.startsWith('sahifa-editor-'));
      const precache = names.filter((n) => n.startsWith('workbox-precache'));
      return { editor: (await Promise.all(editor.map(urls))).flat(), precache: (await Promise.all(precache.map(urls))).flat() };
    });
    expect(cached.editor.some((u) => u.startsWith('/assets/EditorPage-')), cached.editor.join(' ')).toBe(true);
    expect(cached.precache.some((u) => /EditorPage|analysis\.worker/u.test(u))).toBe(false);
    expect(cached.precache.length).toBeGreaterThan(10);

    // Opened once, the editor's page and files are there offline; the draft was saved on the device.
    await context.setOffline(true);
    await page.reload();
    await pv.ready();
    await pv.showPreview();
    await expect(pv.title).toHaveText('محادثات في جنيف حول أمن المنطقة');
  });
});

test('the manifest and its icons are served as declared, and every page links it', { tag: '@desktop-only' }, async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { icons: { src: string; sizes: string; purpose: string }[]; start_url: string; display: string };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const png = await (await request.get(icon.src)).body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  for (const path of ['/', ARTICLE_URL, '/preview', '/no/such/page', '/offline/']) {
    expect(await (await request.get(path)).text(), path).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  }
  // The worker's script is served as JavaScript from the root, so its scope may be `/`.
  const sw = await request.get('/sw.js');
  expect(sw.headers()['content-type']).toMatch(/javascript/u);
});
