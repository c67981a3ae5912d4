/**
 * Quote marks: scanning a paragraph for them and pairing them into quotations. Marks are paired by where
 * they stand (glued to the following word = opener, to the preceding word = closer), not by their glyph,
 * because real Arabic text uses “ ” » « and " in every direction.
 */
import { isHebrewLetter, isLatinLetter } from '../text/classify';
import { EMPTY_SPAN, Span } from './span';
import { isWordCode } from './tokenizer';

// Mark families, by glyph: a closer pairs with an opener of its own family first.
const F_DOUBLE = 1;
const F_GUILLEMET = 2;
const F_SINGLE = 3;
const F_ANGLE = 4;

/** The family (1–4) of each quote-mark code unit, 0 for every other unit. */
export const FAMILY_OF = new Uint8Array(0x10000);
for (const c of [0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0xff02]) FAMILY_OF[c] = F_DOUBLE;
for (const c of [0xab, 0xbb]) FAMILY_OF[c] = F_GUILLEMET;
for (const c of [0x2018, 0x2019, 0x201a, 0x201b]) FAMILY_OF[c] = F_SINGLE;
for (const c of [0x2039, 0x203a]) FAMILY_OF[c] = F_ANGLE;

/** True for a quote-mark code unit (any family). */
export function isMarkUnit(c: number): boolean {
  return FAMILY_OF[c]! !== 0;
}

/** {@link charClass}: white space, or outside the text. */
export const SPACE = 0;
/** {@link charClass}: punctuation, symbols and everything else that is neither space nor word. */
export const PUNCT = 1;
/** {@link charClass}: a letter, mark or digit (tatweel included). */
export const WORDCH = 2;

/** The class (SPACE, PUNCT or WORDCH) of text[i]; SPACE outside the text. */
export function charClass(text: string, i: number): number {
  if (i < 0 || i >= text.length) return SPACE;
  const c = text.charCodeAt(i);
  if (c <= 0x7f) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return WORDCH;
    return PUNCT;
  }
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || c === 0xfeff) {
    return SPACE;
  }
  // Tatweel (بـ«…») is a letter for this purpose: a mark glued to it is glued to the word.
  return isWordCode(c) ? WORDCH : PUNCT;
}

const MARK_OR_Q = FAMILY_OF.slice();
MARK_OR_Q[0x71] = 1;

/**
 * Index of the first quote mark or `quot;` entity of `text`, or -1: a cheap test before any other work on
 * a paragraph.
 */
export function firstMarkIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    // The common case, a unit that is neither a mark nor q, costs one load and one test.
    const c = text.charCodeAt(i);
    if (MARK_OR_Q[c]! !== 0 && (c !== 0x71 || text.startsWith('quot;', i))) return i;
  }
  return -1;
}

/**
 * A mark that belongs to its word, which the pairing skips: Hebrew gershayim typed as " before an
 * acronym's single last letter (צה"ל, כ"ץ), and an apostrophe inside a Latin word (don’t, Sana‘a).
 */
export function isWordInternalMark(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  // -1 past either end (never a letter), rather than an out-of-range read.
  const prevCode = pos > 0 ? text.charCodeAt(pos - 1) : -1;
  const nextCode = pos + 1 < text.length ? text.charCodeAt(pos + 1) : -1;
  if (c === 0x22) return isHebrewLetter(prevCode) && isHebrewLetter(nextCode) && charClass(text, pos + 2) !== WORDCH;
  return FAMILY_OF[c] === F_SINGLE && isLatinLetter(prevCode) && isLatinLetter(nextCode);
}

const MAX_DEPTH = 6;
const MISSING_OPENER_WINDOW = 300;
const NO_SPANS: readonly Span[] = [];

/**
 * The working memory of {@link findSpans}: the spans of the paragraph being paired (copied out at their
 * final number) and the stack of open marks, innermost last. One per detection scratch (see scratch.ts).
 */
export class SpanBuffer {
  /** spans[0, count) are the spans of the current paragraph. */
  readonly spans: Span[] = [];
  count = 0;
  readonly openPos = new Int32Array(MAX_DEPTH);
  readonly openLen = new Int32Array(MAX_DEPTH);
  readonly openFamily = new Int32Array(MAX_DEPTH);
  /** 1 for an opener that was written like a closer (see findSpans): left open, it delimits nothing. */
  readonly openLoose = new Uint8Array(MAX_DEPTH);

