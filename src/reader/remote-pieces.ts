/**
 * How the loader worker (remote-article.worker.ts) hands an article read by URL to the page: in
 * pieces, each its own message, so no single task of the page's has to take in a whole long article.
 * The first piece is the article with its first blocks, enough for a first look; the rest of the
 * body follows in slices, each as JSON text: a string crosses to the page as a copy of its
 * characters, and JSON.parse rebuilds the blocks there several times faster than the structured
 * clone of the same objects would (measured with scripts/bench-remote.ts). Types and pure functions
 * only: both sides import this, and it brings no schema.
 */
import type { Article, Block } from '../article/schema';
import { isProgressive, LONG_CHUNK } from './body-chunks';
import { summarizeBody, type BodySummary } from './body-summary';
import type { RemoteResult } from './remote-failure';

/**
 * Blocks in the first piece: the first chunk of a long body (several screens on a phone, about
 * two on a desktop). The page shows them as they come, and the same block objects stay the first
 * chunk of the whole article, so that chunk is not rendered again when the rest arrives.
 */
export const FIRST_PIECE_BLOCKS = LONG_CHUNK;

/** Blocks per later piece: taking one in is a few milliseconds at 4x CPU slowdown (scripts/bench-remote.ts). */
export const PIECE_BLOCKS = 100;

/** From the page to the worker. */
export type LoaderRequest = { type: 'load'; src: string | null } | { type: 'timeout' };

/** From the worker to the page. */
export type LoaderMessage =
  /** The request to the article's address is being sent: the page's clock for the timeout starts. */
  | { type: 'fetching' }
  /** A failure (or, with `ok`, a whole article: not sent by the worker, kept for symmetry with the main-thread path). */
  | { type: 'result'; result: RemoteResult }
  /** The article with its first blocks; `blocks` is how many its body has in all; `summary`, the whole body's figures when more blocks follow. */
  | { type: 'head'; article: Article; blocks: number; summary?: BodySummary }
  /** The next blocks of the body, in order, as a JSON array. */
  | { type: 'blocks'; json: string };

/**
 * A valid article as the messages that carry it, in the order they are sent. A body that the reader
 * renders whole (PROGRESSIVE_FROM blocks or fewer, nearly every news story) goes in one message, and
 * shows as it always has; only a long one comes in pieces.
 */
export function piecesOf(article: Article, first = FIRST_PIECE_BLOCKS, size = PIECE_BLOCKS): LoaderMessage[] {
  if (!isProgressive(article.body.length)) return [{ type: 'head', article, blocks: article.body.length }];
  const out: LoaderMessage[] = [{ type: 'head', article: { ...article, body: article.body.slice(0, first) }, blocks: article.body.length, summary: summarizeBody(article) }];
  for (let i = first; i < article.body.length; i += size) out.push({ type: 'blocks', json: JSON.stringify(article.body.slice(i, i + size)) });
  return out;
}

/** What a message adds up to: nothing yet, a first look at the article, or the outcome. */
export type Assembled = { kind: 'none' } | { kind: 'first'; article: Article; summary: BodySummary | null } | { kind: 'done'; result: RemoteResult };

/**
 * Puts an article together from its pieces. A head whose body is already whole is done at once (a
 * short article); otherwise it is a first look, and the article is done with its last slice.
 */
export class ArticleAssembler {
  private head: Article | null = null;
  private total = 0;
  private body: Block[] = [];

  add(message: LoaderMessage): Assembled {
    switch (message.type) {
      case 'fetching':
        return { kind: 'none' };
      case 'result':
        return { kind: 'done', result: message.result };
      case 'head':
        this.head = message.article;
        this.total = message.blocks;
        this.body = [...message.article.body];
        return this.body.length >= this.total ? { kind: 'done', result: { ok: true, article: message.article } } : { kind: 'first', article: message.article, summary: message.summary ?? null };
      case 'blocks':
        if (!this.head) return { kind: 'none' };
        // Written by the worker from a validated article: parsed, not validated again.
        for (const block of JSON.parse(message.json) as Block[]) this.body.push(block);
        return this.body.length >= this.total ? { kind: 'done', result: { ok: true, article: { ...this.head, body: this.body } } } : { kind: 'none' };
    }
  }
}
