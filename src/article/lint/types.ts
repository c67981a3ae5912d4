/**
 * The vocabulary of the typography lint (./index.ts): warning codes, warnings, their fixes as
 * text edits, and applying those edits.
 */
/** What a warning is about; stable, so a UI can word it in its own language. */
export type LintCode =
  | 'curly-quotes-rtl'
  | 'bidi-override'
  | 'unbalanced-isolate'
  | 'invisible-character'
  | 'tatweel-justification'
  | 'letter-spacing'
  | 'unmarked-latin'
  | 'mixed-digits'
  | 'unclosed-quote'
  | 'missing-opening-mark'
  | 'stray-quote-mark'
  | 'latin-punctuation'
  | 'space-before-punctuation'
  | 'missing-space-after'
  | 'missing-space-before-quote'
  | 'double-space'
  | 'straight-quotes-headline';

/** Every code, in the order the checks run (for wording tables and tests). */
export const LINT_CODES: readonly LintCode[] = [
  'bidi-override',
  'unbalanced-isolate',
  'invisible-character',
  'tatweel-justification',
  'letter-spacing',
  'latin-punctuation',
  'space-before-punctuation',
  'missing-space-after',
  'missing-space-before-quote',
  'double-space',
  'straight-quotes-headline',
  'unmarked-latin',
  'curly-quotes-rtl',
  'mixed-digits',
  'unclosed-quote',
  'missing-opening-mark',
  'stray-quote-mark',
];

/** Replace `from`..`to` (UTF-16 offsets in the draft's text, `to` exclusive) with `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** A digit system of req. 12 (the text layer's). */
export type { DigitSystem } from '../text/classify';

/**
 * One typography warning. `params` per code (all strings):
 * - `curly-quotes-rtl`: `marks`, the marks as written (a pair such as "“”", or one unpaired mark);
 * - `bidi-override`, `unbalanced-isolate`: `codepoint`, e.g. "U+202E";
 * - `tatweel-justification`: `word`, the word holding the tatweel;
 * - `letter-spacing`: `text`, the spaced letters as written;
 * - `unmarked-latin`: `text`, the Latin run;
 * - `mixed-digits`: `number` as written, `replacement` in the majority's digits, `system` and
 *   `majority` (a {@link DigitSystem});
 * - `unclosed-quote`, `missing-opening-mark`, `stray-quote-mark`: `mark`, the mark as written (in
 *   JSON, the quote run's `open` or `close` mark);
 * - `latin-punctuation`: `mark` as written and its Arabic `replacement` (، ؛ ؟);
 * - `space-before-punctuation`: `mark`, and `text`, the words around it as written;
 * - `missing-space-after`: `mark`, and `text`, the glued words as written ("الغرب.في");
 * - `missing-space-before-quote`: `text`, the glued words as written ("الغرب.«في");
 * - `double-space`: none (the warning covers the blanks);
 * - `straight-quotes-headline`: `marks`, the marks as written (a pair such as '""', or one mark).
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

/** Options of a lint run. */
export interface LintOptions {
  /** BCP 47 language of the draft: for plain text its language, for JSON a fallback when the article has no `lang` or `dir`. */
  lang?: string;
}

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
