/**
 * What the panels around an article say about its whole body: the reading time, the number of
 * statements and each thread's number of passages. An article loaded by URL is shown at first with
 * its first blocks only (remote-pieces.ts); the worker, which holds the whole article, sends these
 * figures with them, so the panels show the article's real figures from the first look instead of
 * those of its first screen. Pure: the worker imports it.
 */
import { placedStatements, textBlocks } from '../article/blocks';
import { readingMinutes } from '../article/reading-time';
import type { Article } from '../article/schema';

export interface BodySummary {
  minutes: number;
  statements: number;
  /** Passages per thread id, for the threads that have any. */
  passages: Readonly<Record<string, number>>;
}

export function summarizeBody(article: Article): BodySummary {
  const passages: Record<string, number> = {};
  for (const block of textBlocks(article.body)) {
    // A block tagged twice with one thread is one passage of it, as in the thread sections.
    for (const id of new Set(block.threads.map((t) => t.id))) passages[id] = (passages[id] ?? 0) + 1;
  }
  return { minutes: readingMinutes(article), statements: placedStatements(article.body).length, passages };
}
