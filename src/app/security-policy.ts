/**
 * The Content-Security-Policy of the built app (docs/security.md). Scripts run only from the app's
 * own origin or, for the one inline script (the settings applied before first paint), pinned by its
 * hash; no eval, no inline event handlers, no plugins, no <base> tricks, no form posts, and DOM
 * sinks only through Trusted Types (none are needed: the app never writes HTML from strings).
 * Styles allow inline values: React sets style attributes (the preview's zoom) and CodeMirror its
 * own style sheet; CSS cannot run script in current browsers.
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
    // The one policy: the editor's analysis worker address (src/editor/use-draft-analysis.ts).
    'trusted-types sahifa-worker',
  ].join('; ');
}
