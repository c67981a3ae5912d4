/**
 * The offline page (dist/offline/index.html): what the service worker answers for a page that is
 * neither cached nor reachable, instead of the browser's error page. It is made from the app shell
 * (dist/spa.html: the style sheet inline, the pre-paint settings script) without the app's
 * scripts, and holds its words in both UI languages; the pre-paint script marks <html> with the
 * reader's UI language (UI_LANGUAGE_ATTRIBUTE), and a style rule hides the other one. So the page
 * needs no script of its own, and no second inline script for the Content-Security-Policy to pin.
 */
import ar from '../../src/i18n/locales/ar.json';
import en from '../../src/i18n/locales/en.json';
import { STATIC_PAGE_ATTRIBUTE, UI_LANGUAGE_ATTRIBUTE } from '../../src/reader/settings';
import { escapeHtml, withoutModules } from './page-html';


/** The attribute that marks each language's part, for the style rule and for tests. */
export const OFFLINE_PART_ATTRIBUTE = 'data-offline';

function part(lng: 'ar' | 'en', words: typeof en.offline): string {
  return (
    `<section ${OFFLINE_PART_ATTRIBUTE}="${lng}" lang="${lng}" dir="${lng === 'ar' ? 'rtl' : 'ltr'}">` +
    `<h1 style="font-size:1.5rem;font-weight:700;margin-block-end:1rem">${escapeHtml(words.title)}</h1>` +
    `<p style="margin-block-end:1.5rem">${escapeHtml(words.body)}</p>` +
    `<p><a href="/" style="color:var(--accent);text-decoration:underline;text-underline-offset:0.35em">${escapeHtml(words.library)}</a></p></section>`
  );
}

/** The offline page from the built shell's HTML. */
export function offlinePageHtml(shell: string): string {
  if (!shell.includes('<div id="root"></div>')) throw new Error('not the built shell (spa.html): no empty root');
  // Arabic unless the reader's UI language is English (the pre-paint script's mark; Arabic without it).
  const style =
    `<style>html[${UI_LANGUAGE_ATTRIBUTE}="en"] [${OFFLINE_PART_ATTRIBUTE}="ar"],` +
    `html:not([${UI_LANGUAGE_ATTRIBUTE}="en"]) [${OFFLINE_PART_ATTRIBUTE}="en"]{display:none}</style>`;
  const body = `<main style="max-width:40rem;margin:0 auto;padding:4rem 1rem;line-height:1.7">${part('ar', ar.offline)}${part('en', en.offline)}</main>`;
  return withoutModules(shell)
    .replace(/<html /u, `<html ${STATIC_PAGE_ATTRIBUTE} `)
    .replace(/<title>[^<]*<\/title>/u, `<title>${escapeHtml(ar.offline.title)} · ${escapeHtml(en.offline.title)}</title>`)
    .replace('</head>', `${style}</head>`)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
}
