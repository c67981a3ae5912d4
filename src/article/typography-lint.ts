/**
 * Typography lint for drafts (issue #4): warnings about marks and characters that render badly in
 * right-to-left news text, each placed in the editor's text and, where a mechanical change is safe,
 * with a fix expressed as edits of that text. Pure: no DOM, no React, no i18next; never throws.
 *
 * Decisions, with the requirement they come from (../shared/docs/arabic-typography.md, "req. N"):
 *
 * - Drafts are article JSON when the first non-blank character opens an object or array (as the
 *   preview's `draftKind` decides), otherwise plain newsroom text. JSON that does not parse, that is
 *   nested too deeply or is over the size limit gives no warnings: the parse problems are shown
 *   instead. JSON that parses but breaks the schema is linted as far as its shape allows.
 * - In JSON only prose is linted: title, subtitle, byline, dateline, source name and credit, every
 *   string of block and inline `content`, speakers, thread labels and keywords. Ids, slugs, links,
 *   dates and a quote run's `open`/`close` are not prose (the reader draws its own marks there).
 * - Direction: the article's `dir`, else its `lang`, else `options.lang`, else each string's first
 *   strong letter. A `span` sets its own direction (`dir`, else from its `lang`); thread labels take
 *   the direction of their key (`ar`, `en`); keywords their first strong letter. Plain text takes
 *   `options.lang`, else the language the importer would detect.
 *
 * The checks:
 * - `curly-quotes-rtl`: “ ” „ ‟ in right-to-left text (req. 3: curly marks are not mirrored and face
 *   the wrong way in Arabic runs), and ‘ ’ ‚ ‛ when they touch an Arabic-script or Hebrew letter
 *   and are not an apostrophe between two letters. Straight "…" marks are not flagged: they are
 *   symmetric, req. 3 names them the common Arabic practice, and the house style is drawn at render.
 *   Marks are paired per paragraph of one string by their surroundings (opening before a word,
 *   closing after one), so the reversed ”…“ that Arabic keyboards produce pairs too. Only a
 *   balanced pair gets a fix, to « » (mirrored correctly, req. 3); single marks only when the
 *   paragraph holds no other quotation marks, so nested quotes are left for a person to decide.
 * - `bidi-override`: the embeddings and overrides U+202A–U+202E. The format states direction with
 *   `span` runs (req. 1) and req. 2 prefers isolates; the fix removes the control together with the
 *   PDF that closes it (or a stray PDF alone).
 * - `unbalanced-isolate`: an isolate U+2066–U+2068 with no matching U+2069 in its paragraph, or a
 *   U+2069 that closes nothing. Balanced isolates are what req. 2 asks for and are left alone. Fix:
 *   remove the unmatched character. Matching follows UAX #9 (an isolate's PDI also ends the
 *   embeddings opened inside it; a paragraph separator ends everything).
 * - `tatweel-justification` (req. 7): a tatweel (U+0640) between two Arabic letters of a word, or
 *   two or more in a row anywhere. One tatweel at a word's edge is legitimate and kept: "هـ" after a
 *   Hijri year, "الـ" before a number or foreign word ("الـG20"), "ـة" naming a suffix, a tatweel
 *   carrying a lone vowel mark. Fix: inside a word remove the run; at an edge keep one.
 * - `letter-spacing` (req. 5): the format has no styles, so CSS tracking cannot occur in a draft.
 *   What does occur is its typed imitation: three or more single Arabic letters separated by spaces
 *   ("ا ل خ ب ر"), which breaks the joins just the same. The fix joins the letters; when the gaps
 *   have two widths the wider ones are taken for word breaks and become one space ("ا ل خ ب ر  ا ل
 *   ي و م" → "الخبر اليوم"); with more widths there is no fix.
 * - `unmarked-latin` (reqs. 1-2): a Latin run (the importer's notion: Latin words joined by spaces
 *   or dots, with digits and `&'’-` inside) in right-to-left `content` text outside any `span`. The fix
 *   splits the JSON string into the text before, `{"type":"span","lang":"en","dir":"ltr",…}` and the
 *   text after, as the importer marks such runs (`en`, the usual case in Arabic news; an editor can
 *   change the tag). Only `content` strings are checked: the format cannot mark a language inside
 *   a title, byline or speaker, and the importer marks plain-text drafts itself, so a warning there
 *   would ask for something no one can do.
 * - `mixed-digits` (req. 12): Western 0-9, Arabic-Indic ٠-٩ and Extended (Persian) ۰-۹ mixed in one
 *   article (or plain text). Numbers are counted per system over the text in the article's own
 *   direction, leaving out digits that belong to a Latin run ("G20", "COVID-19"), text in a span of
 *   the other direction, quote runs and quote blocks (req. 12: never inside quotes), and threads.
 *   Each number of a minority system is flagged with a fix to the majority's digits; on a tie the
 *   system used first wins (title first, then the body). A decimal or group separator inside the
 *   number follows its digits: "3.5" becomes "٣٫٥" and back, as Intl.NumberFormat writes them.
 *
 * Positions are offsets into the editor's text (UTF-16 units; a leading BOM counts) with 1-based line
 * and column, as parse.ts gives them; escapes in JSON strings (\" \u0640 \n) are mapped back, so an
 * escaped character covers its whole escape. Each fix is a list of non-overlapping edits, sorted,
 * that leaves valid JSON valid; it is meant to be applied alone, after which the draft is linted again.
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { detectLanguage, directionOf } from './text/language';
import { excessiveDepthAt, LineIndex, MAX_DEPTH, MAX_DOCUMENT_BYTES, pointerOf, utf8Length } from './parse';

/** What a warning is about; stable, so a UI can word it in its own language. */
export type LintCode =
  | 'curly-quotes-rtl'
  | 'bidi-override'
  | 'unbalanced-isolate'
  | 'invisible-character'
  | 'tatweel-justification'
  | 'letter-spacing'
  | 'unmarked-latin'
  | 'mixed-digits';

