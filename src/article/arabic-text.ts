/**
 * Matching helpers for Arabic-script and Hebrew news text: a normaliser used only to compare
 * words (never to produce output), and a word tokenizer that keeps UTF-16 offsets into the
 * original text so callers can copy spans exactly as written.
 */

/** One word of a text: its UTF-16 offsets into the original string. */
export interface Word {
  start: number;
  end: number;
}

const ALEF = 0x0627;
const YEH = 0x064a;
const HEH = 0x0647;
const KAF = 0x0643;
const DROP = 0xffff;

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

// Only the Latin capitals, U+0600–U+06FF and U+200C–U+200F change; a table keeps the per-character cost to one load.
const NORM_TABLE = new Uint16Array(0x700);
for (let c = 0; c < 0x700; c++) NORM_TABLE[c] = normalizedUnit(c);

function normUnit(c: number): number {
  return c < 0x700 ? NORM_TABLE[c]! : c >= 0x200c && c <= 0x200f ? DROP : c;
}

/**
 * The form of `s` used to compare words: tatweel and harakat removed, alef forms (أ إ آ ٱ) unified to ا,
 * ى and Persian ی to ي, ة to ه, Persian ک to ك, Latin lower-cased. Only for matching: its offsets do
 * not correspond to the input's.
 */
export function normalizeForMatch(s: string): string {
  return normalizeSlice(s, 0, s.length);
}

/** Same as normalizeForMatch(text.slice(start, end)), without building the slice first. */
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

// Interned normalised words. News text repeats its words, so a word is looked up here by its units as
// written: a pass over them to hash and one to compare, where normalizeSlice would build a new string (and
// every set look-up would hash it again). Open addressing; the table is emptied when half full, so it holds
// at most INTERN_MAX words of at most INTERN_LONGEST units. Keys and words are stored as copies, never as
// slices: a slice would keep the whole paragraph it came from alive.
const INTERN_BITS = 14;
const INTERN_MASK = (1 << INTERN_BITS) - 1;
const INTERN_MAX = 1 << (INTERN_BITS - 1);
const INTERN_LONGEST = 40;
/** Hash of the key in each slot, 0 for an empty slot (stored hashes are odd). */
const internHashes = new Int32Array(1 << INTERN_BITS);
/** The word as written (the key) and its normalised form, per slot. */
const internKeys: string[] = new Array<string>(1 << INTERN_BITS).fill('');
const internWords: string[] = new Array<string>(1 << INTERN_BITS).fill('');
let internCount = 0;
const COPY = new Uint16Array(INTERN_LONGEST);

/** A string equal to text.slice(start, end) that shares no storage with `text`. */
function copyOf(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) COPY[i - start] = text.charCodeAt(i);
  return String.fromCharCode.apply(null, COPY.subarray(0, end - start) as unknown as number[]);
}

let internEpoch = 0;

/**
 * Same as normalizeSlice(text, start, end) (an equal string), shared between equal words: repeated words
 * are answered without building a string.
 */
export function normalizedWord(text: string, start: number, end: number): string {
  const slot = internSlot(text, start, end);
  return slot >= 0 ? internWords[slot]! : normalizeSlice(text, start, end);
}

/** The word in a slot of the interned words (see internSlot). */
export function internedWord(slot: number): string {
  return internWords[slot]!;
}

/** Changes whenever the interned words are forgotten: a slot is meaningful only within one epoch. */
export function internedEpoch(): number {
  return internEpoch;
}

/**
 * The slot of the interned words holding normalizeSlice(text, start, end) (see internedWord), adding it when
 * missing; -1 for an empty or long word, which is not interned.
 */
