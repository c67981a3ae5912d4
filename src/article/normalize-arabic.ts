/**
 * Character folding for keyword matching in Arabic-script text (Arabic, Persian, Urdu), with the
 * few foldings Hebrew and Latin text need as well.
 *
 * The tagger reads text one UTF-16 code unit at a time through {@link foldAt}, so folding happens
 * without building new strings: every code unit folds to a letter code, to {@link SEPARATOR}
 * (ends a word) or to {@link IGNORABLE} (dropped inside a word: diacritics, tatweel, ZWNJ...).
 * {@link foldForMatching} applies the same folding to a whole string (lexicon keys, tests).
 */

/** Fold result for a code unit that ends a word (space, punctuation, digit, symbol, lone surrogate). */
export const SEPARATOR = 0;
/** Fold result for a code unit that is dropped inside a word (marks, tatweel, joiners, direction marks). */
export const IGNORABLE = -1;

const UNKNOWN = -2;
const table = new Int32Array(0x10000).fill(UNKNOWN);

/** Explicit letter foldings: spelling variants that must compare equal. */
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  // Hamza and wasla seats on alef, and bare alef variants -> ا
  ['أإآٱٲٳ', 'ا'],
  // Alef maqsura, Persian/Urdu yeh, yeh barree -> ي
  ['ىیےۍێ', 'ي'],
  // Ta marbuta and the heh shapes of Persian/Urdu -> ه
  ['ةۃہھۀە', 'ه'],
  // Persian/Urdu kaf forms -> ك
  ['کڪ', 'ك'],
  // Urdu noon ghunna -> ن
  ['ں', 'ن'],
  // Hebrew final letters -> their medial forms
  ['ך', 'כ'],
  ['ם', 'מ'],
  ['ן', 'נ'],
  ['ף', 'פ'],
  ['ץ', 'צ'],
];

/**
 * Code units dropped inside a word although Unicode does not class them as marks: tatweel (a
 * letter modifier), zero-width (non-)joiners and direction marks that survive copy-paste inside
 * words, and the soft hyphen.
 */
const EXTRA_IGNORABLE = '\u0640\u200c\u200d\u200e\u200f\u061c\u00ad\u2060\ufeff';

/** Marks between two Hebrew letters that belong to the word (gershayim in צה"ל, geresh in ג'נין). */
const HEBREW_WORD_MARKS = new Set([0x22, 0x27, 0x5f3, 0x5f4, 0x2019]);

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;

function computeFold(code: number): number {
  const ch = String.fromCharCode(code);
  if (EXTRA_IGNORABLE.includes(ch)) return IGNORABLE;
  if (MARK.test(ch)) return IGNORABLE;
  // Arabic presentation forms fold to the base letter they display.
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) {
    const base = ch.normalize('NFKC');
    if (base.length === 1 && base !== ch) return foldCode(base.charCodeAt(0));
  }
  if (!LETTER.test(ch)) return SEPARATOR;
  for (const [from, to] of FOLDS) if (from.includes(ch)) return to.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  // Other cased letters (Latin accents, Cyrillic...) fold to lower case when that stays one unit.
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * Folds one UTF-16 code unit, out of context: a positive letter code, {@link SEPARATOR} or
 * {@link IGNORABLE}. Total: every number in 0..0xFFFF has an answer; anything else is a separator.
 */
export function foldCode(code: number): number {
  if (!(code >= 0 && code <= 0xffff)) return SEPARATOR;
  let folded = table[code]!;
  if (folded === UNKNOWN) {
    folded = computeFold(code);
    table[code] = folded;
  }
  return folded;
}

function isHebrewLetter(code: number): boolean {
  return code >= 0x5d0 && code <= 0x5ea;
}

/**
 * Folds the code unit at `index` of `text`, in context: like {@link foldCode}, except that a
 * quote-like mark between two Hebrew letters is part of the word (IGNORABLE). Out-of-range
 * indexes fold to SEPARATOR.
 */
export function foldAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code !== code) return SEPARATOR; // NaN: out of range
  const folded = code < 0x80 && code !== 0x22 && code !== 0x27 ? fastAscii(code) : foldCode(code);
  if (folded === SEPARATOR && HEBREW_WORD_MARKS.has(code)) {
    if (isHebrewLetter(text.charCodeAt(index - 1)) && isHebrewLetter(text.charCodeAt(index + 1))) return IGNORABLE;
  }
  return folded;
}

function fastAscii(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return SEPARATOR;
}

/**
 * The folded form of a string for matching: letters folded, ignorable code units dropped, and
 * every run of separators turned into one space, with no space at either end.
 * Example: `"وَالإِسْرَائِيلِيّـة"` → `"والاسرائيليه"` (hamza on a yeh seat is kept: it is not an alef variant).
 */
