/**
 * The proofreader's punctuation and spacing checks (issue #12), run on one {@link Segment} at a time:
 * Latin , ; ? between Arabic-script words, a space before a punctuation mark, a missing space after
 * ، ؛ : . or before an opening «, runs of spaces between words, and straight quotes in the headline.
 * The decisions behind each are in ./index.ts. One pass over the text; the context a check needs (the
 * paragraph's script, the word before a mark, whether a mark is in a URL) is looked at only when a
 * candidate is found, so text with nothing to say costs one load and a few tests per unit.
 */
import { digitSystemOf, isArabicLetter, isLatinLetter, isLetter, isMark, isRtlLetter } from '../text/classify';
import { isParagraphSeparator, isSpaceSeparator, type Segment } from './segment';
import type { LintCode, LintWarning, TextEdit } from './types';

/** What the checks need of the {@link Linter}: placing edits and warnings in the draft. */
interface Linter {
  edit(seg: Segment, from: number, to: number, insert: string): TextEdit;
  warn(seg: Segment, code: LintCode, params: LintWarning['params'], from: number, to: number, edits?: TextEdit[]): void;
}

const TAB = 0x09;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const RPAREN = 0x29;
const COMMA = 0x2c;
const DOT = 0x2e;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const QUESTION = 0x3f;
const BANG = 0x21;
const LAQUO = 0xab;
const RAQUO = 0xbb;
const AR_COMMA = 0x060c;
const AR_SEMICOLON = 0x061b;
const AR_QUESTION = 0x061f;
const TATWEEL = 0x0640;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;

/** The Arabic mark each Latin one stands for. */
const ARABIC_MARK: Readonly<Record<number, string>> = { [COMMA]: '،', [SEMICOLON]: '؛', [QUESTION]: '؟' };

/** Units that may stand between a word and the punctuation after it: closing quote marks and brackets. */
function isCloser(c: number): boolean {
  return c === RAQUO || c === QUOTE || c === APOSTROPHE || c === RPAREN || c === 0x5d || (c >= 0x2018 && c <= 0x201f) || c === 0x203a;
}

/** Units that may stand between punctuation and the word after it: opening quote marks and brackets. */
function isOpener(c: number): boolean {
  return c === LAQUO || c === QUOTE || c === APOSTROPHE || c === 0x28 || c === 0x5b || (c >= 0x2018 && c <= 0x201f) || c === 0x2039;
}

/** The marks no space may precede (req. 4 and the common practice of Arabic, Persian and Urdu text). */
function closesUp(c: number): boolean {
  return (
    c === AR_COMMA || c === AR_SEMICOLON || c === COLON || c === DOT || c === BANG || c === QUESTION || c === AR_QUESTION || c === COMMA || c === SEMICOLON || c === RAQUO || c === RPAREN
  );
}

/** A unit of a word: letter, combining mark, digit, tatweel, ZWNJ/ZWJ (inside Persian and Urdu words). */
function isWordUnit(c: number): boolean {
  return isLetter(c) || isMark(c) || digitSystemOf(c) !== null || c === TATWEEL || c === ZWNJ || c === ZWJ;
}

/** Horizontal white space: a space separator or a tab (never a line break). */
function isBlank(c: number): boolean {
  return c === TAB || isSpaceSeparator(c);
}

/** A quote mark of any family, as it may stand after a punctuation mark ("…نعم." then » or "). */
function isQuoteMark(c: number): boolean {
  return c === QUOTE || c === APOSTROPHE || c === LAQUO || c === RAQUO || (c >= 0x2018 && c <= 0x201f) || c === 0x2039 || c === 0x203a;
}

// Proclitics written glued to a quotation in good Arabic: و ف (and), ب ك ل (prepositions), the article,
// alone or combined (وبـ«…», لـ«…», بال«…»); tatweel and vowel marks are removed before the test.
const PROCLITIC = /^[وف]?(?:[بكل]|لل|[بكل]?ال)?$/u;

