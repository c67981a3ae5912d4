/**
 * What the failure view needs to know about a URL-loaded article that could not be shown: the kinds
 * of failure, whether trying again can help, the size limit and how the address is shown. Kept apart
 * from load-remote.ts, which parses articles (and so brings the schema): the bundled-article route
 * shows failures too, and must not load the schema to do so.
 */
import { MAX_DOCUMENT_BYTES } from '../article/limits';
import type { Problem } from '../article/problems';
import type { Article } from '../article/schema';

/** Why a URL-loaded article could not be shown; each kind has its own translated message. */
export type RemoteFailure =
  | { kind: 'no-source' | 'bad-source' | 'timeout' | 'network' | 'offline' | 'cors' | 'too-large' | 'not-json' }
  | { kind: 'http' | 'not-found'; status: number }
  | { kind: 'invalid'; problems: Problem[] };

export type RemoteResult = { ok: true; article: Article } | { ok: false; failure: RemoteFailure };

/** The failure for an HTTP error status: "not found" for 404 and 410 (the article is not there), otherwise the status. */
export function httpFailure(status: number): RemoteFailure {
  return { kind: status === 404 || status === 410 ? 'not-found' : 'http', status };
}

/**
 * Why a fetch rejected. A browser rejects with the same TypeError whether the server could not be
 * reached or it answered without allowing this page to read the answer (its cross-origin policy):
 * `reachable` tells them apart, the outcome of a `no-cors` request to the same address (it resolves,
 * with an opaque response, whenever the host answered). `online` is `navigator.onLine`.
 */
export function classifyFetchError(error: unknown, { online, reachable }: { online: boolean; reachable: boolean }): RemoteFailure {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { kind: 'timeout' };
  if (!online) return { kind: 'offline' };
  return { kind: reachable ? 'cors' : 'network' };
}

/**
 * Whether trying again can help: a connection that failed, an answer that took too long, a server
 * error (5xx) or a passing refusal (408, 425, 429). Not a missing article, a refused cross-origin
 * read, or content that is wrong: those stay the same until someone changes them.
 */
export function canRetry(failure: RemoteFailure): boolean {
  switch (failure.kind) {
    case 'timeout':
    case 'network':
    case 'offline':
      return true;
    case 'http':
      return failure.status >= 500 || failure.status === 408 || failure.status === 425 || failure.status === 429;
    default:
      return false;
  }
}

/** The article size limit in whole megabytes, for the "too large" message. */
/** How long a fetch of an article by URL may take before it is abandoned (here: both loaders read it). */
export const FETCH_TIMEOUT_MS = 10_000;

export const MAX_MEGABYTES = Math.round(MAX_DOCUMENT_BYTES / (1024 * 1024));

/**
 * `src` as the failure view shows it: without "https://", and, when longer than `max` characters,
 * the host and the file name with an ellipsis for what lies between (the whole address stays in
 * the element's title).
 */
export function shortAddress(src: string, max = 64): string {
  const url = URL.canParse(src) ? new URL(src) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return src.length > max ? `${src.slice(0, max - 1)}…` : src;
  const bare = `${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`;
  const shown = url.protocol === 'https:' ? bare : `${url.protocol}//${bare}`;
  if (shown.length <= max) return shown;
  const prefix = url.protocol === 'https:' ? url.host : `${url.protocol}//${url.host}`;
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  const room = max - prefix.length - 3;
  if (last && room >= 8) return `${prefix}/…/${last.length > room ? `${last.slice(0, room - 1)}…` : last}`;
  return `${shown.slice(0, max - 1)}…`;
}
