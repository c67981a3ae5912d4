/**
 * The page's side of loading an article by URL (/read?src=): starts the loader worker
 * (remote-article.worker.ts), keeps the timeout on the page's clock, and puts the article together
 * from the worker's pieces, a first look first. Where no worker can start (blocked, or a browser
 * without module workers), the same loading runs on the main thread, as it did before the worker:
 * slower for a long article, never a failure of its own.
 */
import type { Article } from '../article/schema';
import { trustedWorkerUrl } from '../ui/trusted-worker-url';
import { FETCH_TIMEOUT_MS, type RemoteResult } from './remote-failure';
import { ArticleAssembler, type LoaderMessage, type LoaderRequest } from './remote-pieces';
// Vite's `?worker&url` gives the bundled worker's address as the default export (a virtual module).
// oxlint-disable-next-line import/default
import workerUrl from './remote-article.worker.ts?worker&url';
import type { BodySummary } from './body-summary';

/** How long the article's request may take before it is abandoned: the main-thread loader's limit. */
export const LOAD_TIMEOUT_MS = FETCH_TIMEOUT_MS;

export interface LoadHandlers {
  /**
   * The article with its first blocks, while the rest is on its way (only for an article longer than
   * its first piece), and the whole body's figures for the panels around it.
   */
  first?(article: Article, summary: BodySummary | null): void;
  /** The outcome: the whole article or why it cannot be had. Called once, never after `cancel`. */
  done(result: RemoteResult): void;
}

export interface LoadOptions {
  timeoutMs?: number;
  /** Makes the worker; tests give their own. Throwing, or a worker that reports an error, means loading on the main thread. */
  createWorker?: () => Worker;
  /** Loads on the main thread: the fallback. */
  loadHere?: (src: string | null, timeoutMs: number) => Promise<RemoteResult>;
}

const defaultWorker = () => new Worker(trustedWorkerUrl(workerUrl), { type: 'module', name: 'sahifa-article-loader' });

async function defaultLoadHere(src: string | null, timeoutMs: number): Promise<RemoteResult> {
  const { loadRemoteArticle } = await import('./load-remote');
  return loadRemoteArticle(src, fetch, timeoutMs);
}

/**
 * Loads the article at `src`, off the main thread where possible. Returns `cancel`, which ends the
 * worker (and with it the request) and silences the handlers: leaving the page calls it.
 */
export function loadArticleByUrl(src: string | null, handlers: LoadHandlers, options: LoadOptions = {}): () => void {
  const { timeoutMs = LOAD_TIMEOUT_MS, createWorker = defaultWorker, loadHere = defaultLoadHere } = options;
  let over = false;
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
  };
  const finish = (result: RemoteResult) => {
    if (over) return;
    over = true;
    stop();
    handlers.done(result);
  };
  // The worker could not start or broke down: everything again, here (its first look, if any, stays until then).
  const fallBack = () => {
    stop();
    void loadHere(src, timeoutMs).then(finish);
  };

  try {
    worker = createWorker();
  } catch {
    fallBack();
    return () => void (over = true);
  }
  const assembler = new ArticleAssembler();
  worker.onmessage = (event: MessageEvent<LoaderMessage>) => {
    if (over) return;
    if (event.data.type === 'fetching') {
      timer = setTimeout(() => worker?.postMessage({ type: 'timeout' } satisfies LoaderRequest), timeoutMs);
      return;
    }
    const step = assembler.add(event.data);
    if (step.kind === 'first') handlers.first?.(step.article, step.summary);
    else if (step.kind === 'done') finish(step.result);
  };
  worker.onerror = (event) => {
    // Reported here, not as an uncaught error of the page: the main thread takes over.
    event.preventDefault();
    if (!over) fallBack();
  };
  worker.onmessageerror = () => {
    if (!over) fallBack();
  };
  worker.postMessage({ type: 'load', src } satisfies LoaderRequest);
  return () => {
    over = true;
    stop();
  };
}
