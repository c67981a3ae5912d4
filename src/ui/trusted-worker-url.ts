/**
 * Worker addresses as the Content-Security-Policy requires them: with `require-trusted-types-for
 * 'script'`, `new Worker()` takes only a TrustedScriptURL made by a named policy. Every worker of
 * the app (the editor's analysis, the reader's loader of articles by URL) goes through this one
 * module, because a policy name can be created only once per page: a second `createPolicy
 * ('sahifa-worker')` would throw, say after going from the editor to an article read by URL.
 */
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}
let workerPolicy: { createScriptURL(url: string): unknown } | undefined;

/**
 * `url` as a TrustedScriptURL where the browser has Trusted Types, else as it is. The policy admits
 * nothing but same-origin addresses (the app's own bundled workers) and throws for any other.
 */
export function trustedWorkerUrl(url: string): string | URL {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  workerPolicy ??= tt.createPolicy('sahifa-worker', {
    createScriptURL(candidate) {
      if (new URL(candidate, location.href).origin !== location.origin) throw new TypeError('A worker must come from this site.');
      return candidate;
    },
  });
  return workerPolicy.createScriptURL(url) as string;
}
