/**
 * Writes .br and .gz beside every text file of the built site (run after prerendering), so a static
 * host that serves precompressed files (and scripts/serve.ts) sends readers a fraction of the bytes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = process.env.SAHIFA_DIST ?? 'dist';
const TEXT = /\.(html|js|css|json|svg|txt|xml)$/u;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.test(name)) yield path;
  }
}

let count = 0;
for (const path of files(DIST)) {
  const data = readFileSync(path);
  if (data.length < 1024) continue;
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
  count++;
}
console.log(`compressed ${count} files in ${DIST} (.br and .gz)`);
