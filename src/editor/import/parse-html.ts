/**
 * Parsing imported HTML and XML in an inert document. `DOMParser` makes a document with no browsing
 * context: its scripts never run, its images and frames never load, its event handlers never fire. It is
 * a Trusted Types sink all the same (the app's CSP has `require-trusted-types-for 'script'`), so the
 * string goes through the `sahifa-import` policy, which this module keeps to itself and uses for
 * nothing but DOMParser. Nothing parsed here is ever inserted into the live document: the walker reads
 * it and the importer writes article JSON.
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

/**
 * Parses `markup` into a new inert document. `type` is 'text/html' for pasted HTML and saved pages,
 * 'application/xml' for the parts of a .docx. Throws only where the browser refuses the policy (a CSP
 * that does not list it), which callers treat as "cannot import".
 */
export function parseInert(markup: string, type: DOMParserSupportedType = 'text/html'): Document {
  return new DOMParser().parseFromString(trusted(markup), type);
}
