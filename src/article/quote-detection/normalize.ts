/**
 * The matching form of words: a normaliser used only to compare words with the lexicons (never to
 * produce output), and the script tests the quote-mark rules need.
 */

const ALEF = 0x0627;
const YEH = 0x064a;
const HEH = 0x0647;
const KAF = 0x0643;
/** What {@link normalizedUnit} answers for a unit that is dropped when matching. */
export const DROP = 0xffff;

/** The normalised code unit for `c`, DROP when the character is ignored for matching, or `c` itself. */
function normalizedUnit(c: number): number {
  // Tatweel, harakat, superscript alef, Quranic marks and invisible joiners carry no meaning for matching.
  if (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed)) return DROP;
  if (c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f) return DROP;
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
    case 0x0672:
    case 0x0673:
      return ALEF;
    case 0x0649: // ى
    case 0x06cc: // Persian yeh
    case 0x06d0:
      return YEH;
    case 0x0629: // ة
    case 0x06c0: // ۀ
    case 0x06c1: // Urdu heh goal
    case 0x06c3:
    case 0x06be: // heh doachashmee
      return HEH;
    case 0x06a9: // Persian kaf
    case 0x06aa:
      return KAF;
    default:
      if (c >= 0x41 && c <= 0x5a) return c + 0x20;
      return c;
  }
}

// Only the Latin capitals, U+0600–U+06FF and U+200C–U+200F change: below U+0700 a table answers.
const NORM_TABLE = new Uint16Array(0x700);
for (let c = 0; c < 0x700; c++) NORM_TABLE[c] = normalizedUnit(c);

/** The normalised unit for `c` (see normalizeForMatch), or DROP when it is ignored for matching. */
export function normUnit(c: number): number {
  return c < 0x700 ? NORM_TABLE[c]! : c >= 0x200c && c <= 0x200f ? DROP : c;
}

/**
 * The form of `s` used to compare words: tatweel and harakat removed, alef forms (أ إ آ ٱ) unified to ا,
 * ى and Persian ی to ي, ة to ه, Persian ک to ك, Latin lower-cased. Only for matching: its offsets do
 * not correspond to the input's. Returns `s` itself when nothing changes.
 */
export function normalizeForMatch(s: string): string {
  return normalizeSlice(s, 0, s.length);
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
    const n = normUnit(c);
    // U+FFFF is its own DROP value: kept before the first change and removed after it, as it always was.
    if (n === c && (n !== DROP || run === start)) continue;
    if (i > run) out += text.slice(run, i);
    if (n !== DROP) out += String.fromCharCode(n);
    run = i + 1;
  }
  if (run === start) return start === 0 && end === text.length ? text : text.slice(start, end);
  return run < end ? out + text.slice(run, end) : out;
}

/**
 * A 16-bit key of `normalizeForMatch(text.slice(start, end))` made of its first two and last units, read
 * from the original text without building it: equal normalised forms have equal keys, so a table of the
 * keys of a word list rejects most non-members in a few loads per word (members must still be confirmed by
 * string comparison). 0 for a range with nothing left after normalising.
 */
export function normalizedKey(text: string, start = 0, end = text.length): number {
  let a = start;
  let first = DROP;
  while (a < end && (first = normUnit(text.charCodeAt(a))) === DROP) a++;
  if (a >= end) return 0;
  let b = a + 1;
  let second = DROP;
  while (b < end && (second = normUnit(text.charCodeAt(b))) === DROP) b++;
  if (b >= end) return (Math.imul(first, 0x9e3779b1) >>> 16) & 0xffff;
  let z = end - 1;
  let last = DROP;
  while ((last = normUnit(text.charCodeAt(z))) === DROP) z--;
  return (Math.imul(Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b) ^ last, 0xc2b2ae35) >>> 16) & 0xffff;
}

/** True for a Hebrew letter (U+05D0–U+05EA and the Yiddish ligatures). */
export function isHebrewLetter(c: number): boolean {
  return (c >= 0x05d0 && c <= 0x05ea) || (c >= 0x05f0 && c <= 0x05f2);
}

/** True for an ASCII or Latin-1/Extended Latin letter. */
export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
