/**
 * The page's side of loading an article by URL: the worker's pieces become a first look and then
 * the article, the timeout runs on the page's clock, leaving ends the worker, and a worker that
 * cannot start (or breaks down) hands the work to the main thread.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../article/schema';
import type { RemoteResult } from './remote-failure';
import { loadArticleByUrl, LOAD_TIMEOUT_MS } from './remote-loader';
import { FETCH_TIMEOUT_MS } from './load-remote';
import { piecesOf, type LoaderMessage, type LoaderRequest } from './remote-pieces';

const SRC = 'https://news.example/feeds/long.json';

const article = (blocks: number): Article => ({
  format: 'sahifa-article/1',
  slug: 'long',
  title: 'Long',
  lang: 'en',
  status: 'published',
  threads: [],
  body: Array.from({ length: blocks }, (_, i) => ({ type: 'paragraph' as const, id: `b${i + 1}`, content: [`Paragraph ${i + 1}.`] })),
});

/** A stand-in for the worker: records what the page asks and lets the test answer. */
class FakeWorker {
  onmessage: ((event: MessageEvent<LoaderMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  asked: LoaderRequest[] = [];
  terminated = false;
  postMessage(request: LoaderRequest) {
    this.asked.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  /** Sends a message from the worker, cloned as it would be. */
  send(message: LoaderMessage) {
    this.onmessage?.({ data: structuredClone(message) } as MessageEvent<LoaderMessage>);
  }
  /** The worker's script failed to load or threw. */
  fail() {
    let prevented = false;
    this.onerror?.({ preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    return prevented;
  }
}

function start(options: { throws?: boolean } = {}) {
  const worker = new FakeWorker();
  const firsts: Article[] = [];
  const results: RemoteResult[] = [];
  const here = vi.fn(async (): Promise<RemoteResult> => ({ ok: true, article: article(3) }));
  const cancel = loadArticleByUrl(
    SRC,
    { first: (a) => firsts.push(a), done: (r) => results.push(r) },
    {
      createWorker: () => {
        if (options.throws) throw new TypeError('Workers are not allowed here');
        return worker as unknown as Worker;
      },
      loadHere: here,
    },
  );
  return { worker, firsts, results, here, cancel };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('loadArticleByUrl', () => {
  it('asks the worker for the address; a long article comes as a first look, then whole, and the worker is ended', () => {
    const { worker, firsts, results, here } = start();
    expect(worker.asked).toEqual([{ type: 'load', src: SRC }]);
    const whole = article(500);
    const [head, ...rest] = piecesOf(whole);
    worker.send({ type: 'fetching' });
    worker.send(head!);
    expect(firsts).toHaveLength(1);
    expect(firsts[0]!.body).toHaveLength(12);
    expect(results).toEqual([]);
    for (const piece of rest) worker.send(piece);
    expect(results).toEqual([{ ok: true, article: whole }]);
    expect(worker.terminated).toBe(true);
    expect(here).not.toHaveBeenCalled();
  });

  it('a failure from the worker is the outcome, with no first look', () => {
    const { worker, firsts, results } = start();
    worker.send({ type: 'result', result: { ok: false, failure: { kind: 'not-found', status: 404 } } });
    expect(firsts).toEqual([]);
    expect(results).toEqual([{ ok: false, failure: { kind: 'not-found', status: 404 } }]);
  });

  it('the timeout counts on the page’s clock from the request, and tells the worker when it is up', () => {
    expect(LOAD_TIMEOUT_MS).toBe(FETCH_TIMEOUT_MS);
    const { worker } = start();
    // Starting the worker takes time of its own: not counted.
    vi.advanceTimersByTime(LOAD_TIMEOUT_MS * 2);
    expect(worker.asked).toHaveLength(1);
    worker.send({ type: 'fetching' });
    vi.advanceTimersByTime(LOAD_TIMEOUT_MS - 1);
    expect(worker.asked).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(worker.asked).toEqual([{ type: 'load', src: SRC }, { type: 'timeout' }]);
  });

  it('leaving the page ends the worker; nothing is reported after', () => {
    const { worker, results, cancel } = start();
    worker.send({ type: 'fetching' });
    cancel();
    expect(worker.terminated).toBe(true);
    worker.send({ type: 'result', result: { ok: false, failure: { kind: 'cors' } } });
    vi.advanceTimersByTime(LOAD_TIMEOUT_MS);
    expect(results).toEqual([]);
    expect(worker.asked).toHaveLength(1);
  });

  it('a worker that cannot be made: loaded on the main thread instead', async () => {
    const { results, here } = start({ throws: true });
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(here).toHaveBeenCalledWith(SRC, LOAD_TIMEOUT_MS);
    expect(results[0]).toEqual({ ok: true, article: article(3) });
  });

  it('a worker that fails to start (its script blocked or broken): the error is handled, and the main thread loads instead', async () => {
    const { worker, results, here } = start();
    expect(worker.fail()).toBe(true);
    expect(worker.terminated).toBe(true);
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(here).toHaveBeenCalledTimes(1);
    expect(results[0]).toEqual({ ok: true, article: article(3) });
  });
});
