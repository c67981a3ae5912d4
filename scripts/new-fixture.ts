/**
 * Makes or refreshes an importer golden fixture: `npm run fixture -- NAME [SOURCE.txt]`.
 * Copies SOURCE.txt (when given) to test/fixtures/import/NAME/source.txt and writes the
 * importer's current output as expected.json. Review the diff before committing it.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../src/article/import-text';

const [name, source] = process.argv.slice(2);
if (!name || !/^[a-z0-9-]+$/u.test(name)) {
  console.error('usage: npm run fixture -- NAME [SOURCE.txt]   (NAME: lower-case letters, digits, hyphens)');
  process.exit(1);
}
const dir = join('test/fixtures/import', name);
mkdirSync(dir, { recursive: true });
if (source) copyFileSync(source, join(dir, 'source.txt'));
const article = importText(readFileSync(join(dir, 'source.txt'), 'utf8'), { slug: name });
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(article, null, 2)}\n`);
console.log(`wrote ${join(dir, 'expected.json')}`);
