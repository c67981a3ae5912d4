/**
 * Parsing imported HTML in an inert document. `DOMParser` makes a document with no browsing context: its
 * scripts never run, its images and frames never load, its event handlers never fire. It is a Trusted
 * Types sink all the same (the app's CSP has `require-trusted-types-for 'script'`), so the string goes
 * through the `sahifa-import` policy, which this module keeps to itself and uses for nothing but
 * DOMParser. Nothing parsed here is ever inserted into the live document: the walker reads it and the
 * importer writes article JSON.
 *
 * Chromium checks the page's CSP as it parses, even into an inert document: every `on…` attribute is
 * reported as a refused inline handler, and a `<base href>` as a refused base URI (nothing runs, but the
 * page's violation reports fill up, and a report is what the end-to-end tests watch for). So before
 * parsing, every place where an attribute named `on…` could start (after white space, `/` or a quote) and
 * every `<base` tag get the prefix `x-sahifa-`, which makes them attributes and elements of no meaning;
 * the same replacement happens in text and attribute values, where restoreText takes it out again. The
 * replacement needs no parsing of its own, so no trick of the HTML syntax gets a handler past it.
 */

/** The name the Content-Security-Policy admits (src/app/security-policy.ts). */
export const IMPORT_POLICY = 'sahifa-import';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(html: string): string }): { createHTML(html: string): unknown };
}

let policy: { createHTML(html: string): unknown } | null | undefined;

/** The string as DOMParser takes it: TrustedHTML from the import policy where the browser has Trusted Types. */
function trusted(markup: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    // Only DOMParser is given what this policy makes (see parseInert): it passes the text through unchanged.
    policy = tt ? tt.createPolicy(IMPORT_POLICY, { createHTML: (html) => html }) : null;
  }
  return policy ? (policy.createHTML(markup) as string) : markup;
}

/** What neutralize puts before an attribute name or a tag it disarms. */
const PREFIX = 'x-sahifa-';

/** Where an attribute named on… can start in HTML (after white space, a slash or a closing quote), and the base tag. */
const HANDLER_OR_BASE = /([\t\n\f\r /"'])(on)|<(base)(?=[\t\n\f\r />]|$)/giu;

/** Disarms event-handler attributes and base tags of markup by prefixing their names (see above). */
export function neutralize(markup: string): string {
  return markup.replace(HANDLER_OR_BASE, (_, before: string | undefined, on: string | undefined, base: string | undefined) => (base ? `<${PREFIX}${base}` : `${before}${PREFIX}${on}`));
}

const NEUTRALIZED = /x-sahifa-(?=on|base)/giu;

/** Text or an attribute value of a neutralized document, as the source had it. */
export function restoreText(text: string): string {
  return text.includes(PREFIX) ? text.replace(NEUTRALIZED, '') : text;
}

/**
 * Parses HTML into a new inert document, event handlers and base URLs disarmed (neutralize): read its
 * text and attribute values through restoreText. Throws only where the browser refuses the policy (a CSP
 * that does not list it), which callers treat as "cannot import".
 */
export function parseInert(markup: string): Document {
  return new DOMParser().parseFromString(trusted(neutralize(markup)), 'text/html');
}
