/** `npm run schema`: writes public/schema/article-v1.json from the zod schema (a test checks it is current). */
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../src/article/schema';

const file = 'public/schema/article-v1.json';
writeFileSync(file, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
