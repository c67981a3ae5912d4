/**
 * Runs after `vite build`: prerenders `/` and every bundled `/read/<slug>` into dist/ with React's
 * own server renderer, so their text paints before any script runs and reads without scripts.
 * Writes dist/index.html (the library, also usable as SPA fallback), dist/read/<slug>/index.html,
 * dist/read/<slug>/full/index.html for a long article (its complete text, without scripts: see
 * docs/decisions/0003-long-articles.md), dist/preview/index.html (the editor's shell, which tells a
 * browser that runs no script that the editor needs it) and dist/spa.html (an empty shell: the SPA
 * fallback for every other path).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { directionOf } from '../src/article/text/language';
import arPage from '../src/editor/locales/page.ar.json';
import enPage from '../src/editor/locales/page.en.json';
import { libraryIndex, loadBundledArticles } from './lib/bundled';
import { completePageHtml, completeTextUrl, escapeHtml, hasCompleteTextPage, inlineStylesheets, pageHtml } from './lib/page-html';

const DIST = process.env.SAHIFA_DIST ?? 'dist';
const template = inlineStylesheets(readFileSync(join(DIST, 'index.html'), 'utf8'), (href) => readFileSync(join(DIST, href), 'utf8'));

function write(path: string, html: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  console.log(`prerendered ${path}`);
}


/**
 * What `/preview` shows a browser that runs no script, in both UI languages (the page's Arabic
 * first): the editor needs JavaScript; the articles do not. Inside the root, which the app empties
 * when it renders; inline styles only (no script, nothing the Content-Security-Policy refuses).
 */
function noScriptNotice(): string {
  const part = (lng: 'ar' | 'en', words: Record<'title' | 'noScript' | 'noScriptArticles' | 'noScriptLibrary', string>) =>
    `<div lang="${lng}" dir="${lng === 'ar' ? 'rtl' : 'ltr'}" style="margin-block-end:1.5rem">` +
    `<p style="font-weight:700;margin-block-end:0.5rem">${escapeHtml(words.title)}</p>` +
    `<p>${escapeHtml(words.noScript)} ${escapeHtml(words.noScriptArticles)} ` +
    `<a href="/?lng=${lng}" style="color:var(--accent);text-decoration:underline;text-underline-offset:0.35em">${escapeHtml(words.noScriptLibrary)}</a>.</p></div>`;
  return `<noscript><div style="max-width:40rem;margin:0 auto;padding:3rem 1rem;line-height:1.7">${part('ar', arPage.preview)}${part('en', enPage.preview)}</div></noscript>`;
}

const articles = loadBundledArticles();
write(join(DIST, 'spa.html'), pageHtml(template, '/', null, 'صحيفة · Sahifa'));
const previewShell = pageHtml(template, '/preview', null, 'صحيفة · Sahifa');
if (!previewShell.includes('<div id="root"></div>')) throw new Error('the page template has no empty root for the /preview notice');
write(join(DIST, 'preview', 'index.html'), previewShell.replace('<div id="root"></div>', `<div id="root">${noScriptNotice()}</div>`));
write(join(DIST, 'index.html'), pageHtml(template, '/', { path: '/', kind: 'library', library: libraryIndex(articles) }, 'صحيفة · Sahifa'));
for (const article of articles) {
  const path = `/read/${article.slug}`;
  const data = { path, kind: 'article' as const, article: { ...article, dir: article.dir ?? directionOf(article.lang) } };
  write(join(DIST, 'read', article.slug, 'index.html'), pageHtml(template, path, data, `${article.title} · صحيفة`, article.subtitle));
  // A long article's page holds its first part; its whole text is also on a page of its own.
  if (hasCompleteTextPage(data)) write(join(DIST, completeTextUrl(path), 'index.html'), completePageHtml(template, path, data, `${article.title} · صحيفة`, article.subtitle));
}
