/**
 * Shape of the built-in thread lexicons.
 *
 * Entries are written as they appear in running text, in any of the five languages (ar, fa, ur,
 * he, en); the tagger folds them with `foldKey` (thread-tagger/fold-words.ts, on the text layer's folding table) once, at module load. Conventions:
 *
 * - Arabic entries may start with the article ال; it is optional in text (so `القدس` also matches
 *   `بالقدس`, `للقدس`, `والقدس`). Prefix `!` makes the article required (`!الرياض`: the
 *   given name رياض is not the city), prefix `^` forbids it (`^حماس`: الحماس is enthusiasm).
 * - Hebrew entries are written without the article ה or prepositions (ב ל מ ו ש כ): the tagger
 *   strips those clitics from the text (`גדה המערבית` matches `בגדה המערבית`).
 * - In `demonyms`, an Arabic-script entry ending in ي (or Hebrew ending in י) is a nisba adjective:
 *   it matches with any of its inflections (`إيراني` → الإيرانية، الإيرانيين، إيرانيون، ایرانی‌ها…).
 *   Other entries (English) match as written.
 * - Multi-word entries match across spaces and hyphens (`كيم جونغ أون` = `كيم جونغ-أون`).
 */
export interface ThreadLexicon {
  /** The default thread this lexicon tags. */
  readonly id: string;
  /** Countries, cities, regions, seas, sites. */
  readonly places: readonly string[];
  /** Adjectives and nouns of nationality (see the nisba rule above). */
  readonly demonyms: readonly string[];
  /** Heads of state or government and leaders of the thread's groups. */
  readonly people: readonly string[];
  /** Armed, political or state groups tied to the thread's places. */
  readonly groups: readonly string[];
  /**
   * Homographs that name the thread only sometimes (سيول is also "floods", مصر على is "insists
   * on"): they count only when the same article names the thread unambiguously elsewhere.
   */
  readonly weak: readonly string[];
  /**
   * Longer phrases that contain an entry but mean something else (`الحد الأقصى` = "the maximum",
   * `الخليج بين` = "the gap between"): they hide the entry inside them.
   */
  readonly blocked: readonly string[];
}