/** Every code, in the order the checks run (for wording tables and tests). */
export const LINT_CODES: readonly LintCode[] = [
  'bidi-override',
  'unbalanced-isolate',
  'invisible-character',
  'tatweel-justification',
  'letter-spacing',
  'unmarked-latin',
  'curly-quotes-rtl',
  'mixed-digits',
];

/** Replace `from`..`to` (UTF-16 offsets in the draft's text, `to` exclusive) with `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** A digit system of req. 12. */
export type DigitSystem = 'western' | 'arabic-indic' | 'persian';

/**
 * One typography warning. `params` per code (all strings):
 * - `curly-quotes-rtl`: `marks`, the marks as written (a pair such as "“”", or one unpaired mark);
 * - `bidi-override`, `unbalanced-isolate`: `codepoint`, e.g. "U+202E";
 * - `tatweel-justification`: `word`, the word holding the tatweel;
 * - `letter-spacing`: `text`, the spaced letters as written;
 * - `unmarked-latin`: `text`, the Latin run;
 * - `mixed-digits`: `number` as written, `replacement` in the majority's digits, `system` and
 *   `majority` (a {@link DigitSystem}).
 */
export interface LintWarning {
  code: LintCode;
  params: Record<string, string | number>;
  /** 0-based offset and length in the draft's text. */
  offset: number;
  length: number;
  /** 1-based line and column of `offset`, in UTF-16 units. */
  line: number;
  column: number;
  /** JSON pointer of the string it is in, '' for plain text */
  pointer: string;
  /** Edits of the draft's text that resolve this warning, when a mechanical change is safe. */
  fix?: { edits: TextEdit[] };
}

export interface LintOptions {
  /** BCP 47 language of the draft: for plain text its language, for JSON a fallback when the article has no `lang` or `dir`. */
  lang?: string;
}

type Dir = 'rtl' | 'ltr';
type Path = (string | number)[];

