/**
 * The tagger's lexicon tries: every built-in name (../lexicons/) and context word, folded into one trie
 * of entries; the clitic prefixes the scanner strips; the inflection suffixes a name may take; and,
 * per article, a trie of the threads' own keywords. Keys are folded as the scanner folds text
 * (./fold-words.ts), so both sides of a comparison went through the one folding table.
 */
import { CONFLICT_CUES, FICTION_CUES, FICTION_NOUNS, GULF, NOT_TEAM_NOUNS, SPORT_CUES, TEAM_NOUNS } from '../lexicons/context';
import { KOREA } from '../lexicons/korea';
import { MIDDLE_EAST } from '../lexicons/middle-east';
import type { ThreadLexicon } from '../lexicons/types';
import { UKRAINE } from '../lexicons/ukraine';
import type { Thread } from '../schema';
import { isArabicScript, isHebrewLetter } from '../text/classify';
import * as nisba from '../text/nisba';
import { foldKey } from './fold-words';
import { Trie, TrieBuilder } from './trie';

/** What a matched name does. */
export const Kind = {
  /** Place or demonym: counts unless the sentence is about sport or fiction. */
  place: 1,
  /** Leader or group, or an article's own keyword: always counts. */
  strong: 2,
  /** Homograph: counts only if the article names the thread plainly elsewhere. */
  weak: 3,
  /** Bare "the Gulf": counts unless the article names another gulf. */
  gulf: 4,
  /** A gulf that is not the region's: makes bare "the Gulf" mean it. */
  foreignGulf: 5,
  /** A phrase that hides the names inside it. */
  blocked: 6,
  sportCue: 7,
  fictionCue: 8,
  conflictCue: 9,
  teamNoun: 10,
  fictionNoun: 11,
} as const;
/** One of the {@link Kind} values. */
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Whether an entry needs the Arabic article ال before it in text (see `lexicons/types.ts`). */
export const Article = { any: 0, required: 1, forbidden: 2 } as const;
/** One of the {@link Article} values. */
export type Article = (typeof Article)[keyof typeof Article];

/** What a key of a lexicon trie stands for. */
export interface Entry {
  /** Built-in thread code, or BUILTIN.length + index in the caller's threads; -1 for context words. */
  readonly thread: number;
  readonly kind: Kind;
  readonly article: Article;
  /** Suffixes allowed after the key (an inflected word); null: the key must end the word. */
  readonly suffixes: Trie<true> | null;
  /** Whether the key may also end the word with no suffix. */
  readonly bare: boolean;
}

const fold = foldKey;
const ARABIC_ARTICLE = 'ال';

/** The article is a clitic the scanner strips from text, so keys are stored without it. */
function withoutArticle(key: string): string {
  return key.startsWith(ARABIC_ARTICLE) && key.length > 3 ? key.slice(ARABIC_ARTICLE.length) : key;
}

/** Parses the `!` / `^` article markers (see `lexicons/types.ts`) and folds the written form into a key. */
function parseWritten(written: string): { key: string; article: Article } {
  const article: Article = written.startsWith('!') ? Article.required : written.startsWith('^') ? Article.forbidden : Article.any;
  return { key: withoutArticle(fold(article === Article.any ? written : written.slice(1))), article };
}

/** A trie of folded inflection suffixes, checked against the rest of a word without building a string. */
function suffixTrie(written: readonly string[]): Trie<true> {
  const b = new TrieBuilder<true>();
  for (const w of written) b.insert(fold(w), true);
  return b.compile(false);
}

/** Inflections of an Arabic-script nisba adjective after its stem (إيران|ي، |ية، |يين، ایران|ی‌ها …). */
const NISBA = [...nisba.ARABIC_NISBA_SUFFIXES, ...nisba.PERSIAN_NISBA_SUFFIXES];
/** Inflections of a Hebrew nisba adjective after its stem (ישראל|י, |ית, |ים, |יות). */
const HEBREW_NISBA = nisba.HEBREW_NISBA_SUFFIXES;
/** English plurals, accepted after an article's own keywords. */
const LATIN_PLURAL = ['s', 'es'];

/** Suffix tries of the nisba inflections and English plurals. */
export const NISBA_SUFFIXES = suffixTrie(NISBA);
const HEBREW_NISBA_SUFFIXES = suffixTrie(HEBREW_NISBA);
const LATIN_SUFFIXES = suffixTrie(LATIN_PLURAL);
/** Longest folded suffix (longer remainders of a word are not inflections). */
export const MAX_SUFFIX = Math.max(...[...NISBA, ...HEBREW_NISBA, ...LATIN_PLURAL].map((x) => fold(x).length));

function addEntry(builder: TrieBuilder<Entry>, key: string, entry: Entry): void {
  if (key) builder.insert(key, entry, entry.suffixes !== null);
}

function addWritten(builder: TrieBuilder<Entry>, written: string, thread: number, kind: Kind, nisba = false): void {
  const { key, article } = parseWritten(written);
  const last = key.charCodeAt(key.length - 1);
  if (nisba && last === 0x64a /* ي */) {
    addEntry(builder, key.slice(0, -1), { thread, kind, article, suffixes: NISBA_SUFFIXES, bare: false });
  } else if (nisba && last === 0x5d9 /* י */) {
    addEntry(builder, key.slice(0, -1), { thread, kind, article, suffixes: HEBREW_NISBA_SUFFIXES, bare: false });
  } else {
    addEntry(builder, key, { thread, kind, article, suffixes: null, bare: true });
  }
}

