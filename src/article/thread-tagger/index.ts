/**
 * Thread tagging: which of an article's threads each paragraph talks about. The tagger is this folder
 * (named apart from ../threads.ts, which defines the default threads):
 * - fold-words.ts: the paragraph folded with the text layer's table, and its words;
 * - trie.ts: the frozen character tries the scanner walks;
 * - lexicon.ts: the names, context words, clitic prefixes and inflection suffixes, as tries;
 * - scan.ts: finding the names in one paragraph;
 * - tag.ts: deciding which threads count, and tagThreads itself.
 */
export { tagThreads } from './tag';
