/**
 * The service worker's address as the Content-Security-Policy requires it: with
 * `require-trusted-types-for 'script'`, `navigator.serviceWorker.register()` takes only a
 * TrustedScriptURL made by a named policy. This policy, 'sahifa-sw', is the worker's alone and
 * admits exactly one address, the app's worker (SW_URL, '/sw.js'): a script that could pass it
 * another address could install a worker that answers every request of the site, so it throws for
 * anything else. Created once per page (a policy name can be created only once).
 */
import { SW_URL } from '../sw/offline-facts';

export const SW_POLICY_NAME = 'sahifa-sw';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}
let swPolicy: { createScriptURL(url: string): unknown } | undefined;

/** The policy's rule: `url` if it is the worker's address, else an error. */
export function admitServiceWorkerUrl(url: string): string {
  if (url !== SW_URL) throw new TypeError(`Only ${SW_URL} may be registered as the service worker.`);
  return url;
}

/** `url` as a TrustedScriptURL where the browser has Trusted Types, else as it is (after the same check). */
export function trustedServiceWorkerUrl(url: string = SW_URL): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return admitServiceWorkerUrl(url);
  swPolicy ??= tt.createPolicy(SW_POLICY_NAME, { createScriptURL: admitServiceWorkerUrl });
  return swPolicy.createScriptURL(url) as string;
}
