/**
 * Runs after prerendering (npm run build): what makes the site installable and readable offline
 * (docs/decisions/0011-offline.md). Writes to dist the app icons (from scripts/icons/app-icon.svg),
 * the web app manifest, the offline page, then the service worker (src/sw/sw.ts, built on its own)
 * with its precache list, taken from the finished site: the reader, never the editor.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { APP_ICONS, renderIcon } from './lib/app-icons';
import { offlinePageHtml } from './lib/offline-page';
import { precacheList } from './lib/precache';
import { webManifest } from './lib/web-manifest';

const DIST = process.env.SAHIFA_DIST ?? 'dist';
const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';

function write(file: string, data: string | Uint8Array): void {
  const path = join(DIST, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

const started = performance.now();
for (const icon of APP_ICONS) write(icon.path, renderIcon(icon));
write('manifest.webmanifest', `${JSON.stringify(webManifest(), null, 2)}\n`);
write('offline/index.html', offlinePageHtml(readFileSync(join(DIST, 'spa.html'), 'utf8')));

const list = precacheList(DIST);
const buildId = createHash('sha256').update(JSON.stringify(list)).digest('hex').slice(0, 12);

// The worker: one classic script (a worker registered without type: 'module' works in every
// browser), Workbox's development logging compiled out.
const out = mkdtempSync(join(tmpdir(), 'sahifa-sw-'));
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), __SAHIFA_BUILD__: JSON.stringify(buildId) },
    build: {
      outDir: out,
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      lib: { entry: resolve('src/sw/sw.ts'), formats: ['iife'], name: 'sahifaServiceWorker', fileName: () => 'sw.js' },
    },
  });
  const code = readFileSync(join(out, 'sw.js'), 'utf8');
  if (code.split(MANIFEST_PLACEHOLDER).length !== 2) throw new Error(`the built worker must hold ${MANIFEST_PLACEHOLDER} exactly once`);
  write('sw.js', code.replace(MANIFEST_PLACEHOLDER, JSON.stringify(list)));
  // The same list for scripts/bench-offline.ts, beside the build graph (not a page of the site).
  write('.vite/precache.json', JSON.stringify(list));
} finally {
  rmSync(out, { recursive: true, force: true });
}
const bytes = list.reduce((sum, entry) => sum + statSync(join(DIST, entry.url)).size, 0);
console.log(`offline: ${APP_ICONS.length} icons, manifest, offline page; sw.js precaches ${list.length} files (${(bytes / 1024).toFixed(0)} KB), build ${buildId}, in ${Math.round(performance.now() - started)} ms`);