/** The URL or e-mail address around `at`, if the text there is one: its whole run of non-blank units. */
function inAddress(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && !isBlank(text.charCodeAt(a - 1)) && !isParagraphSeparator(text.charCodeAt(a - 1))) a--;
  let b = at;
  while (b < text.length && !isBlank(text.charCodeAt(b)) && !isParagraphSeparator(text.charCodeAt(b))) b++;
  const token = text.slice(a, b);
  return token.includes('://') || token.includes('@') || /^[(«"]?www\./iu.test(token);
}

/**
 * Offsets of the colon and full stops of plain text that the importer reads as a glued list ("lead:item
 * one.item two", import-text.ts splitGluedList): they are the list's structure, not missing spaces, and
 * inserting a space would turn the list into a paragraph. The same tests as the importer's, line by line,
 * except the headline's (the line holding offset `headline`), which the importer never splits.
 */
export function gluedListMarks(text: string, headline: number): Set<number> {
  const out = new Set<number>();
  // The importer's own narrow notion of a right-to-left letter (base Arabic and Hebrew letters).
  const rtl = (c: number) => (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x05d0 && c <= 0x05ea);
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const colon = text.indexOf(':', from);
    if (colon >= 0 && colon < to && (headline < from || headline > to)) {
      const line = text.slice(from, to).trim();
      const shift = from + text.slice(from, to).indexOf(line.charAt(0));
      let c = -1;
      for (let i = line.indexOf(':'); i > 0; i = line.indexOf(':', i + 1)) {
        const before = line.charCodeAt(i - 1);
        if ((rtl(before) || before === RPAREN) && i + 1 < line.length && rtl(line.charCodeAt(i + 1))) {
          c = i;
          break;
        }
      }
      if (c > 0) {
        const stops: number[] = [];
        const items: string[] = [];
        let start = c + 1;
        for (let i = line.indexOf('.', start); i > 0; i = line.indexOf('.', i + 1)) {
          const before = line.charCodeAt(i - 1);
          if (before !== DOT && before !== 0x20 && i + 1 < line.length && rtl(line.charCodeAt(i + 1))) {
            items.push(line.slice(start, i + 1));
            stops.push(i);
            start = i + 1;
          }
        }
        items.push(line.slice(start));
        if (items.filter((item) => item.trim()).length >= 2) {
          out.add(shift + c);
          for (const i of stops) out.add(shift + i);
        }
      }
    }
    from = to + 1;
  }
  return out;
}

/**
 * Runs the punctuation and spacing checks on a segment. `spaced`: the ranges of letter-spacing warnings
 * (their gaps are that warning's business, not double spaces).
 */
