/**
 * The matching form of words, on the core's one folding table (../text/fold.ts): how quote detection
 * compares a word with its lexicons. Only for matching, never for output.
 */
import { DROPPED, EXPANDS, fold, foldedForm, foldUnit } from '../text/fold';

/**
 * The form of `s` used to compare words: `fold(s)` (tashkeel, tatweel and format characters dropped,
 * alef, yeh, heh, kaf and other spelling variants unified, digits to ASCII, Latin lower-cased; see
 * ../text/fold.ts). Its offsets do not correspond to the input's. Returns `s` itself when nothing changes.
 */
export function normalizeForMatch(s: string): string {
  return fold(s);
}

/**
 * Same as normalizeForMatch(text.slice(start, end)), without building the slice first; expects
 * 0 ≤ start ≤ end ≤ text.length.
 */
export function normalizeSlice(text: string, start: number, end: number): string {
  let out = '';
  // Unchanged runs are copied whole: appending unit by unit would build a string per unit.
  let run = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = foldUnit(c);
    if (f === c) continue;
    if (i > run) out += text.slice(run, i);
    if (f >= 0) out += String.fromCharCode(f);
    else if (f === EXPANDS) out += foldedForm(c);
    run = i + 1;
  }
  if (run === start) return start === 0 && end === text.length ? text : text.slice(start, end);
  return run < end ? out + text.slice(run, end) : out;
}

function keyOf(first: number, second: number, last: number): number {
  return (Math.imul(Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b) ^ last, 0xc2b2ae35) >>> 16) & 0xffff;
}

/**
 * A 16-bit key of `normalizeForMatch(text.slice(start, end))` made of its first two and last units, read
 * from the original text without building it: equal normalised forms have equal keys, so a table of the
 * keys of a word list rejects most non-members in a few loads per word (members must still be confirmed by
 * string comparison). 0 for a range with nothing left after normalising.
 */
export function normalizedKey(text: string, start = 0, end = text.length): number {
  let a = start;
  let first = DROPPED;
  while (a < end && (first = foldUnit(text.charCodeAt(a))) === DROPPED) a++;
  if (a >= end) return 0;
  let b = a + 1;
  let second = DROPPED;
  while (b < end && (second = foldUnit(text.charCodeAt(b))) === DROPPED) b++;
  let last = second;
  if (b < end) {
    let z = end - 1;
    while ((last = foldUnit(text.charCodeAt(z))) === DROPPED) z--;
  }
  // A ligature folds to several units: read them from the folded string (rare: presentation forms).
  if (first === EXPANDS || second === EXPANDS || last === EXPANDS) return keyOfFolded(normalizeSlice(text, start, end));
  return b >= end ? (Math.imul(first, 0x9e3779b1) >>> 16) & 0xffff : keyOf(first, second, last);
}

/** normalizedKey of a string that is already folded (every unit folds to itself). */
function keyOfFolded(s: string): number {
  if (s.length === 0) return 0;
  if (s.length === 1) return (Math.imul(s.charCodeAt(0), 0x9e3779b1) >>> 16) & 0xffff;
  return keyOf(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(s.length - 1));
}
