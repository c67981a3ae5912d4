/**
 * Serves the built site (dist) the way a static host would: files as they are, prerendered
 * pages at <route>/index.html, and spa.html for every other path. `npm run serve`.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const files = sirv(resolve(process.env.SAHIFA_DIST ?? 'dist'), { single: 'spa.html', etag: true, gzip: true, brotli: true, dev: false });

createServer((req, res) => files(req, res)).listen(port, host, () => {
  console.log(`Sahifa (built) on http://${host}:${port}/`);
});
