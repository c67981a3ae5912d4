/**
 * Serves the built site (dist) the way a static host would: files as they are, prerendered
 * pages at <route>/index.html, and spa.html for every other path. `npm run serve`.
 * Sends the app's Content-Security-Policy as a header too (with frame-ancestors, which a meta
 * element cannot carry) and the usual hardening headers.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { contentSecurityPolicy } from '../src/app/security-policy';
import { prepaintScript } from '../src/reader/settings';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const policy = `${contentSecurityPolicy([prepaintScript()])}; frame-ancestors 'none'`;
const files = sirv(resolve(process.env.SAHIFA_DIST ?? 'dist'), {
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

createServer((req, res) => files(req, res)).listen(port, host, () => {
  console.log(`Sahifa (built) on http://${host}:${port}/`);
});
