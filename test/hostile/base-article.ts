/**
 * The valid article that the hostile tests put their payloads into: a real import of newsroom text
 * (quotes with speakers, a scare-quoted term, an English span, a heading, a list, thread tags, one of
 * them from a keyword of an article-defined thread), completed with every metadata field, a link,
 * an emphasis and a block quote, so that every string field of format v1 occurs at least once.
 */
import { importText } from '../../src/article/import-text';
import type { Article, Thread } from '../../src/article/schema';
import { DEFAULT_THREADS } from '../../src/article/threads';

/** Source text written for these tests (Arabic, newsroom style). */
export const BASE_TEXT = [
  'محادثات في جنيف حول الممرات البحرية',
  'وصل الوفدان إلى جنيف صباح الإثنين وسط إجراءات أمنية مشددة.',
  'خلفية المحادثات',
  'وقال وزير الخارجية الأوكراني: "لن نقبل بأي اتفاق يتجاهل سلامة السفن المدنية".',
  'وتشمل الملفات المطروحة:',
  'تبادل الأسرى',
  'حماية الموانئ',
  'وأشار تقرير لوكالة Reuters إلى ما وصفه بـ"المنطقة الرمادية" في البحر الأسود.',
  'وأضاف المتحدث باسم الأمم المتحدة أن "الطرفين أبديا مرونة في ملف الشحن في كوريا".',
  '',
].join('\n');

const BLACK_SEA: Thread = { id: 'black-sea', label: { ar: 'البحر الأسود', en: 'Black Sea' }, keywords: ['البحر الأسود', 'الموانئ'] };

/** A fresh copy of the base article (callers may mutate it). */
export function baseArticle(): Article {
  const article = importText(BASE_TEXT, { slug: 'geneva-sea-lanes', status: 'published', threads: [...DEFAULT_THREADS, BLACK_SEA] });
  article.subtitle = 'جولة ثانية من المفاوضات بشأن سلامة الملاحة';
  article.byline = 'مراسل صحيفة في جنيف';
  article.dateline = 'جنيف';
  article.published = '2026-11-23T08:30:00Z';
  article.updated = '2026-11-23T12:00:00+03:00';
  article.source = { name: 'وكالة الأنباء', credit: 'تصوير: فريق الوكالة', url: 'https://news.invalid/geneva' };
  article.body.push(
    {
      type: 'paragraph',
      id: 'extra-link',
      content: [
        'النص الكامل للبيان ',
        { type: 'link', href: 'https://news.invalid/statement', content: ['منشور هنا'] },
        ' مع ',
        { type: 'em', content: ['ملاحظات المحرر'] },
        ' و',
        { type: 'strong', content: ['التصويب'] },
        '.',
      ],
    },
    { type: 'quote', id: 'extra-quote', speaker: 'دبلوماسي أوروبي', content: ['المحادثات تسير ببطء لكنها مستمرة'], threads: [{ id: 'black-sea', origin: 'editor' }] },
  );
  return article;
}

export type Path = (string | number)[];

/** Paths of every string value in a JSON value, in document order. */
export function stringPaths(value: unknown, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}

/** Paths of every value (objects, arrays and leaves, the root excluded), in document order. */
export function valuePaths(value: unknown, at: Path = []): Path[] {
  const here = at.length ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => valuePaths(v, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => valuePaths(v, [...at, k]))];
  return here;
}

export function getAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) v = (v as Record<string | number, unknown>)[key];
  return v;
}

/** A deep copy of `root` with the value at `path` replaced. */
export function withValueAt<T>(root: T, path: Path, value: unknown): T {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

export const pointer = (path: Path) => path.map((k) => `/${String(k).replace(/~/gu, '~0').replace(/\//gu, '~1')}`).join('');

/**
 * What a string field holds: free `text` (shown to readers or used as data, any characters), an
 * `href` (a link target: http, https or mailto only), or a `structural` value with a fixed
 * vocabulary or format (ids, types, tags, dates), which no payload fits.
 */
export type FieldKind = 'text' | 'href' | 'structural';

export function fieldKind(path: Path): FieldKind {
  const last = path[path.length - 1];
  if (last === 'href' || (path[0] === 'source' && last === 'url')) return 'href';
  // Array items that are strings: inline content and thread keywords.
  if (typeof last === 'number') return 'text';
  if (['title', 'subtitle', 'byline', 'dateline', 'speaker', 'open', 'close', 'ar', 'en'].includes(last as string)) return 'text';
  if (path[0] === 'source' && (last === 'name' || last === 'credit')) return 'text';
  return 'structural';
}

/** Longest value the schema takes in a text or href field (see src/article/schema.ts). */
export function maxLength(path: Path): number {
  const last = path[path.length - 1];
  if (path[path.length - 2] === 'keywords' || path[path.length - 2] === 'label') return 80;
  switch (last) {
    case 'open':
    case 'close':
      return 8;
    case 'title':
      return 500;
    case 'subtitle':
      return 1000;
    case 'dateline':
      return 120;
    case 'href':
    case 'url':
      return 2048;
    case 'byline':
    case 'speaker':
    case 'name':
    case 'credit':
      return 300;
    default:
      return 200_000;
  }
}
