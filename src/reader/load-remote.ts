import { MAX_DOCUMENT_BYTES, parseArticle } from '../article/parse';
import type { Problem } from '../article/problems';
import type { Article } from '../article/schema';

/** Why a URL-loaded article could not be shown; each kind has its own translated message. */
export type RemoteFailure =
  | { kind: 'no-source' | 'bad-source' | 'timeout' | 'network' | 'too-large' | 'not-json' }
  | { kind: 'http'; status: number }
  | { kind: 'invalid'; problems: Problem[] };

export type RemoteResult = { ok: true; article: Article } | { ok: false; failure: RemoteFailure };

/** How long a fetch may take before it is abandoned. */
export const FETCH_TIMEOUT_MS = 10_000;

/**
 * Fetches and validates an article JSON from an http(s) URL. Never throws: every failure comes
 * back as a {@link RemoteFailure}. Bodies over the size limit are refused without being parsed.
 */
export async function loadRemoteArticle(src: string | null, fetchImpl: typeof fetch = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<RemoteResult> {
  if (!src) return { ok: false, failure: { kind: 'no-source' } };
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return { ok: false, failure: { kind: 'bad-source' } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, failure: { kind: 'bad-source' } };
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, failure: { kind: timedOut ? 'timeout' : 'network' } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
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
  const result = parseArticle(text);
  if (result.ok) return { ok: true, article: result.article };
  const syntaxOnly = result.problems.every((p) => p.code === 'json-syntax');
  if (syntaxOnly && !/json/iu.test(type)) return { ok: false, failure: { kind: 'not-json' } };
  if (result.problems.some((p) => p.code === 'too-large')) return { ok: false, failure: { kind: 'too-large' } };
  return { ok: false, failure: { kind: 'invalid', problems: result.problems } };
}
