/**
 * Bundled articles, read from public/articles at build time (prerendering) or by the dev server.
 * Server-only: the client receives the loaders' data, never this code or the validator.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArticle } from '../article/parse';
import { describeProblem } from '../article/problems';
import { readingMinutes } from '../article/reading-time';
import type { Article } from '../article/schema';
import { usedThreadIds } from '../article/blocks';

const ARTICLES_DIR = resolve(process.cwd(), 'public/articles');

/** What the library shows for one article. */
export interface LibraryEntry {
  slug: string;
  title: string;
  subtitle?: string;
  published?: string;
  lang: string;
  dir?: 'rtl' | 'ltr';
  minutes: number;
  threads: { id: string; label: { ar: string; en: string } }[];
}

async function slugs(): Promise<string[]> {
  const index = JSON.parse(await readFile(resolve(ARTICLES_DIR, 'index.json'), 'utf8')) as { articles: { slug: string }[] };
  return index.articles.map((a) => a.slug);
}

/**
 * A bundled article by slug, or null when the index does not list it. A listed article that fails
 * validation is a build error: it throws with every problem, so a broken article never ships.
 */
export async function loadBundled(slug: string): Promise<Article | null> {
  if (!(await slugs()).includes(slug)) return null;
  const file = resolve(ARTICLES_DIR, `${slug}.json`);
  const result = parseArticle(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => `${file}:${p.line}:${p.column}: ${describeProblem(p)}`).join('\n'));
  return result.article;
}

/** Library entries for every bundled article, in index order. */
export async function loadLibrary(): Promise<LibraryEntry[]> {
  const entries: LibraryEntry[] = [];
  for (const slug of await slugs()) {
    const article = await loadBundled(slug);
    if (!article) continue;
    const used = new Set(usedThreadIds(article));
    entries.push({
      slug,
      title: article.title,
      subtitle: article.subtitle,
      published: article.published,
      lang: article.lang,
      dir: article.dir,
      minutes: readingMinutes(article),
      threads: article.threads.filter((t) => used.has(t.id)).map(({ id, label }) => ({ id, label })),
    });
  }
  return entries;
}
