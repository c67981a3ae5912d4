import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR, libraryIndex, loadBundledArticles } from './lib/bundled';

describe('bundled articles', () => {
  const articles = loadBundledArticles();

  it('are all valid and named after their slugs', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it('have a current library index (run `npm run articles` after changing one)', () => {
    const index = JSON.parse(readFileSync(`${ARTICLES_DIR}/index.json`, 'utf8'));
    expect(index).toEqual(libraryIndex(articles));
  });
});
