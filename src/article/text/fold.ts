/**
 * The one folding table: how two spellings of the same word are made equal before they are compared.
 * Folding is for matching only (search, lexicon look-up, quote and thread detection); the text shown to
 * a reader is never folded (arabic-typography.md: never rewrite the source text).
 *
 * What folds (one UTF-16 unit at a time, out of context):
 * - alef with hamza or wasla, and the Urdu/Kashmiri alef variants: أ إ آ ٱ ٲ ٳ → ا
 * - ى, Persian ی, Urdu ے ۓ, and the Pashto/Kurdish yehs ۍ ێ ې → ي; yeh with hamza ئ → ي
 * - waw with hamza ؤ → و
 * - ta marbuta and the heh shapes of Persian and Urdu: ة ۀ ۂ ۃ ہ ھ ە → ه
 * - Persian and Sindhi kaf: ک ڪ → ك; Urdu noon ghunna ں → ن
 * - Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9
 * - Arabic and Hebrew presentation forms (U+FB00-U+FDFF, U+FE70-U+FEFE) → the letters they display;
 *   a ligature becomes several letters (ﻻ → لا, ﷲ → الله)
 * - Hebrew final letters ך ם ן ף ץ → כ מ נ פ צ
 * - letters with a one-unit lower case (Latin, Greek, Cyrillic) → lower case
 * - dropped: combining marks (tashkeel, Quranic marks, Hebrew points, any \p{M}), tatweel, and
 *   invisible format characters (\p{Cf}: ZWNJ, ZWJ, LRM, RLM, ALM, soft hyphen, ZWSP, word joiner, BOM,
 *   bidi controls)
 * Everything else (spaces, punctuation, surrogate halves, other scripts) is kept as it is.
 *
 * Folding keeps what a unit is: a digit folds to a digit, a space stays a space. Deciding what ends a
 * word is the caller's business (thread tagging treats digits as separators; search does not), made
 * with ./classify.ts on the folded or the original unit.
 *
 * Folding is idempotent: every unit a fold produces folds to itself.
 */
import { digitSystemOf, DIGIT_ZERO, isFormat, isLetter, isMark } from './classify';

/** {@link foldUnit} result for a unit that is dropped (marks, tatweel, invisible format characters). */
export const DROPPED = -1;
/** {@link foldUnit} result for a unit that folds to more than one unit (a ligature): see {@link foldedForm}. */
export const EXPANDS = -2;

/** Explicit letter foldings: spelling variants that must compare equal. */
const LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['أإآٱٲٳ', 'ا'],
  ['ىیےۓۍێېئ', 'ي'],
  ['ؤ', 'و'],
  ['ةۀۂۃہھە', 'ه'],
  ['کڪ', 'ك'],
  ['ں', 'ن'],
  ['ך', 'כ'],
  ['ם', 'מ'],
  ['ן', 'נ'],
  ['ף', 'פ'],
  ['ץ', 'צ'],
];

const TATWEEL = 0x0640;
const UNKNOWN = -3;
/** Per unit: the folded unit, DROPPED, EXPANDS, or UNKNOWN until first asked. */
const table = new Int32Array(0x10000).fill(UNKNOWN);
/** What an EXPANDS unit folds to. */
const expansions = new Map<number, string>();

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb00 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

/** The fold of `c` as a string: '' when dropped. Fills the table on the way. */
function computeForm(c: number): string {
  if (c >= 0xd800 && c <= 0xdfff) return String.fromCharCode(c);
  const ch = String.fromCharCode(c);
  for (const [from, to] of LETTERS) if (from.includes(ch)) return to;
  if (c === TATWEEL || isMark(c) || isFormat(c)) return '';
  const system = digitSystemOf(c);
  if (system !== null) return String.fromCharCode(0x30 + c - DIGIT_ZERO[system]);
  if (isPresentationForm(c)) {
    const decomposed = ch.normalize('NFKC');
    if (decomposed !== ch) {
      let out = '';
      for (let i = 0; i < decomposed.length; i++) out += foldedForm(decomposed.charCodeAt(i));
      // Isolated forms of harakat (U+FE70-U+FE7F) decompose to a space and a mark: the space is only
      // there to carry the mark, and a word must not be cut by it. Inner spaces (ﷺ) are real.
      return out.trim();
    }
  }
  if (isLetter(c)) {
    const lower = ch.toLowerCase();
    if (lower.length === 1) return lower;
  }
  return ch;
}

function fill(c: number): number {
  const form = computeForm(c);
  const folded = form.length === 0 ? DROPPED : form.length === 1 ? form.charCodeAt(0) : EXPANDS;
  if (folded === EXPANDS) expansions.set(c, form);
  table[c] = folded;
  return folded;
}

