/**
 * The per-language lexicons of frames of saying, as data: one file per language, each a list of groups
 * of written forms sharing a kind (and, for verbs, the prepositions they govern). lexicon.ts turns them
 * into look-up maps with every clitic form; lexicon.test.ts checks every entry.
 */

/** What a frame of saying is, which decides where its subject stands. */
export type FrameKind = 'verb' | 'participle' | 'according' | 'transmit' | 'noun' | 'issue';

/** Words of one kind, written naturally (hamza, alef forms and all: they are folded at load time). */
export interface FrameGroup {
  kind: FrameKind;
  /** The written forms, separated by spaces. */
  words: string;
  /** Prepositions the verb governs: a word starting with one ends the subject (اعترف X بخسارة). */
  governs?: readonly string[];
  /** A verb of describing with a direct object between its subject and the quoted description. */
  object?: boolean;
  /** Why the group exists, for a reader of the data. */
  note?: string;
}

/** The languages with a lexicon of their own. */
export const LEXICON_LANGUAGES = ['ar', 'fa', 'ur', 'he', 'en'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];
