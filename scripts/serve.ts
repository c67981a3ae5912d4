/**
 * Serves the built site (dist) the way a static host would: files as they are, prerendered
 * pages at <route>/index.html, and spa.html for every other path. `npm run serve`.
 * Sends the app's Content-Security-Policy as a header too (with frame-ancestors, which a meta
 * element cannot carry) and the usual hardening headers.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { contentSecurityPolicy } from '../src/app/security-policy';
import { prepaintScript } from '../src/reader/settings';

const port = Number(process.env.PORT ?? 4173);
const dist = resolve(process.env.SAHIFA_DIST ?? 'dist');
const host = process.env.HOST ?? '127.0.0.1';
const policy = `${contentSecurityPolicy([prepaintScript()])}; frame-ancestors 'none'`;
if (!existsSync(resolve(dist, 'spa.html'))) {
  console.error(`There is no built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const files = sirv(dist, {
  single: 'spa.html',
  etag: true,
  gzip: true,
  brotli: true,
  dev: false,
  // On every response: sirv passes the request path (/read/x, not …/index.html), and the policy is
  // harmless on scripts and data (a worker takes its policy from its own response).
  setHeaders(res) {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', policy);
  },
});

const server = createServer((req, res) => files(req, res));
// A port already in use (or not allowed) is said in one line, with how to choose another: no stack trace.
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} on ${host} is already in use. Choose another one: PORT=4174 npm run serve`);
  else if (error.code === 'EACCES') console.error(`Port ${port} on ${host} may not be used by this user. Choose one above 1024: PORT=4174 npm run serve`);
  else console.error(`The server could not start on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Sahifa (built) on http://${host}:${port}/`);
});
