/**
 * What separates two words: the punctuation between them as bit flags, and the sentence ends. These tests
 * run for every word of every look-back, so each is a character loop (computed once per gap and memoised
 * by the paragraph view) rather than a regular expression on a slice.
 */
import { charClass, isMarkUnit, SPACE } from './marks';
import { SENTENCE_END_UNITS } from '../text/punctuation';

/** A comma (, ،). */
export const G_COMMA = 1;
/** Ends a clause: . : ; ! ? ؟ … brackets, newline, a dash between spaces. */
export const G_CLAUSE = 2;
/** A quote mark or `quot;` entity. */
export const G_MARK = 4;
/** A colon (: ：). */
export const G_COLON = 8;
/** Ends a sentence: . ! ? ؟ … */
export const G_END = 16;
/** Any other visible character. */
export const G_OTHER = 32;

/** The G_* flags of text[from, to) (0 for an empty range). */
export function gapFlags(text: string, from: number, to: number): number {
  let f = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    switch (c) {
      case 0x2c:
      case 0x60c:
        f |= G_COMMA;
        break;
      case 0x3a:
      case 0xff1a:
        f |= G_CLAUSE | G_COLON;
        break;
      case 0x2e:
      case 0x21:
      case 0x3f:
      case 0x61f:
      case 0x6d4:
      case 0x5c3:
      case 0x2026:
        // The text layer's sentence ends (SENTENCE_END_UNITS), spelled out for the switch.
        f |= G_CLAUSE | G_END;
        break;
      case 0x3b:
      case 0x61b:
      case 0x28:
      case 0x29:
      case 0x5b:
      case 0x5d:
      case 0x0a:
        f |= G_CLAUSE;
        break;
      case 0x2d:
      case 0x2013:
      case 0x2014:
        f |= charClass(text, p - 1) === SPACE && charClass(text, p + 1) === SPACE ? G_CLAUSE : G_OTHER;
        break;
      case 0x640: {
        // A run of tatweel between spaces (the tokenizer leaves it out of the words) is a dash.
        let end = p + 1;
        while (end < to && text.charCodeAt(end) === 0x640) end++;
        f |= charClass(text, p - 1) === SPACE && charClass(text, end) === SPACE ? G_CLAUSE : G_OTHER;
        p = end - 1;
        break;
      }
      default:
        if (isMarkUnit(c)) f |= G_MARK;
        else if (c === 0x26 && text.startsWith('&quot;', p)) {
          f |= G_MARK;
          p += 5;
        } else if (c === 0x71 && text.startsWith('quot;', p)) {
          f |= G_MARK;
          p += 4;
        } else if (charClass(text, p) !== SPACE) f |= G_OTHER;
    }
  }
  return f;
}

/** {@link SENTENCE_UNIT}: a sentence end when a space (or the paragraph's end) follows. */
export const SU_END = 1;
/** {@link SENTENCE_UNIT}: a newline, which always ends a sentence. */
export const SU_NEWLINE = 2;
/** Per code unit: SU_END for the text layer's sentence ends (. ! ? ؟ ۔ ׃ …), SU_NEWLINE for the newline, 0 for every other unit. */
export const SENTENCE_UNIT = new Uint8Array(0x10000);
for (const c of SENTENCE_END_UNITS) SENTENCE_UNIT[c] = SU_END;
SENTENCE_UNIT[0x0a] = SU_NEWLINE;

/**
 * Same as testing the trimmed text[from, to) with /[.!?؟]\s*\S/u or /[؟?!]$/u: a sentence end followed by
 * more text, or a question or exclamation mark at the end. A character loop: no slice, no regex per quote.
 */
export function holdsSentenceEnd(text: string, from: number, to: number): boolean {
  let pendingEnd = false;
  let lastVisible = -1;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isJsSpace(c)) continue;
    if (pendingEnd) return true;
    lastVisible = c;
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x6d4 || c === 0x5c3) pendingEnd = true;
  }
  return lastVisible === 0x61f || lastVisible === 0x3f || lastVisible === 0x21;
}

/** The units \s matches (and String.prototype.trim removes). */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

