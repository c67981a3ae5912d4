/**
 * Long articles made up for the bench and the end-to-end tests, and their pages as the prerenderer
 * would write them. Run directly, it writes the pages of one into a folder:
 *   npx tsx scripts/lib/long-article.ts <built site> <out folder> [paragraphs]
 * → <out>/index.html, <out>/full/index.html and <out>/article.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FORMAT_ID, type Article, type Block } from '../../src/article/schema';
import { completePageHtml, pageHtml, templateFromShell } from './page-html';

/** Slug of the end-to-end tests' long article (served by the tests themselves at /read/<slug>). */
export const LONG_SLUG = 'e2e-long';

const FILLER = [
  'تابع الوفد جولته في المدينة القديمة وزار عددًا من الأسواق والمكتبات.',
  'وتحدث السكان عن ارتفاع الأسعار وعن آمالهم في موسم زراعي أفضل.',
  'وفي المساء أقيم حفل موسيقي في الساحة الرئيسية حضره المئات.',
];

/** The last paragraph's words, for finding it. */
export const LAST_WORDS = 'هذه الفقرة الأخيرة من المقالة الطويلة.';

/**
 * A long Arabic article, built block by block so tests know every id: paragraphs `b1`…`b<n>`, a
 * heading instead of every 100th paragraph, a statement by one speaker in every 10th paragraph
 * (anchor `q-b<i>-1`), a list `b<n-5>` with items `b<n-5>-1` and `-2` near the end, and the
 * Korea thread on `b3` and on two late paragraphs, `b<n-97>` and `b<n-47>` (for n ≥ 200 ending in 00).
 */
export function longArticle(paragraphs: number, slug = LONG_SLUG): Article {
  const korea = new Set([3, paragraphs - 97, paragraphs - 47]);
  const body: Block[] = [];
  for (let i = 1; i <= paragraphs; i++) {
    const id = `b${i}`;
    const threads = korea.has(i) ? [{ id: 'korea' }] : undefined;
    if (i === paragraphs) body.push({ type: 'paragraph', id, content: [LAST_WORDS] });
    else if (i === paragraphs - 5) {
      body.push({ type: 'list', id, items: [{ id: `${id}-1`, content: ['البند الأول من القائمة.'] }, { id: `${id}-2`, content: ['البند الثاني من القائمة.'] }] });
    } else if (i % 100 === 0) body.push({ type: 'heading', id, level: 2, content: [`القسم ${i / 100}`] });
    else if (i % 10 === 0) {
      body.push({
        type: 'paragraph',
        id,
        content: ['قال المتحدث باسم البلدية: ', { type: 'quote', kind: 'statement', speaker: 'المتحدث باسم البلدية', open: '"', close: '"', content: [`العمل مستمر في الحي رقم ${i}`] }, '.'],
      });
    } else {
      const text = `${FILLER[i % 3]} ${korea.has(i) ? 'وتناول الحديث العلاقات مع كوريا الجنوبية.' : FILLER[(i + 1) % 3]}`;
      body.push(threads ? { type: 'paragraph', id, content: [text], threads } : { type: 'paragraph', id, content: [text] });
    }
  }
  return {
    format: FORMAT_ID,
    slug,
    title: 'مقالة طويلة جدًا للاختبار',
    lang: 'ar',
    dir: 'rtl',
    status: 'published',
    threads: [{ id: 'korea', label: { ar: 'كوريا', en: 'Korea' } }],
    body,
  };
}

/**
 * Writes an article's pages as prerender.ts would, from a built site's shell (`<built>/spa.html`):
 * `<out>/index.html` (served at /read/<slug>), `<out>/full/index.html` (its complete text, when it is
 * long) and `<out>/article.json` (served at /articles/<slug>.json).
 */
export function writeArticlePages(built: string, out: string, article: Article): void {
  const template = templateFromShell(readFileSync(join(built, 'spa.html'), 'utf8'));
  const data = { path: `/read/${article.slug}`, kind: 'article' as const, article };
  mkdirSync(join(out, 'full'), { recursive: true });
  writeFileSync(join(out, 'index.html'), pageHtml(template, data.path, data, article.title));
  writeFileSync(join(out, 'full', 'index.html'), completePageHtml(template, data.path, data, article.title));
  writeFileSync(join(out, 'article.json'), JSON.stringify(article));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [built, out, paragraphs = '1200'] = process.argv.slice(2);
  if (!built || !out) throw new Error('usage: tsx scripts/lib/long-article.ts <built site> <out folder> [paragraphs]');
  writeArticlePages(built, out, longArticle(Number(paragraphs)));
}
