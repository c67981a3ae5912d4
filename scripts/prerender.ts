/**
 * Runs after `vite build`: prerenders `/` and every bundled `/read/<slug>` into dist/ with React's
 * own server renderer, so their text paints before any script runs and reads without scripts.
 * Writes dist/index.html (the library, also usable as SPA fallback), dist/read/<slug>/index.html,
 * and dist/spa.html (an empty shell: the SPA fallback for every other path).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PAGE_DATA_ID, serializePageData, type PageData } from '../src/app/page-data';
import { renderPage } from '../src/app/render';
import { directionOf } from '../src/article/language';
import { libraryIndex, loadBundledArticles } from './lib/bundled';

const DIST = 'dist';
const template = readFileSync(join(DIST, 'index.html'), 'utf8');
if (!template.includes('<!--app-html-->')) throw new Error('dist/index.html has no <!--app-html--> placeholder: run `vite build` first');

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(url: string, data: PageData | null, title: string, extraHead = ''): string {
  const html = data ? renderPage(url, data) : '';
  const dataScript = data ? `<script type="application/json" id="${PAGE_DATA_ID}">${serializePageData(data)}</script>` : '';
  return template
    .replace(/<title>[^<]*<\/title>/u, `<title>${escapeHtml(title)}</title>`)
    .replace('<!--app-head-->', extraHead + dataScript)
    .replace('<!--app-html-->', html);
}

function write(path: string, html: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  console.log(`prerendered ${path}`);
}

const articles = loadBundledArticles();
const library = libraryIndex(articles);
write(join(DIST, 'spa.html'), page('/', null, 'صحيفة · Sahifa'));
write(join(DIST, 'index.html'), page('/', { path: '/', kind: 'library', library }, 'صحيفة · Sahifa'));
for (const article of articles) {
  const path = `/read/${article.slug}`;
  const description = article.subtitle ?? '';
  const head = description ? `<meta name="description" content="${escapeHtml(description)}" />` : '';
  const dir = article.dir ?? directionOf(article.lang);
  write(join(DIST, 'read', article.slug, 'index.html'), page(path, { path, kind: 'article', article: { ...article, dir } }, `${article.title} · صحيفة`, head));
}
