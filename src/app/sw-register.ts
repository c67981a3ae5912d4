/**
 * The page's side of the service worker (docs/decisions/0011-offline.md), for the app to build on:
 * `register()` once the app is up (main.tsx, production builds only), `onUpdateWaiting()` to hear
 * that a new version has installed and waits, `applyUpdate()` to let it take over and reload the
 * page under it. The worker never takes over on its own: an open page keeps the version it
 * started with until the reader (a prompt, the next step of issue #14) says so.
 *
 * DOM hook: <html data-sw-update="waiting"> while a new version waits.
 */
import { Workbox } from 'workbox-window';
import { SW_SCOPE, SW_URL } from '../sw/offline-facts';
import { trustedServiceWorkerUrl } from './trusted-sw-url';

let workbox: Workbox | undefined;
let waiting = false;
const listeners = new Set<() => void>();

/** The attribute set on <html> while an update waits (for tests and for styles). */
export const UPDATE_WAITING_ATTRIBUTE = 'data-sw-update';

function markWaiting(): void {
  waiting = true;
  document.documentElement.setAttribute(UPDATE_WAITING_ATTRIBUTE, 'waiting');
  for (const listener of listeners) listener();
}

/**
 * Registers the worker (scope `/`) and listens for updates. Does nothing where the browser has no
 * service workers or the page is not on a secure origin, and a second call does nothing.
 * A failure (a browser that refuses the worker) is logged as a warning: the site works without it.
 */
export async function register(): Promise<void> {
  if (workbox || !('serviceWorker' in navigator)) return;
  workbox = new Workbox(trustedServiceWorkerUrl(SW_URL), { scope: SW_SCOPE });
  // A new version installed while an older one controls the page (this visit's or one found when
  // the page opened): it waits until applyUpdate().
  workbox.addEventListener('waiting', markWaiting);
  try {
    await workbox.register({ immediate: true });
  } catch (error) {
    console.warn('The service worker was not registered', error);
  }
}

/** Calls `listener` when a new version waits (at once if one already does). Returns the unsubscribe. */
export function onUpdateWaiting(listener: () => void): () => void {
  listeners.add(listener);
  if (waiting) listener();
  return () => listeners.delete(listener);
}

/** Whether a new version is waiting. */
export const isUpdateWaiting = () => waiting;

/**
 * Lets the waiting version take over (the SKIP_WAITING message) and reloads the page once it
 * controls it, so the page runs the new version's scripts. Does nothing when no update waits.
 */
export function applyUpdate(): void {
  if (!workbox || !waiting) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

// For end-to-end tests until the update prompt exists (e2e/offline.spec.ts): the page's own way
// to apply an update, nothing a page script could not do through the worker anyway.
(window as { __sahifaServiceWorker?: unknown }).__sahifaServiceWorker = { applyUpdate, isUpdateWaiting };
