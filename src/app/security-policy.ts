/**
 * The Content-Security-Policy of the built app (docs/security.md). Scripts run only from the app's
 * own origin or, for the one inline script (the settings applied before first paint), pinned by its
 * hash; no eval, no inline event handlers, no plugins, no <base> tricks, no form posts, and DOM
 * sinks only through Trusted Types (the app never writes HTML from strings into the page).
 * Styles allow inline values: React sets style attributes (the preview's zoom) and CodeMirror its
 * own style sheet; CSS cannot run script in current browsers. Three Trusted Types policies: the app's
 * worker addresses (the editor's analysis, the reader's loader of articles by URL), the import's parser (pasted HTML and opened files parsed by DOMParser
 * into an inert document, src/editor/import/parse-html.ts), and the service worker's one address.
 */
import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script's text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(scriptHash).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // /read?src= loads article JSON from any http(s) address.
    "connect-src 'self' https: http:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    // The app's worker addresses (src/ui/trusted-worker-url.ts: the editor's analysis, the reader's
    // loader of articles by URL), the import's inert parser (src/editor/import/parse-html.ts) and the
    // service worker's address, '/sw.js' and nothing else (src/app/trusted-sw-url.ts); no duplicates.
    'trusted-types sahifa-worker sahifa-import sahifa-sw',
  ].join('; ');
}