/**
 * Folds one UTF-16 unit out of context: the unit it folds to (0..0xFFFF), {@link DROPPED}, or
 * {@link EXPANDS} for a ligature (read {@link foldedForm} then). Anything not an integer in 0..0xFFFF
 * is {@link DROPPED}. Never throws. One array load once the unit has been seen.
 */
export function foldUnit(c: number): number {
  const v = table[c];
  if (v === undefined) return DROPPED;
  return v === UNKNOWN ? fill(c) : v;
}

/** What unit `c` folds to, as a string: '' when dropped, one unit usually, several for a ligature. Never throws. */
export function foldedForm(c: number): string {
  const v = foldUnit(c);
  if (v >= 0) return String.fromCharCode(v);
  return v === EXPANDS ? expansions.get(c)! : '';
}

// Building a string unit by unit makes a string per unit; folded units are collected here and
// converted a chunk at a time.
const CHUNK = 4096;
let buffer = new Uint16Array(CHUNK);

function toString(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * The folded form of `text` (see the module comment): every unit replaced by its {@link foldedForm}.
 * Returns `text` itself when nothing changes. Never throws; linear in the length.
 */
export function fold(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && foldUnit(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
  if (i === n) return text;
  if (buffer.length < n + 16) buffer = new Uint16Array(n + 16);
  for (let k = 0; k < i; k++) buffer[k] = text.charCodeAt(k);
  let length = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = foldUnit(c);
    if (f >= 0) buffer[length++] = f;
    else if (f === EXPANDS) {
      const form = expansions.get(c)!;
      if (buffer.length < length + form.length + (n - i)) buffer = grown(buffer, length + form.length + (n - i));
      for (let k = 0; k < form.length; k++) buffer[length++] = form.charCodeAt(k);
    }
  }
  const out = toString(buffer, length);
  if (buffer.length > 1 << 20) buffer = new Uint16Array(CHUNK); // a huge text's buffer is not kept alive
  return out;
}

function grown(a: Uint16Array<ArrayBuffer>, needed: number): Uint16Array<ArrayBuffer> {
  const bigger = new Uint16Array(Math.max(needed, a.length * 2));
  bigger.set(a);
  return bigger;
}

/**
 * A folded text with the way back to the original: `text` is {@link fold}(source), and `offsets[i]` is
 * the offset in `source` of the unit that folded unit i came from (several folded units share one offset
 * when a ligature expands). `offsets` has one more entry than `text`: `offsets[text.length]` is
 * `source.length`. Offsets never decrease.
 */
export interface FoldedText {
  readonly source: string;
  readonly text: string;
  readonly offsets: Int32Array;
}

/** Folds `text` and records where each folded unit came from (see {@link FoldedText}). Never throws; linear. */
export function foldWithOffsets(text: string): FoldedText {
  const n = text.length;
  let units = new Uint16Array(n + 1);
  let offsets = new Int32Array(n + 1);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = foldUnit(c);
    if (f === DROPPED) continue;
    if (f >= 0) {
      units[length] = f;
      offsets[length++] = i;
      continue;
    }
    const form = expansions.get(c)!;
    if (units.length < length + form.length + (n - i) + 1) {
      units = grown(units, length + form.length + (n - i) + 1);
      const more = new Int32Array(units.length);
      more.set(offsets);
      offsets = more;
    }
    for (let k = 0; k < form.length; k++) {
      units[length] = form.charCodeAt(k);
      offsets[length++] = i;
    }
  }
  offsets[length] = n;
  return { source: text, text: toString(units, length), offsets: offsets.slice(0, length + 1) };
}

/**
 * The range of the original text that folded range [from, to) of `folded` came from, covering whole
 * original characters: a combining mark or other dropped unit belongs to the character before it (so
 * marks and tatweel after the last letter are inside the range; those before the text's first kept unit
 * belong to it), a ligature is taken whole even when the range covers only part of what it expands to,
 * and a surrogate pair is never split. An empty range maps to the position of its folded offset.
 * Throws a RangeError unless 0 <= from <= to <= folded.text.length (integers).
 */
export function originalRange(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  const { source, offsets } = folded;
  const length = folded.text.length;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > length) {
    throw new RangeError(`folded range ${from}-${to} is not within 0-${length}`);
  }
  if (from === to) {
    const at = from === 0 ? 0 : offsets[from]!;
    return { start: at, end: at };
  }
  let start = from === 0 ? 0 : offsets[from]!;
  if (start > 0 && isLowSurrogate(source.charCodeAt(start)) && isHighSurrogate(source.charCodeAt(start - 1))) start--;
  let last = offsets[to - 1]!;
  if (isHighSurrogate(source.charCodeAt(last)) && isLowSurrogate(source.charCodeAt(last + 1))) last++;
  let k = to;
  while (k < length && offsets[k]! <= last) k++;
  return { start, end: offsets[k]! };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
