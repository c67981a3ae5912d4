/**
 * The word tokenizer: runs of letters, marks and digits with their UTF-16 offsets into the original text,
 * so callers can copy spans exactly as written. It also reports the offsets of chosen units between
 * words (quote marks, sentence ends), so quote detection needs no second pass over the text.
 */
import { isHebrewLetter, isLetter, isMark, isNumber } from '../text/classify';

// The text layer's classification, cached here as one byte per unit: the tokenizer's inner loop reads it
// for every character of the article.
const WORD_TABLE = new Uint8Array(0x10000); // 0 = not computed, 1 = word character, 2 = not

/**
 * True when the UTF-16 unit `c` is a letter, combining mark or number character of any script (Arabic
 * letters included, unlike \w), or a zero-width joiner/non-joiner (Persian writes them inside words).
 * Surrogate halves, NaN and values outside 0–0xFFFF count as non-word.
 */
export function isWordCode(c: number): boolean {
  const v = WORD_TABLE[c];
  if (v === 1) return true;
  if (v === 2 || v === undefined) return false;
  return fillWordTable(c);
}

function fillWordTable(c: number): boolean {
  const word = isLetter(c) || isMark(c) || isNumber(c) || c === 0x200c || c === 0x200d;
  WORD_TABLE[c] = word ? 1 : 2;
  return word;
}

function startsQuotEntity(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x71 && text.startsWith('quot;', i);
}

/**
 * Where {@link tokenizeInto} writes: word offsets (growing as needed, so a caller can append the words of
 * several texts one after the other) and the offsets of the marks of the last text.
 */
export class Tokens {
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  marks = new Int32Array(64);
  /** Marks of the last text: marks[0, markCount). */
  markCount = 0;

  constructor(capacity = 256) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Makes room for words up to index `needed` (exclusive), keeping those before `keep`. */
  reserve(needed: number, keep: number): void {
    if (needed <= this.starts.length) return;
    const size = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, keep));
    ends.set(this.ends.subarray(0, keep));
    this.starts = starts;
    this.ends = ends;
  }

  /** Records mark offset `at` (see tokenizeInto). */
  mark(at: number): void {
    if (this.markCount === this.marks.length) {
      const bigger = new Int32Array(this.marks.length * 2);
      bigger.set(this.marks);
      this.marks = bigger;
    }
    this.marks[this.markCount++] = at;
  }
}

/**
 * Writes the words of `text` to into.starts/ends from index `at` and returns how many there are. A word is
 * a run of letters, marks and digits, with inner hyphens (كون يونغ-سيه) and Hebrew gershayim/geresh
 * (צה"ל, כ"ץ) kept inside; a " counts as gershayim only before the acronym's single last letter, so a
 * glued Hebrew quote such as ה"מבצע" still splits. The damaged-HTML delimiter `quot;` is never part of a
 * word (it is often glued to one: `يانquot;اعادة`).
 *
 * With `markTable`, the offsets of the units it flags (non-zero) between words and of each `quot;` entity
 * become into.marks[0, markCount), in order. The arrays of `into` may be replaced by bigger ones holding
 * the same words before `at`. Never throws.
 */
export function tokenizeInto(text: string, into: Tokens, at: number, markTable: Uint8Array | null): number {
  const n = text.length;
  into.markCount = 0;
  let starts = into.starts;
  let ends = into.ends;
  let w = at;
  let i = 0;
  // Every unit is read once: the unit that ends a word is the next one the outer loop looks at.
  let c = n > 0 ? text.charCodeAt(0) : 0;
  while (i < n) {
    if (c === 0x71 && startsQuotEntity(text, i)) {
      if (markTable !== null) into.mark(i);
      i += 5;
      c = i < n ? text.charCodeAt(i) : 0;
      continue;
    }
    const v = WORD_TABLE[c]!;
    if (v !== 1 && (v === 2 || !fillWordTable(c))) {
      if (markTable !== null && markTable[c] !== 0) into.mark(i);
      c = ++i < n ? text.charCodeAt(i) : 0;
      continue;
    }
    const start = i++;
    for (;;) {
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        const u = WORD_TABLE[c];
        if (u === 2 || (u !== 1 && !isWordCode(c)) || (c === 0x71 && startsQuotEntity(text, i))) break;
      }
      if (i >= n) break;
      const hyphen = c === 0x2d || c === 0x2010 || c === 0x2011;
      const geresh = c === 0x22 || c === 0x27 || c === 0x5f3 || c === 0x5f4;
      // Most words end at a space: only a hyphen or geresh needs the next character looked at.
      if ((!hyphen && !geresh) || i + 1 >= n || !isWordCode(text.charCodeAt(i + 1))) break;
      const gershayim =
        geresh &&
        isHebrewLetter(text.charCodeAt(i - 1)) &&
        isHebrewLetter(text.charCodeAt(i + 1)) &&
        (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2)));
      if (!hyphen && !gershayim) break;
      i++;
    }
    // وقال المقداد ـ في تصريحات ـ إن: tatweel standing alone is a dash, not a word.
    if (text.charCodeAt(start) === 0x640 && isTatweelRun(text, start, i)) continue;
    if (w === starts.length) {
      into.reserve(w + 1, w);
      starts = into.starts;
      ends = into.ends;
    }
    starts[w] = start;
    ends[w] = i;
    w++;
  }
  return w - at;
}

/** True when text[from, to) is only tatweel (ـ), which some newsrooms type as a dash between spaces. */
function isTatweelRun(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) !== 0x640) return false;
  return true;
}
