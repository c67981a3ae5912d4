/**
 * The typography checks, run on one string of prose at a time (a {@link Segment}), with positions mapped
 * back to the draft's text. The rules and the requirements behind them are described in
 * ./index.ts; the characters are classified by the text layer (../text/classify.ts).
 */
import { LineIndex, pointerOf } from '../parse';
import { DIGIT_ZERO, digitSystemOf, type DigitSystem, isArabicLetter, isLatinLetter, isLetter, isMark, isRtlLetter } from '../text/classify';
import type { LintCode, LintWarning, TextEdit } from './types';
import { continuesOnNextLine, firstMarkIndex, quoteMarkIssues } from '../quote-detection';
import { punctuation } from './punctuation';
import { type Dir, isParagraphSeparator, isSpaceSeparator, type Segment } from './segment';

export type { Dir, Path, Segment } from './segment';

interface NumberRun {
  seg: Segment;
  from: number;
  to: number;
  system: DigitSystem;
}

// What the first pass over a string found (bit flags).
const LATIN = 1;
const DIGIT = 2;
const TATWEEL = 4;
const QUOTES = 8;
const BIDI = 16;
const SPACED = 32;
const INVISIBLE = 64;
const PUNCT = 128;
const BLANKS = 256;
/** 1 for the punctuation the spacing checks look at (./punctuation.ts). */
const PUNCT_UNIT = new Uint8Array(0x10000);
for (const c of ',;?:.!)\u00ab\u00bb\u060c\u061b\u061f') PUNCT_UNIT[c.charCodeAt(0)] = 1;
// The importer's Latin run (import-text.ts), widened to every Latin letter and to digits glued before one ("5G").
const LATIN_RUN = /[0-9]*\p{Script=Latin}[\p{Script=Latin}\p{M}0-9&'’-]*(?:[ .][\p{Script=Latin}0-9][\p{Script=Latin}\p{M}0-9&'’-]*)*/gu;
const NUMBER = /[0-9]+(?:[.,\u066b\u066c][0-9]+)*|[\u0660-\u0669]+(?:[.,\u066b\u066c][\u0660-\u0669]+)*|[\u06f0-\u06f9]+(?:[.,\u066b\u066c][\u06f0-\u06f9]+)*/gu;
// An Arabic-script letter and a combining mark, as the text layer classifies them (../text/classify.ts).
const ARABIC_LETTER = '(?:(?=\\p{Script=Arabic})\\p{L})';
const ARABIC_MARK = '\\p{M}';
// Three or more single letters, each standing alone between spaces: tracking typed by hand.
const SPACED_LETTERS = new RegExp(
  `(?<![\\p{L}\\p{M}\\u0640])${ARABIC_LETTER}${ARABIC_MARK}*(?:\\p{Zs}+${ARABIC_LETTER}${ARABIC_MARK}*(?![\\p{L}\\p{M}\\u0640])){2,}`,
  'gu',
);
const TATWEEL_RUN = /\u0640+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;


// Decimal and group separators between digits follow the digits, as Intl.NumberFormat writes them ("3.5", "٣٫٥").
const WESTERN_SEPARATOR: Record<string, string> = { '\u066b': '.', '\u066c': ',' };
const ARABIC_SEPARATOR: Record<string, string> = { '.': '\u066b', ',': '\u066c' };

/**
 * Direction of a text's first strong letter; `fallback` when it has none. Letters of right-to-left
 * scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko...) are strong right-to-left, every other letter strong
 * left-to-right; astral letters are not looked at.
 */
function firstStrong(text: string, fallback: Dir): Dir {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRtlLetter(c)) return 'rtl';
    if (isLetter(c)) return 'ltr';
  }
  return fallback;
}

const codepoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Lints segments one after the other, collecting warnings; {@link Linter.mixedDigits} runs once at the end. */
export class Linter {
  readonly warnings: LintWarning[] = [];
  readonly numbers: NumberRun[] = [];
  private lines: LineIndex | undefined;

  constructor(private readonly source: string) {}