export function punctuation(linter: Linter, seg: Segment, spaced: readonly (readonly [number, number])[]): void {
  const { text } = seg;
  const n = text.length;
  let glued: Set<number> | undefined;
  // The paragraph last asked about, and whether most of its letters are Arabic-script.
  let paraFrom = -1;
  let paraTo = -1;
  let paraArabic = false;

  const arabicParagraph = (at: number): boolean => {
    if (at < paraFrom || at >= paraTo) {
      paraFrom = at;
      while (paraFrom > 0 && !isParagraphSeparator(text.charCodeAt(paraFrom - 1))) paraFrom--;
      paraTo = at;
      while (paraTo < n && !isParagraphSeparator(text.charCodeAt(paraTo))) paraTo++;
      let arabic = 0;
      let other = 0;
      for (let i = paraFrom; i < paraTo; i++) {
        const c = text.charCodeAt(i);
        if (isArabicLetter(c)) arabic++;
        else if (isLetter(c)) other++;
      }
      paraArabic = arabic > other;
    }
    return paraArabic;
  };

  /** Offset of the last word unit before `at` that is not a mark, tatweel or joiner; -1 when none. */
  const baseBefore = (at: number): number => {
    let k = at - 1;
    while (k >= 0) {
      const c = text.charCodeAt(k);
      if (!isMark(c) && c !== TATWEEL && c !== ZWNJ && c !== ZWJ) break;
      k--;
    }
    return k;
  };

  /** The word that ends just before `at` (letters, marks, tatweel, joiners). */
  const wordBefore = (at: number): string => {
    let a = at;
    while (a > 0 && at - a < 40 && isWordUnit(text.charCodeAt(a - 1))) a--;
    return text.slice(a, at);
  };

  /** The text around a mark for a message: the word before, the mark, the word after. */
  const around = (from: number, to: number): string => {
    let a = from;
    while (a > 0 && from - a < 20 && !isBlank(text.charCodeAt(a - 1)) && !isParagraphSeparator(text.charCodeAt(a - 1))) a--;
    let b = to;
    while (b < n && b - to < 20 && !isBlank(text.charCodeAt(b)) && !isParagraphSeparator(text.charCodeAt(b))) b++;
    return text.slice(a, b);
  };

  /** 1. A Latin , ; ? in Arabic-script text, between two Arabic-script words (the ? also at a sentence's end). */
  const latinMark = (i: number, c: number): void => {
    let k = i - 1;
    while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
    k = baseBefore(k + 1);
    for (let closers = 0; k >= 0 && closers < 2 && isCloser(text.charCodeAt(k)); closers++) k = baseBefore(k);
    if (k < 0) return;
    const b = text.charCodeAt(k);
    const system = digitSystemOf(b);
    if (system !== null) {
      // "عام 2020, وقال": a clause mark after a number, not a group separator ("1,000", "١,٠٠٠").
      if (i + 1 >= n || !isBlank(text.charCodeAt(i + 1))) return;
      let a = k;
      while (a > 0 && (digitSystemOf(text.charCodeAt(a - 1)) !== null || text.charCodeAt(a - 1) === DOT || text.charCodeAt(a - 1) === COMMA)) a--;
      // Nor the end of a Latin name ("G20,").
      if (a > 0 && !isBlank(text.charCodeAt(a - 1)) && !isArabicLetter(text.charCodeAt(a - 1))) return;
    } else if (!isArabicLetter(b)) return;
    let m = i + 1;
    while (m < n && (isBlank(text.charCodeAt(m)) || isOpener(text.charCodeAt(m)) || (c === QUESTION && isCloser(text.charCodeAt(m))))) m++;
    if (m >= n || isParagraphSeparator(text.charCodeAt(m))) {
      // At the end of the paragraph (or of the string) only a question mark ends an Arabic sentence.
      if (c !== QUESTION) return;
    } else {
      const a = text.charCodeAt(m);
      const after = digitSystemOf(a);
      if (!isArabicLetter(a) && after !== 'arabic-indic' && after !== 'persian') return;
    }
    if (!arabicParagraph(i) || inAddress(text, i)) return;
    const replacement = ARABIC_MARK[c]!;
    linter.warn(seg, 'latin-punctuation', { mark: text[i]!, replacement }, i, i + 1, [linter.edit(seg, i, i + 1, replacement)]);
  };

  /**
   * 2. Blanks i..j before a mark that closes up to its word. Warned (true) unless the word before is
   * Latin (French spaces its : ; ! ? »), the mark begins an ellipsis or an address (".com", ".5"), or a
   * closing mark is used as an opening one (glued to the word after it). When the mark is glued to an
   * Arabic-script word after it ("الغرب .في") the space is on the wrong side: the fix moves it.
   */
  const spaceBefore = (i: number, j: number): boolean => {
    const q = text.charCodeAt(j);
    const p = i > 0 ? text.charCodeAt(i - 1) : -1;
    // After an opening mark ("( .", "« ..."); a straight or curly mark glued to the word before it closes ("الحلف” ،").
    if (isOpener(p) && (!isCloser(p) || i < 2 || !isWordUnit(text.charCodeAt(i - 2)))) return false;
    // The nearest letter before, on this line, past closing marks ("« oui » ;").
    for (let a = i; a > 0 && i - a < 40; a--) {
      const c = text.charCodeAt(a - 1);
      if (isParagraphSeparator(c)) break;
      if (isLetter(c)) {
        if (isLatinLetter(c)) return false;
        break;
      }
    }
    const after = j + 1 < n ? text.charCodeAt(j + 1) : -1;
    if (q === DOT && (after === DOT || after === 0x2026)) return false;
    if (digitSystemOf(p) !== null) {
      // A score or a time set with spaces ("2 : 1", "10 : 30") is not punctuation after a word.
      let m = j + 1;
      while (m < n && isBlank(text.charCodeAt(m))) m++;
      if (m < n && digitSystemOf(text.charCodeAt(m)) !== null) return false;
    }
    let move = false;
    if (after >= 0 && !isBlank(after) && !isParagraphSeparator(after)) {
      if (q === RAQUO || q === RPAREN) {
        if (isWordUnit(after)) return false;
      } else if (isArabicLetter(after)) move = true;
      else if (!closesUp(after) && !isQuoteMark(after)) return false;
    }
    const edits = [linter.edit(seg, i, j, '')];
    if (move) edits.push(linter.edit(seg, j + 1, j + 1, ' '));
    linter.warn(seg, 'space-before-punctuation', { mark: text[j]!, text: around(i, j + 1) }, i, j + 1, edits);
    return true;
  };

  /** 3. ، ؛ : . glued to the letter after it. */
  const gluedAfter = (i: number, c: number): void => {
    if (i === 0 || i + 1 >= n) return;
    const next = text.charCodeAt(i + 1);
    if (!isLetter(next)) return;
    const prev = text.charCodeAt(i - 1);
    if (isBlank(prev) || isParagraphSeparator(prev)) return;
    if (c === COLON || c === DOT) {
      // Between right-to-left words only: Latin text has its abbreviations, addresses and times ("U.S.", "a.m.", "example.com").
      if (!isRtlLetter(next)) return;
      const k = baseBefore(i);
      if (k < 0) return;
      const b = text.charCodeAt(k);
      if (isRtlLetter(b)) {
        // One letter before the mark: an abbreviation (أ.ف.ب، م.ت.ف، د.محمد).
        let letters = 0;
        for (let a = k; a >= 0 && letters < 2; a--) {
          const u = text.charCodeAt(a);
          if (isLetter(u)) letters++;
          else if (!isMark(u) && u !== TATWEEL) break;
        }
        if (letters < 2) return;
      } else if (!isCloser(b) && digitSystemOf(b) === null) return;
      if (seg.lists) {
        glued ??= gluedListMarks(text, seg.headline?.[0] ?? -1);
        if (glued.has(i)) return;
      }
      if (inAddress(text, i)) return;
    }
    linter.warn(seg, 'missing-space-after', { mark: text[i]!, text: around(i, i + 1) }, i, i + 1, [linter.edit(seg, i + 1, i + 1, ' ')]);
  };

  /** 3. An opening « glued to the word or punctuation before it ("الغرب.«في", "قال:«نعم»"), not to a proclitic (بـ«…»). */
  const gluedQuote = (i: number): void => {
    if (i === 0 || i + 1 >= n || !isWordUnit(text.charCodeAt(i + 1))) return; // a « glued to nothing after it closes
    const prev = text.charCodeAt(i - 1);
    if (prev === AR_COMMA || prev === AR_SEMICOLON || prev === COLON || prev === DOT || prev === BANG || prev === AR_QUESTION || prev === QUESTION) {
      if (i < 2 || isBlank(text.charCodeAt(i - 2)) || isParagraphSeparator(text.charCodeAt(i - 2))) return;
    } else {
      const word = wordBefore(i);
      if (!word) return;
      let letters = '';
      for (const ch of word) {
        const u = ch.charCodeAt(0);
        if (isArabicLetter(u)) letters += ch;
        else if (isLetter(u)) return; // a Latin or Hebrew word: not this check's business
      }
      if (!letters || PROCLITIC.test(letters)) return;
    }
    linter.warn(seg, 'missing-space-before-quote', { text: around(i, i + 1) }, i, i + 1, [linter.edit(seg, i, i, ' ')]);
  };

  /** 2 and 4. A run of blanks between two units of one line. */
  const blanks = (i: number, j: number): void => {
    // At a string's start only after an inline run ("…”} , {" in JSON: a quotation, then " ، مشيرا").
    if ((i === 0 && !seg.afterInline) || j >= n) return;
    const q = text.charCodeAt(j);
    if ((i > 0 && isParagraphSeparator(text.charCodeAt(i - 1))) || isParagraphSeparator(q)) return;
    if (closesUp(q) && spaceBefore(i, j)) return;
    if (j - i < 2) return;
    for (const [a, b] of spaced) if (i >= a && i < b) return;
    linter.warn(seg, 'double-space', {}, i, j, [linter.edit(seg, i + 1, j, '')]);
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      let j = i + 1;
      while (j < n && isBlank(text.charCodeAt(j))) j++;
      blanks(i, j);
      i = j - 1;
    } else if (c === COMMA || c === SEMICOLON || c === QUESTION) latinMark(i, c);
    else if (c === AR_COMMA || c === AR_SEMICOLON || c === COLON || c === DOT) gluedAfter(i, c);
    else if (c === LAQUO) gluedQuote(i);
  }
  if (seg.headline) headlineQuotes(linter, seg, seg.headline[0], seg.headline[1]);
}

