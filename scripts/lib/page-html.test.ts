import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/schema';
import { libraryIndex, loadBundledArticles } from './bundled';
import { STATIC_PAGE_ATTRIBUTE, TEXT_FACE_FILES, TEXT_FACE_HOLD_ATTRIBUTE } from '../../src/reader/settings';
import { completePageHtml, fontPreloads, pageHtml, textFaceWeights } from './page-html';

const [bundled] = loadBundledArticles();
const article = (over: Partial<Article>): Article => ({ ...bundled!, ...over });
const english = article({
  title: 'Talks in Beijing',
  lang: 'en',
  dir: 'ltr',
  body: [{ type: 'paragraph', id: 'b1', content: ['The ministers met on Sunday.'], threads: [] }],
});

describe('textFaceWeights', () => {
  it('preloads both weights for an Arabic article: a bold headline over regular text', () => {
    expect(textFaceWeights({ path: '/read/x', kind: 'article', article: bundled! })).toEqual([400, 700]);
  });

  it('preloads nothing for an article with no Arabic, as the face’s unicode-range intends', () => {
    expect(textFaceWeights({ path: '/read/x', kind: 'article', article: english })).toEqual([]);
  });

  it('finds Arabic anywhere in the article text, a heading or a list item too', () => {
    const body = [...english.body, { type: 'list' as const, id: 'b2', items: [{ id: 'b2-1', content: ['مجلس الأمن'], threads: [] }], threads: [] }];
    expect(textFaceWeights({ path: '/read/x', kind: 'article', article: { ...english, body } })).toEqual([400, 700]);
  });

  it('preloads on the library the weights its titles (bold) and subtitles (regular) use', () => {
    const library = libraryIndex([bundled!]);
    expect(textFaceWeights({ path: '/', kind: 'library', library })).toEqual(library.articles[0]!.subtitle ? [400, 700] : [700]);
    expect(textFaceWeights({ path: '/', kind: 'library', library: libraryIndex([english]) })).toEqual([]);
  });

  it('preloads both on the shell, whose article is not known when it is built', () => {
    expect(textFaceWeights(null)).toEqual([400, 700]);
  });
});

describe('font preloads in the page', () => {
  const template = '<html lang="ar"><head><!--font-preloads--><title>t</title><!--app-head--></head><body><div id="root"><!--app-html--></div></body></html>';

  it('are links to the face’s files, fetched as fonts with CORS', () => {
    expect(fontPreloads([700])).toBe(`<link rel="preload" href="${TEXT_FACE_FILES[700]}" as="font" type="font/woff2" crossorigin />`);
  });

  it('go where the template asks, once per weight', () => {
    const html = pageHtml(template, '/read/x', { path: '/read/x', kind: 'article', article: bundled! }, 't');
    expect(html).not.toContain('<!--font-preloads-->');
    expect(html.match(/rel="preload"[^>]*as="font"/gu)).toHaveLength(2);
    expect(html.indexOf(TEXT_FACE_FILES[400])).toBeLessThan(html.indexOf('<title>'));
    expect(pageHtml(template, '/read/x', { path: '/read/x', kind: 'article', article: english }, 't')).not.toContain('rel="preload"');
  });

  it('come with the request to hold the first paint for those weights, on pages with content only', () => {
    const article = pageHtml(template, '/read/x', { path: '/read/x', kind: 'article', article: bundled! }, 't');
    expect(article).toMatch(new RegExp(`^<html ${TEXT_FACE_HOLD_ATTRIBUTE}="400 700" lang="ar">`, 'u'));
    expect(pageHtml(template, '/read/x', { path: '/read/x', kind: 'article', article: english }, 't')).not.toContain(TEXT_FACE_HOLD_ATTRIBUTE);
    // The shell preloads (its article will probably be Arabic) but holds nothing: it has nothing to draw yet.
    const shell = pageHtml(template, '/', null, 't');
    expect(shell).toContain('rel="preload"');
    expect(shell).not.toContain(TEXT_FACE_HOLD_ATTRIBUTE);
  });

  it('mark the complete-text page, which has no app, so that nothing on it waits for the app', () => {
    const data = { path: '/read/x', kind: 'article' as const, article: bundled! };
    expect(completePageHtml(template, '/read/x', data, 't')).toMatch(new RegExp(`^<html ${STATIC_PAGE_ATTRIBUTE} ${TEXT_FACE_HOLD_ATTRIBUTE}="400 700" lang="ar">`, 'u'));
    expect(pageHtml(template, '/read/x', data, 't')).not.toContain(STATIC_PAGE_ATTRIBUTE);
  });
});