export function internSlot(text: string, start: number, end: number): number {
  const length = end - start;
  if (!(length > 0 && length <= INTERN_LONGEST)) return -1;
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const hash = Math.imul(h ^ length, 0x9e3779b1) | 1;
  let slot = (hash >>> (32 - INTERN_BITS)) & INTERN_MASK;
  for (let stored = internHashes[slot]!; stored !== 0; stored = internHashes[slot]!) {
    if (stored === hash && sameUnits(text, start, length, internKeys[slot]!)) return slot;
    slot = (slot + 1) & INTERN_MASK;
  }
  const normalized = normalizeSlice(text, start, end);
  const word = normalized.length > 0 ? copyOf(normalized, 0, normalized.length) : '';
  if (internCount >= INTERN_MAX) {
    internHashes.fill(0);
    internKeys.fill('');
    internWords.fill('');
    internCount = 0;
    internEpoch++;
    slot = (hash >>> (32 - INTERN_BITS)) & INTERN_MASK;
  }
  internHashes[slot] = hash;
  internKeys[slot] = copyOf(text, start, end);
  internWords[slot] = word;
  internCount++;
  return slot;
}

/** Whether text[start, start + length) is `key`. */
function sameUnits(text: string, start: number, length: number, key: string): boolean {
  if (key.length !== length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * A 16-bit key of `normalizeForMatch(text.slice(start, end))` made of its first two and last units, read
 * from the original text without building it: equal normalised forms have equal keys, so a table of the
 * keys of a word list rejects most non-members in a few loads per word (members must still be confirmed by
 * string comparison).
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

const WORD_TABLE = new Uint8Array(0x10000); // 0 = not computed, 1 = word character, 2 = not
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;

/**
 * True when the UTF-16 unit `c` is a letter, combining mark or digit of any script (Arabic letters
 * included, unlike \w), or a zero-width joiner/non-joiner (Persian writes them inside words).
 * Surrogate halves count as non-word. Memoised per code unit: tokenizing must stay linear and cheap.
 */
export function isWordCode(c: number): boolean {
  const v = WORD_TABLE[c];
  if (v === 1) return true;
  if (v === 2 || v === undefined) return false; // undefined: NaN or out of range (past the end of a string)
  return fillWordTable(c);
}

function fillWordTable(c: number): boolean {
  const word = !(c >= 0xd800 && c <= 0xdfff) && WORD_CHAR.test(String.fromCharCode(c));
  WORD_TABLE[c] = word ? 1 : 2;
  return word;
}

/**
 * The words of `text` in order, with their UTF-16 offsets: runs of letters, marks and digits, with inner
 * hyphens (كون يونغ-سيه) and Hebrew gershayim/geresh (צה"ל, כ"ץ) kept inside. A " counts as gershayim only
 * before the acronym's single last letter, so a glued Hebrew quote such as ה"מבצע" still splits. The
 * damaged-HTML delimiter `quot;` is never part of a word (it is often glued to one: `يانquot;اعادة`).
 */
export function tokenize(text: string): Word[] {
  const { starts, ends, count } = tokenizeOffsets(text);
  const words: Word[] = [];
  for (let i = 0; i < count; i++) words.push({ start: starts[i]!, end: ends[i]! });
  return words;
}

/**
 * The words of `text` as in {@link tokenize}, as parallel offset arrays (word i is [starts[i], ends[i])).
 * With `markTable`, the offsets of the units it flags (non-zero) between words and of each `quot;` entity
 * are appended to `marks`, in order: a caller looking for delimiters needs no second pass over the text.
 */
export function tokenizeOffsets(
  text: string,
  markTable?: Uint8Array,
  marks?: number[],
): { starts: number[]; ends: number[]; count: number } {
  const into = SCRATCH;
  const count = tokenizeInto(text, into, 0, markTable ?? (marks ? NO_MARKS : null));
  if (marks) for (let k = 0; k < into.markCount; k++) marks.push(into.marks[k]!);
  const words = { starts: Array.from(into.starts.subarray(0, count)), ends: Array.from(into.ends.subarray(0, count)), count };
  if (into.starts.length > SCRATCH_KEPT || into.marks.length > SCRATCH_KEPT) SCRATCH = new Tokens(); // a huge text's scratch is not kept alive
  return words;
}

/**
 * Where {@link tokenizeInto} writes: word offsets (growing as needed, so a caller can append the words of
 * several texts one after the other) and the offsets of the marks of the last text.
 */
export class Tokens {
  starts: Int32Array;
  ends: Int32Array;
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
 * Writes the words of `text` (as in {@link tokenize}) to into.starts/ends from index `at` and returns how
 * many there are. With `markTable`, the offsets of the units it flags (non-zero) between words and of each
 * `quot;` entity become into.marks[0, markCount), in order: a caller looking for delimiters needs no second
 * pass over the text. The arrays of `into` may be replaced by bigger ones (holding the same words before `at`).
 */
export function tokenizeInto(text: string, into: Tokens, at: number, markTable: Uint8Array | null): number {
  const n = text.length;
  into.markCount = 0;
  let starts = into.starts;
  let ends = into.ends;
  let w = at;
  let i = 0;
  // Every unit is read once: the unit that ends a word is the next one the outer loop looks at. Never
  // read past the end: an out-of-range read would send optimized code back to the interpreter once.
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
        // The table look-up inlined: this loop runs once per character of the article.
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

const SCRATCH_KEPT = 1 << 16;
let SCRATCH = new Tokens();
const NO_MARKS = new Uint8Array(0x10000);

function startsQuotEntity(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x71 && text.startsWith('quot;', i);
}

/** True for a Hebrew letter (U+05D0–U+05EA and the Yiddish ligatures). */
export function isHebrewLetter(c: number): boolean {
  return (c >= 0x05d0 && c <= 0x05ea) || (c >= 0x05f0 && c <= 0x05f2);
}

/** True for an ASCII or Latin-1/Extended Latin letter. */
export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Candidate stems of a normalised word for lexicon look-up: the word itself, then without a leading
 * conjunction clitic (و، ف; Hebrew ו، ש، וש، כש), then without a following ل (Arabic لتقول, ليؤكد). Hebrew כ alone is not stripped: too many words start with it.
 * Clitics are only stripped from words long enough that the rest can still be a word.
 */
export function cliticVariants(norm: string): string[] {
  const out = [norm];
  let rest = norm;
  const first = rest.charCodeAt(0);
  if (rest.length > 3 && (first === 0x0648 || first === 0x0641)) {
    rest = rest.slice(1);
    out.push(rest);
  } else if (rest.length > 2 && (first === 0x05d5 || first === 0x05e9)) {
    // Hebrew ו (and), ש (that/who), וש.
    rest = rest.slice(1);
    out.push(rest);
    if (rest.length > 2 && rest.charCodeAt(0) === 0x05e9) out.push(rest.slice(1));
  } else if (rest.length > 3 && first === 0x05db && rest.charCodeAt(1) === 0x05e9) {
    // Hebrew כש (when).
    out.push(rest.slice(2));
  }
  if (rest.length > 3 && rest.charCodeAt(0) === 0x0644 && (rest.charCodeAt(1) === YEH || rest.charCodeAt(1) === 0x062a)) {
    out.push(rest.slice(1));
  }
  return out;
}

/**
 * Possible bare nouns of a normalised Arabic word, for set look-up: the word, and the word with its
 * proclitics (و ف, then ب ل ك) and article ال removed, so للسفينة, والصحيفة, لوكالة and صحيفة all
 * reach their stem. Several candidates because a leading و or ل may belong to the noun (وزير، لقاء).
 */
export function nounVariants(norm: string): string[] {
  const out = [norm];
  const bases = [norm];
  if (norm.length > 3 && (norm.startsWith('و') || norm.startsWith('ف'))) bases.push(norm.slice(1));
  for (const b of bases) {
    addVariant(out, b);
    addWithoutArticle(out, b);
    if (b.startsWith('لل') && b.length > 4) addVariant(out, b.slice(2));
    if (b.length > 3 && (b.startsWith('ب') || b.startsWith('ل') || b.startsWith('ك'))) {
      addVariant(out, b.slice(1));
      addWithoutArticle(out, b.slice(1));
    }
  }
  return out;
}

function addVariant(out: string[], s: string): void {
  if (s.length >= 2 && !out.includes(s)) out.push(s);
}

function addWithoutArticle(out: string[], s: string): void {
  if (s.startsWith('ال') && s.length > 3) addVariant(out, s.slice(2));
}
