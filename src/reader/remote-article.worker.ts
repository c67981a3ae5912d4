/// <reference lib="webworker" />
/**
 * Loads an article by URL off the page's main thread (/read?src=, issue #13): the request, the size
 * limit, JSON parsing and schema validation all happen here, so a long article never freezes the
 * page. A valid article goes back in pieces (remote-pieces.ts), a failure as it is. The timeout is
 * the page's to keep (its clock is the one the reader sees, and tests fake): it says when the time
 * is up, and the request is aborted as if its own timer had fired, so failures are told apart
 * exactly as on the main thread (load-remote.ts), the reachability probe included.
 */
import { loadRemoteArticle } from './load-remote';
import { piecesOf, type LoaderMessage, type LoaderRequest } from './remote-pieces';

const post = (message: LoaderMessage) => self.postMessage(message);
// One worker, one article: the page starts a worker for each load and ends it after.
const timeout = new AbortController();

self.onmessage = async (event: MessageEvent<LoaderRequest>) => {
  const request = event.data;
  if (request.type === 'timeout') {
    timeout.abort(new DOMException('The article took too long to arrive.', 'TimeoutError'));
    return;
  }
  let told = false;
  // The first request is the article's: the page starts its clock when it hears of it.
  const fetchAndTell: typeof fetch = (input, init) => {
    if (!told) post({ type: 'fetching' });
    told = true;
    return fetch(input, init);
  };
  const result = await loadRemoteArticle(request.src, fetchAndTell, timeout.signal);
  if (!result.ok) post({ type: 'result', result });
  else for (const piece of piecesOf(result.article)) post(piece);
};
