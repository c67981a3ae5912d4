/**
 * Scanning one paragraph for names: at each word of the folded paragraph (./fold-words.ts) the lexicon
 * tries (./lexicon.ts) are walked from the word as written and from after each clitic prefix; a walk may
 * continue across a gap into a multi-word name and may end in an inflection suffix. The longest name
 * starting at a word wins. What was found, with the sentence context (sport, fiction, conflict cues; a
 * team or series noun just before), is written to a reusable {@link Matches}.
 */
import { FoldedWords, foldWords, OTHER_SEPARATOR, WORD_GAP } from './fold-words';
import { type Entry, Kind, MAX_SUFFIX, PREFIX_TRIE, Article, BUILTIN_TRIE } from './lexicon';
import type { Trie } from './trie';

// Local bindings: some module transforms (tsx, CJS interop) turn every use of an imported binding
// into a getter call, which costs more than the folding itself in the scanning loop.
const GAP = WORD_GAP;
const OTHER = OTHER_SEPARATOR;
const fold = foldWords;

const SPACE = 0x20; // how a gap is written in trie keys
const MAX_NAME_GAP = 4;

/** The folded paragraph being scanned: codes[0, length) and its words (see `foldWords`). Reused between paragraphs. */
type Folded = FoldedWords;

const folded: Folded = new FoldedWords();

const isLetter = (code: number) => code > OTHER;

function wordEnd(codes: Uint16Array, length: number, from: number): number {
  let i = from;
  while (i < length && codes[i]! > OTHER) i++;
  return i;
}

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

// Scanning a paragraph

/** Sentence flag of {@link Matches}: the sentence speaks of sport. */
export const SENTENCE_SPORT = 1;
/** Sentence flag: the sentence speaks of fiction (a film, a series, a novel). */
export const SENTENCE_FICTION = 2;
/** Sentence flag: the sentence speaks of war or conflict, which overrides sport and fiction. */
export const SENTENCE_CONFLICT = 4;

function grow<T extends Int32Array | Uint8Array>(a: T): T {
  const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** Reusable, growable buffers for the matches of one paragraph (see {@link scan}). */
export class Matches {
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

/** Finds every name in `text` (built-in lexicons and the article's keywords, `custom`) into `out`. Throws only on a bug. */
export function scan(text: string, custom: Trie<Entry> | null, out: Matches): void {
  out.reset();
  fold(text, folded);
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
