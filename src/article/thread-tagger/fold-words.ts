/**
 * The tagger's view of a paragraph: the text folded with the text layer's table (../text/fold.ts) into a
 * reusable buffer of codes, one per kept unit, with its words found in the same pass.
 *
 * Folding itself is not decided here. What this module adds is what ends a word, which the text layer
 * leaves to each consumer: anything that does not fold to a letter (digits included: "374فردا" names no
 * place) separates words, and a separator is a gap inside a name (space, hyphen), a sentence end, or
 * anything else. A Hebrew abbreviation mark between two letters (צה"ל) belongs to its word.
 */
import { isLetter } from '../text/classify';
import { DROPPED, EXPANDS, foldedForm, foldUnit } from '../text/fold';
import { isHebrewWordMark, HEBREW_WORD_MARKS } from '../text/quote-marks';
import { isSentenceEnd } from '../text/punctuation';

/** Buffer code of a space or hyphen: a gap that a multi-word name may cross ("بيونغ-يانغ", "Kim Jong-un"). */
export const WORD_GAP = 1;
/** Buffer code of a sentence end (the text layer's SENTENCE_END_UNITS), a clause end ; ؛ or a line break. */
export const SENTENCE_END = 2;
/** Buffer code of any other separator (punctuation, digits, symbols). Folded letters are all above it. */
export const OTHER_SEPARATOR = 3;

/** Class of a separator unit: {@link WORD_GAP}, {@link SENTENCE_END} or {@link OTHER_SEPARATOR}. */
export function separatorClass(c: number): number {
  // space, tab, NBSP, thin/narrow spaces, hyphen-minus, hyphens, Hebrew maqaf
  if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x5be) return WORD_GAP;
  if (isSentenceEnd(c) || c === 0x3b || c === 0x61b || c === 0x0a || c === 0x0d) return SENTENCE_END;
  return OTHER_SEPARATOR;
}

// Buffer codes that are not written to the buffer.
const UNKNOWN = 0;
const IGNORABLE = -1;
/** A Hebrew abbreviation mark: a separator unless it stands between two Hebrew letters. */
const CONTEXTUAL = -2;
/** A ligature: folds to several units. */
const LIGATURE = -3;

/**
 * Per unit: its buffer code (a folded letter, a separator class, or one of the negative codes above), 0
 * until first asked. A cache of the fold table composed with the separator rule, not a second table:
 * the scanning loop reads one value per unit.
 */
const bufferTable = new Int32Array(0x10000);

function bufferCode(c: number): number {
  let b = bufferTable[c]!;
  if (b === UNKNOWN) {
    const f = foldUnit(c);
    if (f === DROPPED) b = IGNORABLE;
    else if (f === EXPANDS) b = LIGATURE;
    else if (isLetter(f)) b = f;
    else b = HEBREW_WORD_MARKS.has(c) ? CONTEXTUAL : separatorClass(c);
    bufferTable[c] = b;
  }
  return b;
}

/**
 * A folded text with its words: codes[0, length) holds, in order, a code per kept unit (folded letters,
 * or {@link WORD_GAP} / {@link SENTENCE_END} / {@link OTHER_SEPARATOR}); word k, a maximal run of letters,
 * is codes[starts[k], ends[k]), k < words. stops[k] is 1 when a {@link SENTENCE_END} stands between word
 * k - 1 (or the start) and word k. Buffers grow as needed and are meant to be reused from text to text.
 */
export class FoldedWords {
  codes = new Uint16Array(1024);
  length = 0;
  starts = new Int32Array(512);
  ends = new Int32Array(512);
  stops = new Uint8Array(512);
  /** hashes[k]: FNV-1a over the codes of word k (see {@link wordHash}), for callers that look words up. */
  hashes = new Int32Array(512);
  words = 0;
}

/** The hash {@link foldWords} records for a word: FNV-1a over its codes, 32 bits. */
export function wordHash(codes: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
  return h;
}

/** `text` with every ligature replaced by what it folds to (its units then fold to themselves). */
function expandLigatures(text: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (bufferCode(text.charCodeAt(i)) !== LIGATURE) continue;
    out += text.slice(run, i) + foldedForm(text.charCodeAt(i));
    run = i + 1;
  }
  return out + text.slice(run);
}

/**
 * Folds `text` into `into`, recording its words in the same pass: a caller walking the words needs no
 * second pass over the codes to find them. Allocates nothing once the buffers are large enough. Never
 * throws.
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
    if (b <= UNKNOWN) {
      if (b === UNKNOWN) b = bufferCode(c);
      if (b === IGNORABLE) continue;
      if (b === CONTEXTUAL) {
        if (isHebrewWordMark(text, i)) continue;
        b = separatorClass(c);
      } else if (b === LIGATURE) {
        // Rare (presentation-form text): start again on the expanded text, which has none.
        foldWords(expandLigatures(text), into);
        return;
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

const keyScratch = new FoldedWords();

/**
 * The folded form of a lexicon entry or keyword, as the scanner sees text: its words folded as in
 * {@link foldWords}, joined by one space, with no space at either end ("الكوريّة  الشمالية" → "الكوريه
 * الشماليه"). Never throws.
 */
export function foldKey(text: string): string {
  foldWords(text, keyScratch);
  const { codes, starts, ends, words } = keyScratch;
  let out = '';
  for (let k = 0; k < words; k++) {
    if (k > 0) out += ' ';
    out += String.fromCharCode.apply(null, codes.subarray(starts[k]!, ends[k]!) as unknown as number[]);
  }
  return out;
}