/** The default threads' lexicons; a thread code is an index in this list. */
export const BUILTIN: readonly ThreadLexicon[] = [UKRAINE, MIDDLE_EAST, KOREA];
const MIDDLE_EAST_CODE = BUILTIN.indexOf(MIDDLE_EAST);

function buildBuiltinTrie(): Trie<Entry> {
  const b = new TrieBuilder<Entry>();
  const add = (list: readonly string[], thread: number, kind: Kind, nisba = false) => {
    for (const w of list) addWritten(b, w, thread, kind, nisba);
  };
  BUILTIN.forEach((lexicon, code) => {
    add(lexicon.places, code, Kind.place);
    add(lexicon.demonyms, code, Kind.place, true);
    add(lexicon.people, code, Kind.strong);
    add(lexicon.groups, code, Kind.strong);
    add(lexicon.weak, code, Kind.weak);
    add(lexicon.blocked, -1, Kind.blocked);
  });
  add(GULF.bare, MIDDLE_EAST_CODE, Kind.gulf);
  add(GULF.arabian, MIDDLE_EAST_CODE, Kind.place);
  add(GULF.foreign, -1, Kind.foreignGulf);
  add(GULF.gap, -1, Kind.blocked);
  add(SPORT_CUES, -1, Kind.sportCue);
  add(FICTION_CUES, -1, Kind.fictionCue);
  add(CONFLICT_CUES, -1, Kind.conflictCue);
  add(TEAM_NOUNS, -1, Kind.teamNoun);
  add(NOT_TEAM_NOUNS, -1, Kind.blocked);
  add(FICTION_NOUNS, -1, Kind.fictionNoun);
  return b.compile(true);
}

/** Every built-in name and context word. */
export const BUILTIN_TRIE = buildBuiltinTrie();

/**
 * Clitic prefixes; the payload tells whether the prefix contains the definite article.
 * Arabic: conjunction? + preposition? + article?, with ل + ال written لل. Hebrew: ו? ש? מ|ב|כ|ל? ה?
 */
function buildPrefixTrie(): Trie<boolean> {
  const b = new TrieBuilder<boolean>();
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ك', 'ل']) {
      for (const art of ['', 'ال']) {
        if (prep === 'ل' && art) continue;
        if (conj + prep + art) b.insert(conj + prep + art, art !== '');
      }
    }
    b.insert(`${conj}لل`, true);
  }
  for (const conj of ['', 'ו']) {
    for (const rel of ['', 'ש']) {
      for (const prep of ['', 'מ', 'ב', 'כ', 'ל']) {
        for (const art of ['', 'ה']) {
          if (conj + rel + prep + art) b.insert(conj + rel + prep + art, false);
        }
      }
    }
  }
  return b.compile(true);
}

/** The clitic prefixes the scanner tries to strip from a word. */
export const PREFIX_TRIE = buildPrefixTrie();

// Article keywords

function keywordSuffixes(key: string): Trie<true> {
  const last = key.charCodeAt(key.length - 1);
  if (isArabicScript(last)) return NISBA_SUFFIXES;
  if (isHebrewLetter(last)) return HEBREW_NISBA_SUFFIXES;
  return LATIN_SUFFIXES;
}

function buildCustomTrie(threads: readonly Thread[]): Trie<Entry> | null {
  const b = new TrieBuilder<Entry>();
  threads.forEach((t, index) => {
    const keywords: unknown = t?.keywords;
    if (!Array.isArray(keywords)) return;
    const thread = BUILTIN.length + index;
    for (const keyword of keywords) {
      if (typeof keyword !== 'string') continue;
      const key = withoutArticle(fold(keyword));
      if (key.length < 2) continue;
      // Keywords always count, inflected lightly (السوداني for السودان, strikes for strike).
      addEntry(b, key, { thread, kind: Kind.strong, article: Article.any, suffixes: keywordSuffixes(key), bare: true });
      if (key.endsWith('ي')) addEntry(b, key.slice(0, -1), { thread, kind: Kind.strong, article: Article.any, suffixes: NISBA_SUFFIXES, bare: false });
    }
  });
  return b.size ? b.compile(false) : null;
}

const customCache = new Map<string, Trie<Entry> | null>();
const CUSTOM_CACHE_SIZE = 32;

/** The trie of the threads' own keywords, cached by content (callers may build threads anew each time); null when they have none. */
export function customTrieFor(threads: readonly Thread[]): Trie<Entry> | null {
  let signature = '';
  threads.forEach((t, i) => {
    const keywords: unknown = t?.keywords;
    if (Array.isArray(keywords) && keywords.length) signature += `${i}\u0000${keywords.join('\u0001')}\u0002`;
  });
  if (!signature) return null;
  const cached = customCache.get(signature);
  if (cached !== undefined) return cached;
  const trie = buildCustomTrie(threads);
  if (customCache.size >= CUSTOM_CACHE_SIZE) customCache.delete(customCache.keys().next().value!);
  customCache.set(signature, trie);
  return trie;
}
