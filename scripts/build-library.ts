/** `npm run articles`: validates the bundled articles and rewrites public/articles/index.json. */
import { writeFileSync } from 'node:fs';
import { ARTICLES_DIR, libraryIndex, loadBundledArticles } from './lib/bundled';

try {
  const index = libraryIndex(loadBundledArticles());
  writeFileSync(`${ARTICLES_DIR}/index.json`, `${JSON.stringify(index, null, 2)}\n`);
  console.log(`wrote ${ARTICLES_DIR}/index.json (${index.articles.length} articles)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