/** One string of prose: its decoded text and where that text sits in the draft. */
interface Segment {
  text: string;
  /** Offset in the draft of the text's first unit (after the opening quote, for JSON). */
  start: number;
  /** Offset in the draft just after the text's last unit (the closing quote, for JSON). */
  end: number;
  /** The JSON string node, when the string is an element of an inline `content` array (it can be split). */
  splittable?: Node;
  path: Path;
  dir: Dir | 'auto';
  /** Look for unmarked Latin runs (content text outside any span). */
  latin: boolean;
  /** Count its numbers for `mixed-digits`. */
  digits: boolean;
  /** Offsets in the draft of each decoded unit, plus one for the end; null when there are no escapes. */
  map?: Int32Array | null;
}

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
// The importer's Latin run (import-text.ts), widened to every Latin letter and to digits glued before one ("5G").
const LATIN_RUN = /[0-9]*\p{Script=Latin}[\p{Script=Latin}\p{M}0-9&'’-]*(?:[ .][\p{Script=Latin}0-9][\p{Script=Latin}\p{M}0-9&'’-]*)*/gu;
const NUMBER = /[0-9]+(?:[.,\u066b\u066c][0-9]+)*|[\u0660-\u0669]+(?:[.,\u066b\u066c][\u0660-\u0669]+)*|[\u06f0-\u06f9]+(?:[.,\u066b\u066c][\u06f0-\u06f9]+)*/gu;
const ARABIC_LETTER = '[\\u0621-\\u063a\\u0641-\\u064a\\u066e\\u066f\\u0671-\\u06d3\\u06d5\\u06fa-\\u06fc\\u06ff\\u0750-\\u077f]';
const ARABIC_MARK = '[\\u0610-\\u061a\\u064b-\\u065f\\u0670]';
// Three or more single letters, each standing alone between spaces: tracking typed by hand.
const SPACED_LETTERS = new RegExp(
  `(?<![\\p{L}\\p{M}\\u0640])${ARABIC_LETTER}${ARABIC_MARK}*(?:\\p{Zs}+${ARABIC_LETTER}${ARABIC_MARK}*(?![\\p{L}\\p{M}\\u0640])){2,}`,
  'gu',
);
const TATWEEL_RUN = /\u0640+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const LETTER = /\p{L}/u;

const DIGIT_ZERO: Record<DigitSystem, number> = { western: 0x30, 'arabic-indic': 0x660, persian: 0x6f0 };

// Decimal and group separators between digits follow the digits, as Intl.NumberFormat writes them ("3.5", "٣٫٥").
const WESTERN_SEPARATOR: Record<string, string> = { '\u066b': '.', '\u066c': ',' };
const ARABIC_SEPARATOR: Record<string, string> = { '.': '\u066b', ',': '\u066c' };

function digitSystem(c: number): DigitSystem {
  return c >= 0x6f0 ? 'persian' : c >= 0x660 ? 'arabic-indic' : 'western';
}

/** Arabic-script letter (not tatweel, not a mark). */
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a && c !== 0x0640) ||
    c === 0x066e ||
    c === 0x066f ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  );
}

function isArabicMark(c: number): boolean {
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de);
}

/** A strong right-to-left letter: Arabic script or Hebrew, with their presentation forms. */
function isRtlLetter(c: number): boolean {
  return (
    isArabicLetter(c) ||
    (c >= 0x05d0 && c <= 0x05f2) ||
    (c >= 0xfb1d && c <= 0xfdff && c !== 0xfd3e && c !== 0xfd3f) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Direction of a text's first strong letter; `fallback` when it has none. */
function firstStrong(text: string, fallback: Dir): Dir {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isRtlLetter(c)) return 'rtl';
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'ltr';
    // Other letters: Syriac, Thaana and N'Ko (U+0700-U+08FF) are right-to-left too; the rest left-to-right.
    if (c >= 0xc0 && LETTER.test(text[i]!)) return c >= 0x0700 && c <= 0x08ff ? 'rtl' : 'ltr';
  }
  return fallback;
}

/** Space separators (general category Zs). */
function isSpaceSeparator(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isParagraphSeparator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85;
}

const codepoint = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Applies edits (as in a {@link LintWarning}'s fix) to a text. Edits may come in any order; they
 * must not overlap and must lie within the text, or a RangeError is thrown.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.from < at || e.to < e.from || e.to > text.length) throw new RangeError(`edit ${e.from}-${e.to} overlaps another or lies outside the text`);
    out += text.slice(at, e.from) + e.insert;
    at = e.to;
  }
  return out + text.slice(at);
}

