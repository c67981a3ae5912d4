/** The bundled articles in public/articles, validated, and the library index made from them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryIndex } from '../../src/app/page-data';
import { usedThreadIds } from '../../src/article/blocks';
import { directionOf } from '../../src/article/text/language';
import { parseArticle } from '../../src/article/parse';
import { describeProblem } from '../../src/article/problems';
import { readingMinutes } from '../../src/article/reading-time';
import type { Article } from '../../src/article/schema';

export const ARTICLES_DIR = 'public/articles';

/**
 * Every article file in public/articles (all but index.json), validated. Throws with each problem
 * as `FILE:LINE:COL: message` when one is invalid or its file name is not its slug, so a broken
 * article fails the build instead of shipping.
 */
export function loadBundledArticles(dir = ARTICLES_DIR): Article[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
  return files.map((file) => {
    const path = join(dir, file);
    const result = parseArticle(readFileSync(path, 'utf8'));
    if (!result.ok) throw new Error(result.problems.map((p) => `${path}:${p.line}:${p.column}: ${describeProblem(p)}`).join('\n'));
    if (`${result.article.slug}.json` !== file) throw new Error(`${path}: the file must be named after its slug (${result.article.slug}.json)`);
    return result.article;
  });
}

/** The library index: newest first (undated last), then by slug. */
export function libraryIndex(articles: readonly Article[]): LibraryIndex {
  const sorted = [...articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.slug.localeCompare(b.slug));
  return {
    articles: sorted.map((a) => {
      const used = new Set(usedThreadIds(a));
      return {
        slug: a.slug,
        title: a.title,
        ...(a.subtitle ? { subtitle: a.subtitle } : {}),
        ...(a.published ? { published: a.published } : {}),
        lang: a.lang,
        dir: a.dir ?? directionOf(a.lang),
        minutes: readingMinutes(a),
        threads: a.threads.filter((t) => used.has(t.id)).map(({ id, label }) => ({ id, label })),
      };
    }),
  };
}
