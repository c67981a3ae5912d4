import { MAX_DOCUMENT_BYTES } from '../article/limits';
import { classifyFetchError, FETCH_TIMEOUT_MS, httpFailure, type RemoteResult } from './remote-failure';

export { canRetry, classifyFetchError, FETCH_TIMEOUT_MS, httpFailure, MAX_MEGABYTES, shortAddress, type RemoteFailure, type RemoteResult } from './remote-failure';

/** How long the reachability probe after a failed fetch may take (see {@link classifyFetchError}). */
export const PROBE_TIMEOUT_MS = 5_000;

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/** Whether the host of `url` answers at all: a `no-cors` HEAD request resolves (opaquely) whenever it does. */
async function reachable(url: URL, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    await fetchImpl(url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches and validates an article JSON from an http(s) URL. Never throws: every failure comes
 * back as a {@link RemoteFailure}. Bodies over the size limit are refused without being parsed.
 * `timeout`: milliseconds, or a signal that the caller aborts with a "TimeoutError" DOMException
 * when the time is up (the worker, remote-article.worker.ts, whose clock is the page's).
 */
export async function loadRemoteArticle(src: string | null, fetchImpl: typeof fetch = fetch, timeout: number | AbortSignal = FETCH_TIMEOUT_MS): Promise<RemoteResult> {
  if (!src) return { ok: false, failure: { kind: 'no-source' } };
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return { ok: false, failure: { kind: 'bad-source' } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, failure: { kind: 'bad-source' } };
  // The validator (the schema and its library) loads while the article downloads, not before: in
  // the worker, whose script then starts the request as soon as it runs.
  const parser = import('../article/parse');
  parser.catch(() => {});
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: typeof timeout === 'number' ? AbortSignal.timeout(timeout) : timeout, credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    const online = isOnline();
    const failure = classifyFetchError(error, { online, reachable: online && error instanceof TypeError && (await reachable(url, fetchImpl)) });
    return { ok: false, failure };
  }
  if (!response.ok) return { ok: false, failure: httpFailure(response.status) };
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_DOCUMENT_BYTES) return { ok: false, failure: { kind: 'too-large' } };
  const type = response.headers.get('content-type') ?? '';
  if (type && !/json|text\/plain/iu.test(type)) return { ok: false, failure: { kind: 'not-json' } };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  let parseArticle: (typeof import('../article/parse'))['parseArticle'];
  try {
    ({ parseArticle } = await parser);
  } catch {
    // The validator's script could not be had: a connection problem like any other.
    return { ok: false, failure: { kind: 'network' } };
  }
  const result = parseArticle(text);
  if (result.ok) return { ok: true, article: result.article };
  const syntaxOnly = result.problems.every((p) => p.code === 'json-syntax');
  if (syntaxOnly && !/json/iu.test(type)) return { ok: false, failure: { kind: 'not-json' } };
  if (result.problems.some((p) => p.code === 'too-large')) return { ok: false, failure: { kind: 'too-large' } };
  return { ok: false, failure: { kind: 'invalid', problems: result.problems } };
}