class Linter {
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
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) found |= LATIN;
        else if (c >= 0x30 && c <= 0x39) found |= DIGIT;
      } else if (c >= 0x0600 && c <= 0x06ff) {
        if (c === 0x0640) found |= TATWEEL;
        else if ((c >= 0x0660 && c <= 0x0669) || c >= 0x06f0) found |= DIGIT;
      } else if (c <= 0x024f || (c >= 0x1e00 && c <= 0x1eff)) {
        if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) found |= LATIN;
      } else if (c >= 0x2018 && c <= 0x201f) found |= QUOTES;
      else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) found |= BIDI;
      else if (c === 0x200b || c === 0x2060 || c === 0xfeff) found |= INVISIBLE;
      if (isSpaceSeparator(c)) {
        if (letterAlone === 2) found |= SPACED;
        letterAlone = 1;
      } else if (letterAlone === 1 && isArabicLetter(c)) letterAlone = 2;
      else if (letterAlone !== 2 || !isArabicMark(c)) letterAlone = 0;
    }
    if (letterAlone === 2) found |= SPACED;
    if (found === 0) return;
    const dir = seg.dir === 'auto' ? firstStrong(text, 'ltr') : seg.dir;
    if (found & BIDI) this.bidi(seg);
    if (found & INVISIBLE) this.invisible(seg);
    if (found & TATWEEL) this.tatweel(seg);
    if (found & SPACED) this.spacedLetters(seg);
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
      while (p >= 0 && isArabicMark(text.charCodeAt(p))) p--;
      let n = to;
      while (n < text.length && isArabicMark(text.charCodeAt(n))) n++;
      const inWord = p >= 0 && isArabicLetter(text.charCodeAt(p)) && n < text.length && isArabicLetter(text.charCodeAt(n));
      if (!inWord && to - from < 2) continue;
      const word = wordAround(text, from, to);
      const edits = [inWord ? this.edit(seg, from, to, '') : this.edit(seg, from + 1, to, '')];
      this.warn(seg, 'tatweel-justification', { word }, from, to, edits);
    }
  }

  private spacedLetters(seg: Segment): void {
    const { text } = seg;
    for (const m of text.matchAll(SPACED_LETTERS)) {
      const from = m.index;
      const to = from + m[0].length;
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
      const double = c >= 0x201c;
      const prev = i > from ? text[i - 1]! : '';
      const next = i + 1 < to ? text[i + 1]! : '';
      if (!double) {
        // A single mark away from right-to-left letters is Latin text's business (an apostrophe, as in
        // "Qur’an" or "Jones’"); right-to-left scripts have no apostrophe, so beside one it is a quote.
        const rtlPrev = prev !== '' && isRtlLetter(prev.charCodeAt(0));
        const rtlNext = next !== '' && isRtlLetter(next.charCodeAt(0));
        if (!rtlPrev && !rtlNext) continue;
      }
      const mark: Mark = { at: i, double };
      marks.push(mark);
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
    for (const mark of marks) {
      const { mate } = mark;
      if (mate && mate.at < mark.at) continue;
      if (!mate) {
        this.warn(seg, 'curly-quotes-rtl', { marks: text[mark.at]! }, mark.at, mark.at + 1);
        continue;
      }
      const fixable = mark.double || (!hasDouble && !otherMarks);
      const edits = fixable ? [this.edit(seg, mark.at, mark.at + 1, '«'), this.edit(seg, mate.at, mate.at + 1, '»')] : undefined;
      this.warn(seg, 'curly-quotes-rtl', { marks: text[mark.at]! + text[mate.at]! }, mark.at, mate.at + 1, edits);
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
      this.numbers.push({ seg, from, to, system: digitSystem(text.charCodeAt(from)) });
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

/** Value node of property `name` of an object node (the last one, as JSON.parse keeps). */
function prop(obj: Node | undefined, name: string): Node | undefined {
  if (obj?.type !== 'object') return undefined;
  let found: Node | undefined;
  for (const p of obj.children ?? []) if (p.children?.[0]?.value === name) found = p.children[1];
  return found;
}

function stringProp(obj: Node | undefined, name: string): string | undefined {
  const node = prop(obj, name);
  return node?.type === 'string' ? (node.value as string) : undefined;
}

interface Context {
  dir: Dir | 'auto';
  inSpan: boolean;
  digits: boolean;
}

/** Walks the article's JSON tree and lints each prose string in its context. */
class JsonWalker {
  constructor(
    private readonly linter: Linter,
    /** Offset of the parsed text in the draft (1 after a BOM). */
    private readonly shift: number,
    private readonly base: Dir | 'auto',
  ) {}

  string(node: Node | undefined, path: Path, ctx: Context, inContent = false): void {
    if (node?.type !== 'string') return;
    const start = node.offset + this.shift + 1;
    const seg: Segment = {
      text: node.value as string,
      start,
      end: node.offset + this.shift + node.length - 1,
      path,
      dir: ctx.dir,
      latin: inContent && !ctx.inSpan,
      digits: ctx.digits,
    };
    if (inContent) seg.splittable = { ...node, offset: node.offset + this.shift };
    this.linter.lint(seg);
  }

  article(root: Node): void {
    const base: Context = { dir: this.base, inSpan: false, digits: true };
    for (const field of ['title', 'subtitle', 'byline', 'dateline']) this.string(prop(root, field), [field], base);
    const source = prop(root, 'source');
    for (const field of ['name', 'credit']) this.string(prop(source, field), ['source', field], base);
    const threads = prop(root, 'threads');
    if (threads?.type === 'array') {
      threads.children?.forEach((thread, t) => {
        const label = prop(thread, 'label');
        if (label?.type === 'object') {
          for (const p of label.children ?? []) {
            const key = p.children?.[0]?.value;
            if (typeof key === 'string') this.string(p.children?.[1], ['threads', t, 'label', key], { dir: directionOf(key), inSpan: false, digits: false });
          }
        }
        const keywords = prop(thread, 'keywords');
        keywords?.children?.forEach((k, i) => this.string(k, ['threads', t, 'keywords', i], { dir: 'auto', inSpan: false, digits: false }));
      });
    }
    const body = prop(root, 'body');
    body?.children?.forEach((block, b) => {
      if (body.type !== 'array' || block.type !== 'object') return;
      const path: Path = ['body', b];
      this.string(prop(block, 'speaker'), [...path, 'speaker'], base);
      this.content(prop(block, 'content'), [...path, 'content'], stringProp(block, 'type') === 'quote' ? { ...base, digits: false } : base);
      const items = prop(block, 'items');
      if (items?.type === 'array') items.children?.forEach((item, i) => this.content(prop(item, 'content'), [...path, 'items', i, 'content'], base));
    });
  }

  private content(node: Node | undefined, path: Path, ctx: Context): void {
    if (node?.type === 'string') return this.string(node, path, ctx);
    if (node?.type !== 'array') return;
    node.children?.forEach((child, i) => {
      if (child.type === 'string') this.string(child, [...path, i], ctx, true);
      else if (child.type === 'object') this.inline(child, [...path, i], ctx);
    });
  }

  private inline(node: Node, path: Path, ctx: Context): void {
    const type = stringProp(node, 'type');
    let inner = ctx;
    if (type === 'span') {
      const d = stringProp(node, 'dir');
      const lang = stringProp(node, 'lang');
      const dir: Dir | 'auto' = d === 'rtl' || d === 'ltr' ? d : lang ? directionOf(lang) : ctx.dir;
      inner = { dir, inSpan: true, digits: ctx.digits && dir === this.base };
    } else if (type === 'quote') {
      this.string(prop(node, 'speaker'), [...path, 'speaker'], ctx);
      inner = { ...ctx, digits: false };
    }
    this.content(prop(node, 'content'), [...path, 'content'], inner);
  }
}

function lintJson(linter: Linter, source: string, options: LintOptions): boolean {
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = shift ? source.slice(1) : source;
  if (excessiveDepthAt(text, MAX_DEPTH) >= 0) return false;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || root?.type !== 'object') return false;
  const dir = stringProp(root, 'dir');
  const lang = stringProp(root, 'lang') ?? options.lang;
  const base: Dir | 'auto' = dir === 'rtl' || dir === 'ltr' ? dir : lang ? directionOf(lang) : 'auto';
  new JsonWalker(linter, shift, base).article(root);
  return true;
}

/**
 * Lints a draft's source. `source` is the editor text: article JSON (every prose string is linted
 * and positions in decoded strings are mapped back to the JSON source, escapes included) or plain
 * newsroom text (linted directly, pointer ''). Returns the warnings in text order; [] for JSON that
 * does not parse, is nested too deeply, or is not an object, and for a draft over the size limit.
 * Never throws.
 */
export function lintDraft(source: string, options: LintOptions = {}): LintWarning[] {
  try {
    if (source.length > MAX_DOCUMENT_BYTES / 3 && utf8Length(source) > MAX_DOCUMENT_BYTES) return [];
    const linter = new Linter(source);
    const first = /[^\s\ufeff]/u.exec(source)?.[0];
    if (first === undefined) return [];
    if (first === '{' || first === '[') {
      if (!lintJson(linter, source, options)) return [];
    } else {
      const dir = directionOf(options.lang ?? detectLanguage(source));
      linter.lint({ text: source, start: 0, end: source.length, path: [], dir, latin: false, digits: true, map: null });
    }
    linter.mixedDigits();
    return linter.warnings.sort((a, b) => a.offset - b.offset || a.length - b.length);
  } catch {
    // Nothing above is expected to throw; a lint must never take the editor down with it.
    return [];
  }
}
