/**
 * The offline build (scripts/build-offline.ts) on a real build of the site, made once into a
 * temporary folder: the precache list (the reader in, the editor out, every file there, revisions
 * where names carry no hash), the worker holding that list, the manifest and the icons.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ICONS, ICON_SOURCE, pngSize, renderIcon } from './app-icons';
import { closure, EDITOR_ENTRY, precacheList, templateRoots, type PrecacheEntry } from './precache';
import { THEME_COLORS, webManifest } from './web-manifest';

const dist = mkdtempSync(join(tmpdir(), 'sahifa-offline-'));
let list: PrecacheEntry[] = [];
let graph: Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; assets?: string[] }> = {};

beforeAll(() => {
  const env = { ...process.env, SAHIFA_DIST: dist, NODE_ENV: 'production' };
  const run = (args: string[]) => execFileSync('npx', args, { env, stdio: 'pipe' });
  run(['vite', 'build', '--logLevel', 'error']);
  run(['tsx', 'scripts/prerender.ts']);
  run(['tsx', 'scripts/build-offline.ts']);
  list = precacheList(dist);
  graph = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
}, 180_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const urls = () => list.map((e) => e.url);

describe('the precache list', () => {
  it('holds the reader: the pages, the shell, the offline page, the fonts, the articles, every script the reader routes load', () => {
    const files = urls();
    for (const url of ['/index.html', '/spa.html', '/offline/index.html', '/read/beijing-moscow-talks/index.html', '/articles/index.json', '/articles/beijing-moscow-talks.json', '/manifest.webmanifest']) {
      expect(files).toContain(url);
    }
    expect(files.filter((u) => u.startsWith('/fonts/') && u.endsWith('.woff2'))).toHaveLength(2);
    expect(files.filter((u) => u.startsWith('/icons/'))).toHaveLength(APP_ICONS.length);
    // Every page of the reader and the code behind it, by source module.
    for (const source of ['src/app/main.tsx', 'src/app/pages/LibraryPage.tsx', 'src/app/pages/ReadUrlPage.tsx', 'src/app/pages/NotFoundPage.tsx', 'src/reader/SettingsPanel.tsx', 'src/reader/RemoteFailureView.tsx', 'src/i18n/locales/en.json', 'src/reader/remote-loader.ts', 'src/reader/load-remote.ts', 'src/article/parse.ts', 'src/app/sw-register.ts']) {
      expect(files, source).toContain(`/${graph[source]!.file}`);
    }
    // The URL-article worker (an asset of its loader) and the style sheet.
    expect(files.some((u) => /^\/assets\/remote-article\.worker-.+\.js$/u.test(u))).toBe(true);
    expect(files.some((u) => u.endsWith('.css'))).toBe(true);
  });

  it('holds nothing of the editor: no file that only the editor reaches, not its page, not its analysis worker', () => {
    const files = new Set(urls());
    const reader = closure(graph, templateRoots(graph, readFileSync(join(dist, 'spa.html'), 'utf8')), new Set([EDITOR_ENTRY]));
    const editorOnly = [...closure(graph, [EDITOR_ENTRY])].filter((file) => !reader.has(file));
    expect(editorOnly.length).toBeGreaterThan(3);
    expect(editorOnly.some((f) => /analysis\.worker/u.test(f))).toBe(true);
    for (const file of editorOnly) expect(files.has(`/${file}`), file).toBe(false);
    expect([...files].filter((u) => /EditorPage|analysis\.worker|codemirror|readability|mammoth|jszip|\/preview\//iu.test(u))).toEqual([]);
  });

  it('lists only files the build wrote, never a compressed copy, and a revision for every name without a hash', () => {
    for (const { url, revision } of list) {
      expect(existsSync(join(dist, url)), url).toBe(true);
      expect(url).not.toMatch(/\.(gz|br)$|^\/sw\.js$|^\/\.vite\//u);
      if (/^\/assets\/.+-[\w-]{8}\.\w+$/u.test(url)) expect(revision, url).toBeNull();
      else expect(revision, url).toMatch(/^[0-9a-f]{16}$/u);
    }
  });

  it('is written into the worker in place of its placeholder', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(sw).not.toContain('__WB_MANIFEST');
    expect(sw).not.toContain('__SAHIFA_BUILD__');
    expect(sw).toContain(JSON.stringify(list));
  });
});

describe('the web app manifest', () => {
  it('is the built one, in Arabic, standalone, scoped to the site, with its icons', () => {
    const built = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
    expect(built).toEqual(webManifest());
    expect(built).toMatchObject({ id: '/', name: 'صحيفة', short_name: 'صحيفة', lang: 'ar', dir: 'rtl', start_url: '/', scope: '/', display: 'standalone', theme_color: THEME_COLORS.light, background_color: THEME_COLORS.light });
    expect(built.description).toMatch(/\p{Script=Arabic}/u);
    expect(built.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });

  it('is linked, with both theme colours, from every page', () => {
    for (const page of ['index.html', 'spa.html', 'preview/index.html', 'offline/index.html', 'read/beijing-moscow-talks/index.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain('<link rel="manifest" href="/manifest.webmanifest"');
      expect(html, page).toContain(`<meta name="theme-color" media="(prefers-color-scheme: light)" content="${THEME_COLORS.light}"`);
      expect(html, page).toContain(`<meta name="theme-color" media="(prefers-color-scheme: dark)" content="${THEME_COLORS.dark}"`);
    }
  });
});

describe('the icons', () => {
  it.each(APP_ICONS)('$path decodes to its declared $size px', (icon) => {
    expect(pngSize(readFileSync(join(dist, icon.path)))).toEqual({ width: icon.size, height: icon.size });
  });

  it('the source draws everything but its full-bleed background inside the maskable safe zone (the central 80 % circle)', () => {
    const svg = readFileSync(ICON_SOURCE, 'utf8');
    const rects = [...svg.matchAll(/<rect ([^>]*)\/>/gu)].map((m) => Object.fromEntries([...m[1]!.matchAll(/(\w+)="([\d.]+)"/gu)].map(([, k, v]) => [k!, Number(v)])));
    expect(rects[0]).toEqual({ width: 512, height: 512 });
    expect(rects.length).toBeGreaterThan(3);
    for (const { x = 0, y = 0, width = 0, height = 0 } of rects.slice(1)) {
      for (const [cx, cy] of [[x, y], [x + width, y], [x, y + height], [x + width, y + height]]) expect(Math.hypot(cx! - 256, cy! - 256)).toBeLessThanOrEqual(512 * 0.4);
    }
    // The icons that are not masked are the same drawing with rounded corners: other bytes.
    expect(renderIcon(APP_ICONS[2]!).equals(renderIcon(APP_ICONS[1]!))).toBe(false);
  });

  it('pngSize refuses what is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/u);
  });
});