/**
 * 5. Straight quotation marks in an Arabic-script headline, text[from, to): the importer turns the body's
 * quotations into quote runs the reader draws in the house style, but a headline keeps its marks as
 * typed. Marks are paired by position as the body's are (opening before a word, closing after one). A
 * pair gets a fix to « »; single marks only when the headline has no double ones (nested quotes are
 * for a person to decide). A lone " touching an Arabic-script letter is warned without a fix; a lone '
 * is an apostrophe (or a transliteration's hamza), not a quotation mark.
 */
function headlineQuotes(linter: Linter, seg: Segment, from: number, to: number): void {
  const { text } = seg;
  let arabic = 0;
  let other = 0;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === APOSTROPHE) marks++;
    else if (isArabicLetter(c)) arabic++;
    else if (isLetter(c)) other++;
  }
  // Hebrew writes gershayim and geresh with these very units (צה"ל، ג'); Latin text keeps its own marks.
  if (marks === 0 || arabic <= other) return;
  const word = (i: number) => i >= from && i < to && isWordUnit(text.charCodeAt(i));
  const blank = (i: number) => i < from || i >= to || isBlank(text.charCodeAt(i));
  const arabicNear = (i: number) => {
    const p = i - 1 >= from ? text.charCodeAt(i - 1) : -1;
    const q = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    return isArabicLetter(p) || isMark(p) || p === TATWEEL || isArabicLetter(q);
  };
  interface Pair {
    open: number;
    close: number;
  }
  const pairs: { double: Pair[]; single: Pair[] } = { double: [], single: [] };
  const lone: number[] = [];
  const stacks: { double: number[]; single: number[] } = { double: [], single: [] };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== QUOTE && c !== APOSTROPHE) continue;
    const kind = c === QUOTE ? 'double' : 'single';
    const stack = stacks[kind];
    const opens = !word(i - 1) && !blank(i + 1);
    const closes = !word(i + 1) && !blank(i - 1);
    if (kind === 'single') {
      // An apostrophe inside a word, or at a word's end with nothing open, is not a quotation mark.
      if (word(i - 1) && word(i + 1)) continue;
      if (!arabicNear(i) || (closes && !opens && stack.length === 0)) continue;
    }
    const isClose = opens === closes ? stack.length > 0 : closes;
    if (!isClose) stack.push(i);
    else {
      const open = stack.pop();
      if (open === undefined) lone.push(i);
      else pairs[kind].push({ open, close: i });
    }
  }
  lone.push(...stacks.double);
  const fixSingles = pairs.double.length === 0 && lone.length === 0;
  const found: { from: number; to: number; marks: string; fix: boolean }[] = [];
  for (const p of pairs.double) found.push({ from: p.open, to: p.close + 1, marks: '""', fix: true });
  for (const p of pairs.single) found.push({ from: p.open, to: p.close + 1, marks: "''", fix: fixSingles });
  for (const at of lone) if (text.charCodeAt(at) === QUOTE && arabicNear(at)) found.push({ from: at, to: at + 1, marks: '"', fix: false });
  found.sort((a, b) => a.from - b.from);
  for (const f of found) {
    const edits = f.fix ? [linter.edit(seg, f.from, f.from + 1, '«'), linter.edit(seg, f.to - 1, f.to, '»')] : undefined;
    linter.warn(seg, 'straight-quotes-headline', { marks: f.marks }, f.from, f.to, edits);
  }
}

