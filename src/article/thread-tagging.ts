/**
 * Thread tagging: which of an article's threads each paragraph talks about. The tagger lives in
 * ./threads/ (fold-words: the folded paragraph and its words; trie: the tries it walks; lexicon: the
 * names and context words; scan: finding names in a paragraph; tag: deciding what counts).
 */
export { tagThreads } from './threads/tag';