  /** Draft offset of decoded position `i` of a segment. */
  at(seg: Segment, i: number): number {
    if (seg.map === undefined) seg.map = escapeMap(this.source, seg);
    return seg.map ? seg.map[i]! : seg.start + i;
  }

  edit(seg: Segment, from: number, to: number, insert: string): TextEdit {
    return { from: this.at(seg, from), to: this.at(seg, to), insert };
  }

  warn(seg: Segment, code: LintCode, params: LintWarning['params'], from: number, to: number, edits?: TextEdit[]): void {
    const offset = this.at(seg, from);
    this.lines ??= new LineIndex(this.source);
    const { line, column } = this.lines.position(offset);
    const warning: LintWarning = { code, params, offset, length: this.at(seg, to) - offset, line, column, pointer: pointerOf(seg.path) };
    if (edits) warning.fix = { edits };
    this.warnings.push(warning);
  }

  lint(seg: Segment): void {
    const { text } = seg;
    if (text.length === 0) return;
    // One pass over the units says which checks can find anything; most strings need none of the regexes.
    let found = 0;
    let letterAlone = 0; // 1 after a space, 2 after a space and an Arabic letter
    let blank = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (PUNCT_UNIT[c] === 1) found |= PUNCT;
      else if (isLatinLetter(c)) found |= LATIN;
      else if (digitSystemOf(c) !== null) found |= DIGIT;
      else if (c === 0x0640) found |= TATWEEL;
      else if (c >= 0x2018 && c <= 0x201f) found |= QUOTES;
      else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) found |= BIDI;
      else if (c === 0x200b || c === 0x2060 || c === 0xfeff) found |= INVISIBLE;
      if (isSpaceSeparator(c) || c === 0x09) {
        if (blank) found |= BLANKS;
        blank = true;
        if (letterAlone === 2) found |= SPACED;
        letterAlone = 1;
        continue;
      }
      blank = false;
      if (letterAlone === 1 && isArabicLetter(c)) letterAlone = 2;
      else if (letterAlone !== 2 || !isMark(c)) letterAlone = 0;
    }
    if (letterAlone === 2) found |= SPACED;
    if (found === 0 && !seg.headline) return;
    const dir = seg.dir === 'auto' ? firstStrong(text, 'ltr') : seg.dir;
    if (found & BIDI) this.bidi(seg);
    if (found & INVISIBLE) this.invisible(seg);
    if (found & TATWEEL) this.tatweel(seg);
    const spaced = found & SPACED ? this.spacedLetters(seg) : [];
    if (found & (PUNCT | BLANKS) || seg.headline) punctuation(this, seg, spaced);
    const latin = dir === 'rtl' && found & LATIN ? this.latinRuns(seg) : [];
    if (dir === 'rtl' && found & QUOTES) this.quotes(seg);
    if (seg.digits && found & DIGIT) this.collectNumbers(seg, latin);
  }

  private bidi(seg: Segment): void {
    const { text } = seg;
    // Open embeddings/overrides (LRE RLE LRO RLO) and isolates (LRI RLI FSI), innermost last.
    const stack: { at: number; isolate: boolean }[] = [];
    const matchedPdf = new Map<number, number>();
    const unmatched: number[] = [];
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0x2029;
      if ((c >= 0x202a && c <= 0x202b) || (c >= 0x202d && c <= 0x202e)) stack.push({ at: i, isolate: false });
      else if (c >= 0x2066 && c <= 0x2068) stack.push({ at: i, isolate: true });
      else if (c === 0x202c) {
        const top = stack[stack.length - 1];
        if (top && !top.isolate) {
          stack.pop();
          matchedPdf.set(top.at, i);
        } else unmatched.push(i);
      } else if (c === 0x2069) {
        let k = stack.length - 1;
        while (k >= 0 && !stack[k]!.isolate) k--;
        if (k < 0) unmatched.push(i);
        else stack.length = k; // the isolate and any embedding left open inside it end here
      } else if (isParagraphSeparator(c)) {
        for (const open of stack) if (open.isolate) unmatched.push(open.at);
        stack.length = 0;
      }
    }
    const pdfs = new Set(matchedPdf.values());
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x202a && c <= 0x202e && !pdfs.has(i)) {
        const pdf = matchedPdf.get(i);
        const edits = [this.edit(seg, i, i + 1, '')];
        if (pdf !== undefined) edits.push(this.edit(seg, pdf, pdf + 1, ''));
        this.warn(seg, 'bidi-override', { codepoint: codepoint(c) }, i, i + 1, edits);
      }
    }
    for (const i of unmatched) {
      const c = text.charCodeAt(i);
      if (c >= 0x2066 && c <= 0x2069) this.warn(seg, 'unbalanced-isolate', { codepoint: codepoint(c) }, i, i + 1, [this.edit(seg, i, i + 1, '')]);
    }
  }

  /**
   * Zero-width space, word joiner and a byte-order mark inside text: invisible, they make two equal-looking
   * names differ (two speakers in "who said what") or hide inside a link's text. ZWNJ and ZWJ are not
   * flagged: Persian and Urdu spelling needs them. The fix removes the character.
   */
  private invisible(seg: Segment): void {
    const { text } = seg;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x200b || c === 0x2060 || c === 0xfeff) this.warn(seg, 'invisible-character', { codepoint: codepoint(c) }, i, i + 1, [this.edit(seg, i, i + 1, '')]);
    }
  }

  private tatweel(seg: Segment): void {
    const { text } = seg;
    for (const m of text.matchAll(TATWEEL_RUN)) {
      const from = m.index;
      const to = from + m[0].length;
      let p = from - 1;
      while (p >= 0 && isMark(text.charCodeAt(p))) p--;
      let n = to;
      while (n < text.length && isMark(text.charCodeAt(n))) n++;
      const inWord = p >= 0 && isArabicLetter(text.charCodeAt(p)) && n < text.length && isArabicLetter(text.charCodeAt(n));
      if (!inWord && to - from < 2) continue;
      const word = wordAround(text, from, to);
      const edits = [inWord ? this.edit(seg, from, to, '') : this.edit(seg, from + 1, to, '')];
      this.warn(seg, 'tatweel-justification', { word }, from, to, edits);
    }
  }

  /** Letter-spacing warnings; returns their ranges. */
  private spacedLetters(seg: Segment): [number, number][] {
    const { text } = seg;
    const ranges: [number, number][] = [];
    for (const m of text.matchAll(SPACED_LETTERS)) {
      const from = m.index;
      const to = from + m[0].length;
      ranges.push([from, to]);
      const gaps: [number, number][] = [];
      for (let i = from; i < to; i++) {
        if (!/\p{Zs}/u.test(text[i]!)) continue;
        const start = i;
        while (i + 1 < to && /\p{Zs}/u.test(text[i + 1]!)) i++;
        gaps.push([start, i + 1]);
      }
      const widths = [...new Set(gaps.map(([a, b]) => b - a))].sort((a, b) => a - b);
      let edits: TextEdit[] | undefined;
      if (widths.length <= 2) {
        const narrow = widths[0];
        edits = gaps.map(([a, b]) => this.edit(seg, a, b, b - a === narrow ? '' : ' '));
      }
      this.warn(seg, 'letter-spacing', { text: m[0] }, from, to, edits);
    }
    return ranges;
  }

  /** Latin runs of a right-to-left segment (their ranges), warning on each where the format can mark it. */
  private latinRuns(seg: Segment): [number, number][] {
    const { text } = seg;
    const runs: [number, number][] = [];
    for (const m of text.matchAll(LATIN_RUN)) {
      let to = m.index + m[0].length;
      while (to > m.index + 1 && /[&'’-]/u.test(text[to - 1]!)) to--;
      runs.push([m.index, to]);
    }
    if (!seg.latin) return runs;
    for (const [from, to] of runs) {
      const node = seg.splittable;
      let edits: TextEdit[] | undefined;
      if (node) {
        const raw = (a: number, b: number) => this.source.slice(a, b);
        const a = this.at(seg, from);
        const b = this.at(seg, to);
        const parts: string[] = [];
        if (from > 0) parts.push(`"${raw(seg.start, a)}"`);
        parts.push(`{"type": "span", "lang": "en", "dir": "ltr", "content": ["${raw(a, b)}"]}`);
        if (to < text.length) parts.push(`"${raw(b, seg.end)}"`);
        edits = [{ from: node.offset, to: node.offset + node.length, insert: parts.join(', ') }];
      }
      this.warn(seg, 'unmarked-latin', { text: text.slice(from, to) }, from, to, edits);
    }
    return runs;
  }

  /**
   * Plain text: quotation marks never closed in their paragraph, closers with no opener (the quotation
   * is read from the colon before), and marks that pair with nothing. A
   * paragraph is a line, or lines the importer joins because a quotation runs over the break.
   */
  quoteMarks(seg: Segment): void {
    const { text } = seg;
    const lines: [number, number][] = [];
    for (let from = 0; from <= text.length; ) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      if (text.slice(from, to).trim()) lines.push([from, to]);
      from = to + 1;
    }
    // joins[i]: line i continues on line i + 1 (the importer makes them one paragraph).
    const joins = lines.map(([from, to], i) => {
      const next = lines[i + 1];
      // Only across a single line break: a blank line is a paragraph break.
      return next !== undefined && next[0] === to + 1 && continuesOnNextLine(text.slice(from, to), text.slice(next[0], next[1]));
    });
    lines.forEach(([from, to], i) => {
      const line = text.slice(from, to);
      const continues = joins[i]!;
      const continued = i > 0 && joins[i - 1]!;
      const { unclosed, unopened, stray } = quoteMarkIssues(line);
      if (!continues) for (const at of unclosed) this.warn(seg, 'unclosed-quote', { mark: line[at]! }, from + at, from + at + 1);
      for (const at of unopened) this.warn(seg, 'missing-opening-mark', { mark: line[at]! }, from + at, from + at + 1);
      const closesPrevious = continued ? firstMarkIndex(line) : -1;
      for (const at of stray) if (at !== closesPrevious) this.warn(seg, 'stray-quote-mark', { mark: line[at]! }, from + at, from + at + 1);
    });
  }

  private quotes(seg: Segment): void {
    const { text } = seg;
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || isParagraphSeparator(text.charCodeAt(i))) {
        if (i > from) this.quotesInParagraph(seg, from, i);
        from = i + 1;
      }
    }
  }

  private quotesInParagraph(seg: Segment, from: number, to: number): void {
    const { text } = seg;
    interface Mark {
      at: number;
      /** Code units: 2 for a doubled single mark (’’ or ‘‘), which Urdu writes for a double one. */
      len: number;
      double: boolean;
      mate?: Mark;
    }
    const marks: Mark[] = [];
    const open: Record<'double' | 'single', Mark[]> = { double: [], single: [] };
    let otherMarks = false;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22 || c === 0xab || c === 0xbb) otherMarks = true;
      if (c < 0x2018 || c > 0x201f) continue;
      // ’’…‘‘: two single marks side by side are one double mark (the Urdu press's usual quotation marks).
      const len = c < 0x201c && i + 1 < to && isSingleCurly(text.charCodeAt(i + 1)) ? 2 : 1;
      const double = c >= 0x201c || len === 2;
      const prev = i > from ? text[i - 1]! : '';
      const next = i + len < to ? text[i + len]! : '';
      if (!double) {
        // A single mark away from right-to-left letters is Latin text's business (an apostrophe, as in
        // "Qur’an" or "Jones’"); right-to-left scripts have no apostrophe, so beside one it is a quote.
        const rtlPrev = prev !== '' && isRtlLetter(prev.charCodeAt(0));
        const rtlNext = next !== '' && isRtlLetter(next.charCodeAt(0));
        if (!rtlPrev && !rtlNext) continue;
      }
      const mark: Mark = { at: i, len, double };
      marks.push(mark);
      i += len - 1;
      const stack = open[double ? 'double' : 'single'];
      const opens = (!prev || !WORD_CHAR.test(prev)) && !!next && !SPACE.test(next);
      const closes = (!next || !WORD_CHAR.test(next)) && !!prev && !SPACE.test(prev);
      const isClose = opens === closes ? stack.length > 0 : closes;
      if (!isClose) stack.push(mark);
      else {
        const opener = stack.pop();
        if (opener) {
          opener.mate = mark;
          mark.mate = opener;
        }
      }
    }
    const hasDouble = marks.some((m) => m.double);
    const written = (m: Mark) => text.slice(m.at, m.at + m.len);
    for (const mark of marks) {
      const { mate } = mark;
      if (mate && mate.at < mark.at) continue;
      if (!mate) {
        this.warn(seg, 'curly-quotes-rtl', { marks: written(mark) }, mark.at, mark.at + mark.len);
        continue;
      }
      const fixable = mark.double || (!hasDouble && !otherMarks);
      const edits = fixable ? [this.edit(seg, mark.at, mark.at + mark.len, '«'), this.edit(seg, mate.at, mate.at + mate.len, '»')] : undefined;
      this.warn(seg, 'curly-quotes-rtl', { marks: written(mark) + written(mate) }, mark.at, mate.at + mate.len, edits);
    }
  }

  private collectNumbers(seg: Segment, latin: readonly [number, number][]): void {
    const { text } = seg;
    let k = 0;
    for (const m of text.matchAll(NUMBER)) {
      const from = m.index;
      const to = from + m[0].length;
      while (k < latin.length && latin[k]![1] <= from) k++;
      if (k < latin.length && latin[k]![0] < to) continue;
      this.numbers.push({ seg, from, to, system: digitSystemOf(text.charCodeAt(from))! });
    }
  }

  /** Flags the numbers written in a minority digit system, once every segment has been linted. */
  mixedDigits(): void {
    const counts = new Map<DigitSystem, number>();
    for (const n of this.numbers) counts.set(n.system, (counts.get(n.system) ?? 0) + 1);
    if (counts.size < 2) return;
    let majority: DigitSystem = this.numbers[0]!.system;
    for (const [system, count] of counts) if (count > counts.get(majority)!) majority = system;
    const zero = DIGIT_ZERO[majority];
    for (const n of this.numbers) {
      if (n.system === majority) continue;
      const number = n.seg.text.slice(n.from, n.to);
      const from = DIGIT_ZERO[n.system];
      let replacement = '';
      for (let i = 0; i < number.length; i++) {
        const c = number.charCodeAt(i);
        if (c >= from && c <= from + 9) replacement += String.fromCharCode(zero + c - from);
        else replacement += (majority === 'western' ? WESTERN_SEPARATOR : ARABIC_SEPARATOR)[number[i]!] ?? number[i];
      }
      this.warn(n.seg, 'mixed-digits', { number, replacement, system: n.system, majority }, n.from, n.to, [this.edit(n.seg, n.from, n.to, replacement)]);
    }
  }
}