export function foldForMatching(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const folded = foldAt(text, i);
    if (folded === IGNORABLE) continue;
    if (folded === SEPARATOR) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(folded);
  }
  return out;
}

/** Buffer codes {@link foldWords} writes for separators; folded letters are always above these. */
export const WORD_GAP = 1;
/** Sentence end: . ! ? ; ؟ ؛ ۔ ׃ … or a line break. */
export const SENTENCE_END = 2;
/** Any other separator (punctuation, digits, symbols). */
export const OTHER_SEPARATOR = 3;

/**
 * Class of a separator code unit: {@link WORD_GAP} for spaces and hyphens (which may join the
 * words of a name: "بيونغ-يانغ", "Kim Jong-un"), {@link SENTENCE_END}, or {@link OTHER_SEPARATOR}.
 */
export function separatorClass(c: number): number {
  // space, tab, NBSP, thin/narrow spaces, hyphen-minus, hyphens, Hebrew maqaf
  if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x5be) return WORD_GAP;
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x0d || c === 0x61f || c === 0x61b || c === 0x6d4 || c === 0x5c3 || c === 0x2026) return SENTENCE_END;
  return OTHER_SEPARATOR;
}

/** Per code unit: its buffer code for {@link foldWords} (letter, separator class, IGNORABLE), or UNKNOWN. */
const bufferTable = new Int32Array(0x10000).fill(UNKNOWN);
const CONTEXTUAL = -3;

function bufferCode(code: number): number {
  let b = bufferTable[code]!;
  if (b === UNKNOWN) {
    const f = foldCode(code);
    b = f === SEPARATOR ? (HEBREW_WORD_MARKS.has(code) ? CONTEXTUAL : separatorClass(code)) : f;
    bufferTable[code] = b;
  }
  return b;
}

/**
 * A folded text with its words: codes[0, length), one per code unit of the text, folded letters as in
 * {@link foldAt}, separators as {@link WORD_GAP} / {@link SENTENCE_END} / {@link OTHER_SEPARATOR},
 * ignorables dropped; and word k (a maximal
 * run of folded letters) at codes[starts[k], ends[k]), k < words. stops[k] is 1 when a
 * {@link SENTENCE_END} stands between word k - 1 (or the start) and word k. Buffers grow as needed and are
 * meant to be reused from one text to the next.
 */
export class FoldedWords {
  codes = new Uint16Array(1024);
  length = 0;
  starts = new Int32Array(512);
  ends = new Int32Array(512);
  stops = new Uint8Array(512);
  /** hashes[k]: FNV-1a over the codes of word k (see wordHash), for callers that look words up. */
  hashes = new Int32Array(512);
  words = 0;
}

/** The hash foldWords records for a word: FNV-1a over its codes, 32 bits. */
export function wordHash(codes: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
  return h;
}

/**
 * Folds `text` into `into`, recording its words in the same pass: a caller walking the words needs
 * no second pass over the codes to find them. The scanning loop's single pass over the text; it
 * allocates nothing once the buffers are large enough.
 */
export function foldWords(text: string, into: FoldedWords): void {
  const length = text.length;
  if (into.codes.length < length) into.codes = new Uint16Array(Math.max(length, into.codes.length * 2));
  // A word takes at least one letter and is followed by a separator, or ends the text.
  const most = (length >> 1) + 1;
  if (into.starts.length < most) {
    const size = Math.max(most, into.starts.length * 2);
    into.starts = new Int32Array(size);
    into.ends = new Int32Array(size);
    into.stops = new Uint8Array(size);
    into.hashes = new Int32Array(size);
  }
  const { codes, starts, ends, stops, hashes } = into;
  let n = 0;
  let words = 0;
  let inWord = false;
  let stop = 0;
  let h = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let b = bufferTable[c]!;
    if (b < 0) {
      if (b === UNKNOWN) b = bufferCode(c);
      if (b === IGNORABLE) continue;
      if (b === CONTEXTUAL) {
        if (foldAt(text, i) === IGNORABLE) continue;
        b = separatorClass(c);
      }
    }
    if (b > OTHER_SEPARATOR) {
      if (!inWord) {
        starts[words] = n;
        stops[words] = stop;
        stop = 0;
        inWord = true;
        h = 0x811c9dc5 | 0;
      }
      h = Math.imul(h ^ b, 0x01000193);
    } else {
      if (inWord) {
        hashes[words] = h;
        ends[words++] = n;
        inWord = false;
      }
      if (b === SENTENCE_END) stop = 1;
    }
    codes[n++] = b;
  }
  if (inWord) {
    hashes[words] = h;
    ends[words++] = n;
  }
  into.length = n;
  into.words = words;
}
