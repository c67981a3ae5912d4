/**
 * Thread tagging: which of an article's threads each paragraph talks about.
 *
 * A paragraph gets a thread when it names one of the thread's entities: a place, a demonym, a
 * leader or a group (see `lexicons/`). Matching is one linear pass per paragraph: the paragraph is
 * folded once (`normalize-arabic.ts`) into a reusable buffer, then at each word a character trie
 * is walked from the word as written and from after each clitic prefix (و ف ب ك ل ال لل …, Hebrew
 * ו ה ב ל מ ש כ). A walk may continue across a space into a multi-word name and may end in an
 * inflection suffix. The longest name starting at a word wins, so a longer phrase can hide a
 * shorter one (`الخليج بين` "the gap between", `الحد الأقصى` "the maximum").
 *
 * Context then decides what counts:
 * - places and demonyms do not count in a sentence about sport or fiction, nor right after a team
 *   or series noun (`منتخب كوريا`, `المسلسل الكوري`), unless the sentence speaks of war;
 * - weak homographs (سيول "floods" / Seoul) count only when the article names the thread plainly
 *   elsewhere;
 * - bare `الخليج` is the Gulf unless the article names another gulf (خليج المكسيك).
 */
import { KOREA } from './lexicons/korea';
import { MIDDLE_EAST } from './lexicons/middle-east';
import { UKRAINE } from './lexicons/ukraine';
import { CONFLICT_CUES, FICTION_CUES, FICTION_NOUNS, GULF, NOT_TEAM_NOUNS, SPORT_CUES, TEAM_NOUNS } from './lexicons/context';
import type { ThreadLexicon } from './lexicons/types';
import * as folding from './normalize-arabic';
import type { Thread } from './schema';

// Local bindings: some module transforms (tsx, CJS interop) turn every use of an imported binding
// into a getter call, which costs more than the folding itself in the scanning loop.
const foldForMatching = folding.foldForMatching;
const foldWords = folding.foldWords;
const GAP = folding.WORD_GAP;
const OTHER = folding.OTHER_SEPARATOR;

// ---------------------------------------------------------------------------------------------
// Entries

/** What a matched name does. */
const Kind = {
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
type Kind = (typeof Kind)[keyof typeof Kind];

const Article = { any: 0, required: 1, forbidden: 2 } as const;
type Article = (typeof Article)[keyof typeof Article];

interface Entry {
  /** Built-in thread code, or BUILTIN.length + index in the caller's threads; -1 for context words. */
  readonly thread: number;
  readonly kind: Kind;
  readonly article: Article;
  /** Suffixes allowed after the key (an inflected word); null: the key must end the word. */
  readonly suffixes: Trie<true> | null;
  /** Whether the key may also end the word with no suffix. */
  readonly bare: boolean;
}

const fold = (s: string) => foldForMatching(s);
const ARABIC_ARTICLE = 'ال';
const isArabicScript = (c: number) => c >= 0x600 && c <= 0x6ff;
const isHebrewScript = (c: number) => c >= 0x5d0 && c <= 0x5ea;

/** The article is a clitic the scanner strips from text, so keys are stored without it. */
function withoutArticle(key: string): string {
  return key.startsWith(ARABIC_ARTICLE) && key.length > 3 ? key.slice(ARABIC_ARTICLE.length) : key;
}

/** Parses the `!` / `^` article markers (see `lexicons/types.ts`) and folds the written form into a key. */
function parseWritten(written: string): { key: string; article: Article } {
  const article: Article = written.startsWith('!') ? Article.required : written.startsWith('^') ? Article.forbidden : Article.any;
  return { key: withoutArticle(fold(article === Article.any ? written : written.slice(1))), article };
}

// ---------------------------------------------------------------------------------------------
// Tries: built from string keys, then frozen into flat arrays for the scanning loop

interface BuildNode<T> {
  next: Map<number, BuildNode<T>>;
  payload: T[] | null;
  flag: boolean;
}

class TrieBuilder<T> {
  private readonly root: BuildNode<T> = { next: new Map(), payload: null, flag: false };
  size = 0;

  /** Adds `payload` at `key`; `flag` marks the node (e.g. "an entry here takes a suffix"). */
  insert(key: string, payload: T, flag = false): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), payload: null, flag: false };
        node.next.set(c, child);
      }
      node = child;
    }
    (node.payload ??= []).push(payload);
    node.flag ||= flag;
    this.size++;
  }

  /** Freezes the trie; `denseRoot` trades 256 KB for a direct lookup of the first letter. */
  compile(denseRoot: boolean): Trie<T> {
    const nodes: BuildNode<T>[] = [this.root];
    for (let i = 0; i < nodes.length; i++) nodes.push(...[...nodes[i]!.next.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n));
    const id = new Map(nodes.map((n, i) => [n, i]));
    const edges = nodes.reduce((sum, n) => sum + n.next.size, 0);
    // Every edge in one open-addressing table, at most a quarter full: a step costs a probe or two
    // whatever the node's number of children.
    let bits = 4;
    while (1 << bits < edges * 4) bits++;
    const edgeFrom = new Int32Array(1 << bits).fill(-1);
    const edgeChar = new Uint16Array(1 << bits);
    const edgeTo = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    nodes.forEach((node, i) => {
      for (const [c, child] of node.next) {
        let h = edgeHash(i, c, bits);
        while (edgeFrom[h] !== -1) h = (h + 1) & mask;
        edgeFrom[h] = i;
        edgeChar[h] = c;
        edgeTo[h] = id.get(child)!;
      }
    });
    const rootTable = denseRoot ? new Int32Array(0x10000).fill(-1) : null;
    if (rootTable) for (const [c, child] of this.root.next) rootTable[c] = id.get(child)!;
    return new Trie(
      rootTable,
      bits,
      edgeFrom,
      edgeChar,
      edgeTo,
      nodes.map((n) => n.payload),
      Uint8Array.from(nodes, (n) => (n.flag ? 1 : 0)),
    );
  }
}