  /** Drops the spans held, so the buffer keeps no result of the last call alive. */
  clear(): void {
    this.spans.fill(EMPTY_SPAN);
    this.count = 0;
  }
}

/**
 * The quotations of a paragraph from its quote marks, at the offsets marks[0, markCount) (in order,
 * `quot;` entities included; offsets of other units are skipped, see tokenizeInto): each mark is classed
 * by whether it can open (being glued to the word after it) and/or close (being glued to the word before
 * it), and the marks are paired on the fly into outermost quotations, sorted and non-overlapping. Nested
 * quotes stay inside their outer quote; a quote never closed runs to the end of the paragraph; a closer
 * with no opener delimits from the introducing colon when there is one in its sentence, and nothing
 * otherwise; empty pairs are dropped. Nesting deeper than six marks is not tracked. Linear in markCount;
 * a paragraph made only of marks allocates per quote, not per mark. Never throws.
 */
export function findSpans(text: string, marks: Int32Array, markCount: number, buf: SpanBuffer): readonly Span[] {
  buf.count = 0;
  const openPos = buf.openPos;
  const openLen = buf.openLen;
  const openFamily = buf.openFamily;
  const openLoose = buf.openLoose;
  let depth = 0;
  let lastEnd = 0;
  const n = text.length;
  for (let m = 0; m < markCount; m++) {
    const i = marks[m]!;
    const c = text.charCodeAt(i);
    let family = FAMILY_OF[c]!;
    let pos = i;
    let len = 1;
    if (family === 0) {
      // Sentence ends are reported too (see VIEW_MARKS in view.ts); a q is the start of a `quot;` entity.
      if (c !== 0x71) continue;
      // Broken HTML leaves the entity name behind: `يانquot;اعادة …quot;.` delimits like a mark.
      family = F_DOUBLE;
      len = 5;
      if (i > 0 && text.charCodeAt(i - 1) === 0x26) {
        pos = i - 1;
        len = 6;
      }
    }
    // -1 past either end (never a letter), rather than an out-of-range read.
    const prevCode = pos > 0 ? text.charCodeAt(pos - 1) : -1;
    const nextCode = pos + len < n ? text.charCodeAt(pos + len) : -1;
    if (len === 1 && isWordInternalMark(text, pos)) continue;
    // Urdu writes double marks as two singles (’’مجرم‘‘): one double mark.
    if (family === F_SINGLE && FAMILY_OF[nextCode] === F_SINGLE && m + 1 < markCount && marks[m + 1] === pos + 1) {
      family = F_DOUBLE;
      len = 2;
      m++;
    }
    const prev = charClass(text, pos - 1);
    const next = charClass(text, pos + len);
    // A mark with only a full stop, comma or colon after it opens nothing (لا يجيبون “. is a closer typed
    // after a space): it is left to what is open, like a mark between two spaces.
    let left = next !== SPACE && (next !== PUNCT || prev !== WORDCH) && !(next === PUNCT && prev === SPACE && isClosingPunct(nextCode));
    let right = prev !== SPACE && (prev !== PUNCT || next !== WORDCH);
    if (!left && !right) left = right = true; // a mark between two spaces: decided by what is open
    // قال :" تؤلمني …: a mark right after a colon opens, whatever space follows it (a colon closes nothing).
    if (next === SPACE && afterColon(text, pos)) {
      left = true;
      right = false;
    }
    // ‘تباہ کن پابندیاں ‘عائد: single marks are the inner marks, so the same single glyph glued to the next
    // word while one is open is its closer typed with the space on the wrong side.
    if (left && !right && family === F_SINGLE && depth > 0 && openFamily[depth - 1] === F_SINGLE && text.charCodeAt(openPos[depth - 1]!) === c) right = true;

    if (right && depth > 0) {
      let at = -1;
      for (let k = depth - 1; k >= 0; k--) {
        if (openFamily[k] === family) {
          at = k;
          break;
        }
      }
      // Mismatched pairs across double quotes and guillemets («…” or “…») happen; single quotes stay
      // apart because ’ is also an apostrophe.
      const top = openFamily[depth - 1]!;
      if (at < 0 && !left && family !== F_SINGLE && top !== F_SINGLE && top !== F_ANGLE) at = depth - 1;
      if (at >= 0) {
        depth = at;
        if (at === 0) lastEnd = emit(buf, text, openPos[0]!, openLen[0]!, pos, len);
        continue;
      }
    }
    if (left) {
      if (depth < MAX_DEPTH) {
        openPos[depth] = pos;
        openLen[depth] = len;
        openFamily[depth] = family;
        openLoose[depth] = 0;
        depth++;
      }
      continue;
    }
    // پر’ مکمل فوجی کارروائی’ شروع: a single mark glued to the word before it, with nothing open and a word
    // after the space that follows, is an opener typed with the space on the wrong side. If nothing closes
    // it, it was a stray mark after all and delimits nothing.
    // Not after a Latin letter: there it is the apostrophe of a plural possessive (the students’ union).
    if (depth === 0 && family === F_SINGLE && next === SPACE && charClass(text, pos + len + 1) === WORDCH && !isLatinLetter(prevCode)) {
      openPos[0] = pos;
      openLen[0] = len;
      openFamily[0] = family;
      openLoose[0] = 1;
      depth = 1;
      continue;
    }
    if (depth === 0 && (family === F_DOUBLE || family === F_GUILLEMET)) {
      const start = missingOpenerStart(text, pos, lastEnd);
      if (start >= 0) lastEnd = emit(buf, text, start, 0, pos, len);
    }
  }
  if (depth > 0 && !openLoose[0]) emit(buf, text, openPos[0]!, openLen[0]!, n, 0);
  return buf.count === 0 ? NO_SPANS : buf.spans.slice(0, buf.count);
}

