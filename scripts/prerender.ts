/**
 * Runs after `vite build`: prerenders `/` and every bundled `/read/<slug>` into dist/ with React's
 * own server renderer, so their text paints before any script runs and reads without scripts.
 * Writes dist/index.html (the library, also usable as SPA fallback), dist/read/<slug>/index.html,
 * dist/read/<slug>/full/index.html for a long article (its complete text, without scripts: see
 * docs/decisions/0003-long-articles.md) and dist/spa.html (an empty shell: the SPA fallback for
 * every other path).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { directionOf } from '../src/article/text/language';
import { libraryIndex, loadBundledArticles } from './lib/bundled';
import { completePageHtml, completeTextUrl, hasCompleteTextPage, inlineStylesheets, pageHtml } from './lib/page-html';

const DIST = process.env.SAHIFA_DIST ?? 'dist';
const template = inlineStylesheets(readFileSync(join(DIST, 'index.html'), 'utf8'), (href) => readFileSync(join(DIST, href), 'utf8'));

function write(path: string, html: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  console.log(`prerendered ${path}`);
}

const articles = loadBundledArticles();
write(join(DIST, 'spa.html'), pageHtml(template, '/', null, 'صحيفة · Sahifa'));
write(join(DIST, 'index.html'), pageHtml(template, '/', { path: '/', kind: 'library', library: libraryIndex(articles) }, 'صحيفة · Sahifa'));
for (const article of articles) {
  const path = `/read/${article.slug}`;
  const data = { path, kind: 'article' as const, article: { ...article, dir: article.dir ?? directionOf(article.lang) } };
  write(join(DIST, 'read', article.slug, 'index.html'), pageHtml(template, path, data, `${article.title} · صحيفة`, article.subtitle));
  // A long article's page holds its first part; its whole text is also on a page of its own.
  if (hasCompleteTextPage(data)) write(join(DIST, completeTextUrl(path), 'index.html'), completePageHtml(template, path, data, `${article.title} · صحيفة`, article.subtitle));
}