/** Slot of the edge (node, c) in a table of 2^bits slots. */
function edgeHash(node: number, c: number, bits: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> (32 - bits);
}

/** A frozen trie; node 0 is the root, -1 is "no such node". */
class Trie<T> {
  private readonly mask: number;

  constructor(
    private readonly rootTable: Int32Array | null,
    private readonly bits: number,
    /** Edge table (see TrieBuilder.compile): slot h holds the edge edgeFrom[h] --edgeChar[h]--> edgeTo[h], or edgeFrom[h] = -1. */
    private readonly edgeFrom: Int32Array,
    private readonly edgeChar: Uint16Array,
    private readonly edgeTo: Int32Array,
    readonly payload: readonly (T[] | null)[],
    readonly flag: Uint8Array,
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** Child of `node` along folded code `c`, or -1. */
  child(node: number, c: number): number {
    if (node === 0 && this.rootTable !== null) return this.rootTable[c]!;
    const { edgeFrom, edgeChar } = this;
    for (let h = edgeHash(node, c, this.bits); ; h = (h + 1) & this.mask) {
      const from = edgeFrom[h]!;
      if (from === node) {
        if (edgeChar[h] === c) return this.edgeTo[h]!;
      } else if (from === -1) return -1;
    }
  }
}

/** A trie of folded inflection suffixes, checked against the rest of a word without building a string. */
function suffixTrie(written: readonly string[]): Trie<true> {
  const b = new TrieBuilder<true>();
  for (const w of written) b.insert(fold(w), true);
  return b.compile(false);
}

/** Inflections of an Arabic-script nisba adjective after its stem (إيران|ي، |ية، |يين …). */
const NISBA = ['ي', 'ية', 'يين', 'يون', 'يات', 'يتين', 'يتان', 'يان', 'يا', 'ی‌ها', 'ی‌های'];
/** Inflections of a Hebrew nisba adjective after its stem (ישראל|י, |ית, |ים, |יות). */
const HEBREW_NISBA = ['י', 'ית', 'ים', 'יות', 'יים'];
/** English plurals, accepted after an article's own keywords. */
const LATIN_PLURAL = ['s', 'es'];

const NISBA_SUFFIXES = suffixTrie(NISBA);
const HEBREW_NISBA_SUFFIXES = suffixTrie(HEBREW_NISBA);
const LATIN_SUFFIXES = suffixTrie(LATIN_PLURAL);
/** Longest folded suffix (longer remainders of a word are not inflections). */
const MAX_SUFFIX = Math.max(...[...NISBA, ...HEBREW_NISBA, ...LATIN_PLURAL].map((x) => fold(x).length));

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
const BUILTIN: readonly ThreadLexicon[] = [UKRAINE, MIDDLE_EAST, KOREA];
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

const BUILTIN_TRIE = buildBuiltinTrie();

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

const PREFIX_TRIE = buildPrefixTrie();

// ---------------------------------------------------------------------------------------------
// Folded paragraph buffer

const SPACE = 0x20; // how a gap is written in trie keys
const MAX_NAME_GAP = 4;

/** The folded paragraph being scanned: codes[0, length) and its words (see `foldWords`). Reused between paragraphs. */
type Folded = folding.FoldedWords;

const folded: Folded = new folding.FoldedWords();

const isLetter = (code: number) => code > OTHER;

function wordEnd(codes: Uint16Array, length: number, from: number): number {
  let i = from;
  while (i < length && codes[i]! > OTHER) i++;
  return i;
}

// ---------------------------------------------------------------------------------------------
// Matching words

/** Longest match found so far at one word: its end and the entries that end there. */
class Hit {
  end = -1;
  /** entries[0, count) end at `end`; the array is reused to avoid allocating per word. */
  readonly entries: Entry[] = [];
  count = 0;
  reset(): void {
    this.end = -1;
    this.count = 0;
  }
  add(end: number, entry: Entry): void {
    if (end > this.end) {
      this.end = end;
      this.count = 0;
    }
    if (end === this.end) this.entries[this.count++] = entry;
  }
}

function articleAllows(entry: Entry, hadArticle: boolean): boolean {
  return entry.article === Article.any || (entry.article === Article.required) === hadArticle;
}

/** Records the entries of `node` that match when the key ends at `pos` and the word at `end`. */
function collect(entries: readonly Entry[], codes: Uint16Array, pos: number, end: number, hadArticle: boolean, hit: Hit): void {
  for (const entry of entries) {
    if (!articleAllows(entry, hadArticle)) continue;
    if (pos === end ? entry.bare : entry.suffixes !== null && end - pos <= MAX_SUFFIX && isSuffix(entry.suffixes, codes, pos, end)) {
      hit.add(end, entry);
    }
  }
}

/** Whether codes[pos, end) is one of the suffixes in `suffixes`. */
function isSuffix(suffixes: Trie<true>, codes: Uint16Array, pos: number, end: number): boolean {
  let node = 0;
  for (let i = pos; i < end && node >= 0; i++) node = suffixes.child(node, codes[i]!);
  return node >= 0 && suffixes.payload[node] !== null;
}

/** Walks `trie` from `start` (a word start, after any stripped prefix) and records matches in `hit`. */
function walk(trie: Trie<Entry>, text: Folded, start: number, firstEnd: number, hadArticle: boolean, hit: Hit): void {
  const { codes, length } = text;
  // Most words start no key at all: reject them before setting up the walk.
  let node = trie.child(0, codes[start]!);
  if (node < 0) return;
  let pos = start + 1;
  let end = firstEnd;
  for (;;) {
    while (pos < end) {
      if (trie.flag[node] === 1) collect(trie.payload[node]!, codes, pos, end, hadArticle, hit);
      node = trie.child(node, codes[pos]!);
      if (node < 0) return;
      pos++;
    }
    const entries = trie.payload[node];
    if (entries) collect(entries, codes, end, end, hadArticle, hit);
    const spaced = trie.child(node, SPACE);
    if (spaced < 0) return;
    spaceReached = true;
    let next = end;
    while (next < length && next - end < MAX_NAME_GAP && codes[next] === GAP) next++;
    if (next === end || next >= length || !isLetter(codes[next]!)) return;
    node = spaced;
    pos = next;
    end = wordEnd(codes, length, next);
  }
}

/** Tries `trie` at the word [start, end): as written, then after each clitic prefix. */
function matchWord(trie: Trie<Entry>, text: Folded, start: number, end: number, hit: Hit): void {
  walk(trie, text, start, end, false, hit);
  const codes = text.codes;
  let node = 0;
  for (let pos = start; pos < end - 1; ) {
    node = PREFIX_TRIE.child(node, codes[pos]!);
    if (node < 0) return;
    pos++;
    const prefix = PREFIX_TRIE.payload[node];
    if (prefix) walk(trie, text, pos, end, prefix[0]!, hit);
  }
}

// ---------------------------------------------------------------------------------------------
// Scanning a paragraph

const SENTENCE_SPORT = 1;
const SENTENCE_FICTION = 2;
const SENTENCE_CONFLICT = 4;

function grow<T extends Int32Array | Uint8Array>(a: T): T {
  const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** Reusable, growable buffers for the matches of one paragraph. */
class Matches {
  count = 0;
  thread = new Int32Array(64);
  kind = new Uint8Array(64);
  sentence = new Int32Array(64);
  /** 1 when a team or series noun right before the name makes it a team or a work's origin. */
  modified = new Uint8Array(64);
  sentenceFlags = new Uint8Array(64);
  sentences = 0;
  foreignGulf = false;

  reset(): void {
    this.count = 0;
    this.sentences = 1;
    this.sentenceFlags[0] = 0;
    this.foreignGulf = false;
  }

  newSentence(): void {
    if (this.sentences >= this.sentenceFlags.length) this.sentenceFlags = grow(this.sentenceFlags);
    this.sentenceFlags[this.sentences++] = 0;
  }

  flagSentence(flag: number): void {
    this.sentenceFlags[this.sentences - 1]! |= flag;
  }

  push(thread: number, kind: Kind, modified: boolean): void {
    if (this.count >= this.thread.length) {
      this.thread = grow(this.thread);
      this.kind = grow(this.kind);
      this.sentence = grow(this.sentence);
      this.modified = grow(this.modified);
    }
    const i = this.count++;
    this.thread[i] = thread;
    this.kind[i] = kind;
    this.sentence[i] = this.sentences - 1;
    this.modified[i] = modified ? 1 : 0;
  }
}

/** Records what the entries of one word's longest match do; returns whether the word is a team/series noun. */
function record(entries: readonly Entry[], count: number, modified: boolean, out: Matches): boolean {
  let isModifier = false;
  for (let i = 0; i < count; i++) {
    const e = entries[i]!;
    switch (e.kind) {
      case Kind.sportCue:
        out.flagSentence(SENTENCE_SPORT);
        break;
      case Kind.fictionCue:
        out.flagSentence(SENTENCE_FICTION);
        break;
      case Kind.conflictCue:
        out.flagSentence(SENTENCE_CONFLICT);
        break;
      case Kind.teamNoun:
      case Kind.fictionNoun:
        isModifier = true;
        break;
      case Kind.foreignGulf:
        out.foreignGulf = true;
        break;
      case Kind.blocked:
        break;
      default:
        out.push(e.thread, e.kind, modified);
    }
  }
  return isModifier;
}

const builtinHit = new Hit();

// Words already matched against the built-in lexicons, by their folded codes: news text repeats its words,
// and a word from which no walk reached a multi-word name (see spaceReached) matches the same way wherever
// it stands, so its entries are looked up instead of walking the tries again from it and from each of its
// clitic prefixes. Open addressing; emptied when half full or when its code store is full.
const KNOWN_BITS = 14;
const KNOWN_MASK = (1 << KNOWN_BITS) - 1;
const KNOWN_LONGEST = 32;
/** Hash of each slot's word, 0 for an empty slot (stored hashes are odd). */
const knownHashes = new Int32Array(1 << KNOWN_BITS);
/** Each slot's word: knownCodes[knownAt[slot], knownAt[slot] + knownLength[slot]). */
const knownAt = new Int32Array(1 << KNOWN_BITS);
const knownLength = new Int32Array(1 << KNOWN_BITS);
const knownCodes = new Uint16Array(1 << 17);
/** The entries that end at each slot's word (those of a Hit ending there; empty when none does). */
const knownEntries: (readonly Entry[])[] = new Array<readonly Entry[]>(1 << KNOWN_BITS).fill([]);
let knownCount = 0;
let knownUsed = 0;
let knownHash = 0;
/** Set by walk when a walk got to the end of a word with a multi-word name still possible. */
let spaceReached = false;

/**
 * The slot of the word codes[start, end) (of hash h) if its matches are known, else -1 - the slot to remember them in
 * (or -1 - knownHashes.length when the word is not to be remembered).
 */
function knownWord(codes: Uint16Array, start: number, end: number, h: number): number {
  const length = end - start;
  if (length > KNOWN_LONGEST) return -1 - knownHashes.length;
  // h: the word's FNV-1a hash, computed while folding (see wordHash).
  const hash = Math.imul(h ^ length, 0x9e3779b1) | 1;
  knownHash = hash;
  let slot = (hash >>> (32 - KNOWN_BITS)) & KNOWN_MASK;
  for (let stored = knownHashes[slot]!; stored !== 0; stored = knownHashes[slot]!) {
    if (stored === hash && knownLength[slot] === length) {
      const at = knownAt[slot]!;
      let same = true;
      for (let k = 0; k < length && same; k++) same = knownCodes[at + k] === codes[start + k];
      if (same) return slot;
    }
    slot = (slot + 1) & KNOWN_MASK;
  }
  return -1 - slot;
}

/** Remembers the entries of `hit` (ending at the word's end, if any) for the word codes[start, end); `missing` is what knownWord returned. */
function remember(codes: Uint16Array, start: number, end: number, missing: number, hit: Hit): void {
  let slot = -1 - missing;
  if (slot >= knownHashes.length) return;
  const length = end - start;
  if (knownCount >= knownHashes.length >> 1 || knownUsed + length > knownCodes.length) {
    knownHashes.fill(0);
    knownEntries.fill([]);
    knownCount = 0;
    knownUsed = 0;
    slot = (knownHash >>> (32 - KNOWN_BITS)) & KNOWN_MASK;
  }
  knownHashes[slot] = knownHash;
  knownAt[slot] = knownUsed;
  knownLength[slot] = length;
  for (let k = 0; k < length; k++) knownCodes[knownUsed + k] = codes[start + k]!;
  knownUsed += length;
  knownEntries[slot] = hit.count > 0 ? hit.entries.slice(0, hit.count) : NO_ENTRIES;
  knownCount++;
}

const NO_ENTRIES: readonly Entry[] = [];
const customHit = new Hit();

/** Finds every name in `text` (built-in lexicons and the article's keywords) into `out`. */
function scan(text: string, custom: Trie<Entry> | null, out: Matches): void {
  out.reset();
  foldWords(text, folded);
  const { starts, ends, stops, words } = folded;
  let modified = false;
  let k = 0;
  while (k < words) {
    // A sentence end before the word (a match never spans one: names cross only word gaps).
    if (stops[k] === 1) {
      out.newSentence();
      modified = false;
    }
    const i = starts[k]!;
    const end = ends[k]!;
    let next = end;
    let isModifier: boolean;
    const known = knownWord(folded.codes, i, end, folded.hashes[k]!);
    if (known >= 0) {
      // Matched before, and no longer name can start here: the same entries end at this word's end.
      const entries = knownEntries[known]!;
      isModifier = entries.length > 0 && record(entries, entries.length, modified, out);
    } else {
      builtinHit.reset();
      spaceReached = false;
      matchWord(BUILTIN_TRIE, folded, i, end, builtinHit);
      if (!spaceReached) remember(folded.codes, i, end, known, builtinHit);
      next = Math.max(end, builtinHit.end);
      isModifier = record(builtinHit.entries, builtinHit.count, modified, out);
    }
    if (custom) {
      customHit.reset();
      matchWord(custom, folded, i, end, customHit);
      record(customHit.entries, customHit.count, false, out);
      next = Math.max(next, customHit.end);
    }
    modified = isModifier;
    // Words inside the longest match are part of it.
    k++;
    while (k < words && starts[k]! < next) k++;
  }
}

// ---------------------------------------------------------------------------------------------
// Article keywords

function keywordSuffixes(key: string): Trie<true> {
  const last = key.charCodeAt(key.length - 1);
  if (isArabicScript(last)) return NISBA_SUFFIXES;
  if (isHebrewScript(last)) return HEBREW_NISBA_SUFFIXES;
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

/** The trie of the threads' own keywords, cached by content (callers may build threads anew each time). */
function customTrieFor(threads: readonly Thread[]): Trie<Entry> | null {
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

// ---------------------------------------------------------------------------------------------
// Deciding

const CELL_STRONG = 1;
const CELL_WEAK = 2;
const CELL_GULF = 4;

/** Whether a place-like match is cancelled by its sentence (sport, fiction) or a team/series noun. */
function inNonNewsSense(m: Matches, i: number): boolean {
  if (m.modified[i]) return true;
  const flags = m.sentenceFlags[m.sentence[i]!]!;
  return (flags & (SENTENCE_SPORT | SENTENCE_FICTION)) !== 0 && (flags & SENTENCE_CONFLICT) === 0;
}

/** Folds one paragraph's matches into its row of cells (one per thread). */
function markParagraph(m: Matches, toIndex: Int32Array, cells: Uint8Array, row: number, width: number, docStrong: Uint8Array): void {
  for (let i = 0; i < m.count; i++) {
    const index = toIndex[m.thread[i]!] ?? -1;
    if (index < 0) continue;
    const kind = m.kind[i]!;
    if (kind !== Kind.strong && inNonNewsSense(m, i)) continue;
    const cell = row * width + index;
    if (kind === Kind.weak) cells[cell]! |= CELL_WEAK;
    else if (kind === Kind.gulf) cells[cell]! |= CELL_GULF;
    else {
      cells[cell]! |= CELL_STRONG;
      docStrong[index] = 1;
    }
  }
}

/** Maps thread codes (built-in lexicons, then the caller's thread indexes) to indexes in `threads`. */
function threadIndexes(threads: readonly Thread[]): Int32Array {
  const toIndex = new Int32Array(BUILTIN.length + threads.length).fill(-1);
  BUILTIN.forEach((lexicon, code) => {
    toIndex[code] = threads.findIndex((t) => t?.id === lexicon.id);
  });
  threads.forEach((_, i) => {
    toIndex[BUILTIN.length + i] = i;
  });
  return toIndex;
}

const matches = new Matches();

function tag(paragraphs: readonly unknown[], threads: readonly Thread[]): string[][] {
  const width = threads.length;
  if (width === 0) return paragraphs.map(() => []);
  const toIndex = threadIndexes(threads);
  const custom = customTrieFor(threads);
  const cells = new Uint8Array(paragraphs.length * width);
  const docStrong = new Uint8Array(width);
  let foreignGulf = false;
  paragraphs.forEach((p, row) => {
    scan(typeof p === 'string' ? p : '', custom, matches);
    foreignGulf ||= matches.foreignGulf;
    markParagraph(matches, toIndex, cells, row, width, docStrong);
  });
  const ids = ID_SCRATCH;
  return paragraphs.map((_, row) => {
    let n = 0;
    for (let t = 0; t < width; t++) {
      const cell = cells[row * width + t]!;
      const counts = (cell & CELL_STRONG) !== 0 || ((cell & CELL_WEAK) !== 0 && docStrong[t] === 1) || ((cell & CELL_GULF) !== 0 && !foreignGulf);
      if (!counts) continue;
      const id = threads[t]!.id;
      let seen = false;
      for (let k = 0; k < n && !seen; k++) seen = ids[k] === id;
      if (!seen) ids[n++] = id;
    }
    // Copied out at its final size; the scratch keeps its storage.
    return ids.slice(0, n);
  });
}

/** A paragraph's thread ids while they are collected (see tag). */
const ID_SCRATCH: string[] = [];

/**
 * Returns, for each paragraph (the text blocks of one article in reading order), the ids of the
 * threads it names, in the order of `threads`.
 *
 * The default threads (`ukraine`, `middle-east`, `korea`) are matched with the built-in
 * multilingual lexicons (ar, fa, ur, he, en — all are searched whatever `lang` says, since texts
 * mix scripts); any thread's `keywords` are matched too, with the same folding, clitic and
 * inflection handling. Only explicit names count: places, demonyms, heads of state or government,
 * group leaders and groups; not places used as sports teams, tournament hosts or fiction settings.
 * Some decisions use the whole article (a homograph counts only if the thread is plainly named
 * elsewhere), so pass all of an article's paragraphs in one call.
 *
 * Linear in the total text length. Never throws: non-string paragraphs tag as empty, and on any
 * internal failure every paragraph gets no thread.
 */
export function tagThreads(paragraphs: readonly string[], threads: readonly Thread[], _lang: string): string[][] {
  const list: readonly unknown[] = Array.isArray(paragraphs) ? paragraphs : [];
  try {
    return tag(list, Array.isArray(threads) ? threads : []);
  } catch {
    return list.map(() => []);
  }
}