/**
 * Keeps the span from the opener at `start` (`openLen` long, 0 when missing) to the closer at `closePos`
 * (`closeLen` long, 0 when never closed) if it holds at least one letter or digit (empty pairs and mark
 * runs delimit nothing); returns the span's end.
 */
function emit(buf: SpanBuffer, text: string, start: number, openLen: number, closePos: number, closeLen: number): number {
  const end = closePos + closeLen;
  if (hasWordChar(text, start + openLen, closePos)) {
    const span = new Span(start, end, markText(text, start, openLen), markText(text, closePos, closeLen));
    // Appending has a site of its own: see README.md, "Shared buffers".
    const spans = buf.spans;
    if (buf.count < spans.length) spans[buf.count++] = span;
    else buf.count = spans.push(span);
  }
  return end;
}

const MARK_TEXT = new Map<number, string>();

/** text.slice(pos, pos + len) for a delimiter, shared per glyph: a paragraph of marks would otherwise allocate a string per mark. */
function markText(text: string, pos: number, len: number): string {
  if (len !== 1) return text.slice(pos, pos + len);
  const c = text.charCodeAt(pos);
  let m = MARK_TEXT.get(c);
  if (m === undefined) MARK_TEXT.set(c, (m = text.slice(pos, pos + 1)));
  return m;
}

/** Start of a quote whose opener is missing: the first character after a colon earlier in the sentence, or -1. */
function missingOpenerStart(text: string, closerPos: number, floor: number): number {
  const limit = Math.max(floor, closerPos - MISSING_OPENER_WINDOW);
  for (let i = closerPos - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) {
      let s = i + 1;
      while (s < closerPos && charClass(text, s) === SPACE) s++;
      return s < closerPos ? s : -1;
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f) return -1;
    if (isMarkUnit(c)) return -1;
  }
  return -1;
}

/** A colon stands right before text[pos], spaces aside. */
function afterColon(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && charClass(text, i) === SPACE) i--;
  const c = i >= 0 ? text.charCodeAt(i) : -1;
  return c === 0x3a || c === 0xff1a;
}

/** . , ، : ! ? ؟ ; ؛ ۔ and the ellipsis: punctuation that ends a phrase, so no quotation starts before it. */
function isClosingPunct(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x60c || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x3b || c === 0x61b || c === 0x6d4 || c === 0x2026;
}

function hasWordChar(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (charClass(text, i) === WORDCH) return true;
  return false;
}
