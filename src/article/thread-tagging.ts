/**
 * Thread tagging: which of an article's threads each paragraph talks about.
 * (Placeholder contract; the tagger itself is being written.)
 */
import type { Thread } from './schema';

/**
 * Returns, for each paragraph, the ids of the threads it names (in the order of `threads`).
 * Built-in lexicons cover the default threads; a thread's own `keywords` are matched too.
 * Never throws.
 */
export function tagThreads(paragraphs: readonly string[], threads: readonly Thread[], _lang: string): string[][] {
  return paragraphs.map(() => threads.length ? [] : []);
}