/** The word (up to 40 units) around `from`..`to`: the text between the nearest spaces. */
function wordAround(text: string, from: number, to: number): string {
  let a = from;
  while (a > 0 && from - a < 20 && !SPACE.test(text[a - 1]!)) a--;
  let b = to;
  while (b < text.length && b - to < 20 && !SPACE.test(text[b]!)) b++;
  return text.slice(a, b);
}

/**
 * Draft offsets of each decoded unit of a JSON string (and of its end), or null when the string has
 * no escapes and offsets are a plain shift. A `\uXXXX` escape is one UTF-16 unit, even half a pair.
 */
function escapeMap(source: string, seg: Segment): Int32Array | null {
  let escaped = false;
  for (let i = seg.start; i < seg.end; i++) {
    if (source.charCodeAt(i) === 92) {
      escaped = true;
      break;
    }
  }
  if (!escaped) return null;
  const map = new Int32Array(seg.text.length + 1);
  let k = 0;
  for (let i = seg.start; i < seg.end && k < seg.text.length; k++) {
    map[k] = i;
    i += source.charCodeAt(i) !== 92 ? 1 : source.charCodeAt(i + 1) === 0x75 ? 6 : 2;
  }
  map[seg.text.length] = seg.end;
  return map;
}

/** ‘ ’ ‚ ‛: the single curly quotation marks. */
function isSingleCurly(c: number): boolean {
  return c >= 0x2018 && c <= 0x201b;
}
